import { z } from 'zod';

// zod probes for eval with `new Function` when its first object schema is built, unless told
// not to; under the game's strict CSP that probe is a reported violation on every page load.
// Every module builds its schemas with this `z`, so the setting is in place before the first one.
z.config({ jitless: true });

export { z };
