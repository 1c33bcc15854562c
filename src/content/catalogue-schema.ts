import { z } from './zod';

import { Id } from './schema';

/** The leaflet's domains ("Weerbaarheid op de kaart"), which every technique's counter links to. */
export const DOMAINS = [
  'awareness',
  'staff_safety',
  'integrity',
  'information_position',
  'administrative_instruments',
  'digital_resilience',
  'keeping_on_the_map',
] as const;

/**
 * What the municipality's crisis team can do about a moment of a campaign (the defender round).
 * Follows the national guidance: weigh whether a reaction helps or makes it bigger.
 */
export const RESPONSES = ['ignore', 'correct', 'prebunk', 'report', 'support', 'remove'] as const;
export type Response = (typeof RESPONSES)[number];

/**
 * The tactic catalogue (`scenarios/techniques/catalogue.json`): which techniques exist, which
 * leaflet domain answers each, and the public source of its documented case. The words live in
 * `scenarios/techniques/locales/<lang>.json` under `techniques.<id>.*`.
 */
export const CatalogueSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1),
    techniques: z
      .array(
        z
          .object({
            id: Id,
            domain: z.enum(DOMAINS),
            sources: z.array(z.url()).min(1),
            defence: z
              .object({ good: z.array(z.enum(RESPONSES)), risky: z.array(z.enum(RESPONSES)) })
              .strict()
              .optional()
              .describe(
                'Which crisis-team responses suit this technique (good) and which tend to backfire (risky).',
              ),
            since2024: z
              .boolean()
              .optional()
              .describe(
                "The law around this technique changed in 2024, after the leaflet: every locale then has techniques.<id>.since2024, shown as a 'Sinds 2024 anders' box in the debrief and the handout.",
              ),
            international: z
              .boolean()
              .optional()
              .describe(
                "The case is not Dutch (no Dutch case is documented): the debrief labels it 'Buitenland'. It then needs a source outside .nl.",
              ),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Catalogue = z.infer<typeof CatalogueSchema>;

/**
 * The fields each technique must have in every locale. `signs` is a list; `tell` is the one line
 * (at most 20 words) on how to recognise it, shown on the debrief's results card.
 */
export const TECHNIQUE_TEXT_FIELDS = [
  'name',
  'definition',
  'signs',
  'tell',
  'counter',
  'case',
  'law',
] as const;
