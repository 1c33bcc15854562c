/** npm start / npm run serve: serves the built game (dist/) on 127.0.0.1 and prints its address. */
import { existsSync } from 'node:fs';

import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 5173);
if (!existsSync('dist/index.html')) {
  console.error(
    'dist/index.html is missing: run "npm run build" first (npm start does this for you).',
  );
  process.exit(1);
}
const { url } = await startStaticServer({ dir: 'dist', port });
console.log(
  `\n  Geruchtenmolen is running at ${url}\n  (open it in a browser; press Ctrl+C to stop)\n`,
);
