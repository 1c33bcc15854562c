import { z } from './zod';

import { Id } from './schema';

/**
 * The discernment check (`scenarios/discernment/items.json`): short local posts that players
 * rate as reliable or manipulative, before play and after the debrief. The items form two
 * parallel sets (`a`, `b`) of equal size and difficulty; each player gets one set before and the
 * other after, in a seeded random order, so a change is not the sets' difference. Each set has as
 * many true as manipulative items, so the score measures discernment rather than suspicion, and
 * the two sets together use every technique of the catalogue.
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
            set: z
              .enum(['a', 'b'])
              .describe(
                'One of two parallel sets; a player sees one before play, the other after.',
              ),
            verdict: z.enum(['true', 'manipulative']),
            technique: Id.optional().describe(
              'For a manipulative item: the catalogue technique it uses.',
            ),
            difficulty: z
              .number()
              .int()
              .min(1)
              .max(3)
              .describe(
                "How hard the item is to judge (1 easy … 3 hard, the author's rating); both sets must add up to the same, per verdict.",
              ),
          })
          .strict(),
      )
      .min(4),
  })
  .strict();

export type Discernment = z.infer<typeof DiscernmentSchema>;
export type CheckSet = Discernment['items'][number]['set'];

export const DISCERNMENT_TEXT_FIELDS = ['author', 'text', 'explanation'] as const;
