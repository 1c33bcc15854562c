import { z } from './zod';

import { Id } from './schema';

/**
 * The discernment check (`scenarios/discernment/items.json`): short local posts that players
 * rate as reliable or manipulative, before play and after the debrief. Half are true, half
 * manipulative, in each phase, so the score measures discernment rather than suspicion.
 * The words live in `scenarios/discernment/locales/<lang>.json` under `items.<id>.{author, text, explanation}`.
 */
export const DiscernmentSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1),
    items: z
      .array(
        z
          .object({
            id: Id,
            phase: z
              .enum(['before', 'after'])
              .describe('Shown in the check before play, or in the one after the debrief.'),
            verdict: z.enum(['true', 'manipulative']),
            technique: Id.optional().describe(
              'For a manipulative item: the catalogue technique it uses.',
            ),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

export type Discernment = z.infer<typeof DiscernmentSchema>;

export const DISCERNMENT_TEXT_FIELDS = ['author', 'text', 'explanation'] as const;
