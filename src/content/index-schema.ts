import { z } from './zod';

import { Id } from './schema';

/** `scenarios/index.json`: which scenario folders the game offers, in this order. */
export const IndexSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1),
    scenarios: z
      .array(Id)
      .min(1)
      .describe(
        'Scenario folder names under scenarios/, in the order the title screen shows them.',
      ),
  })
  .strict();
