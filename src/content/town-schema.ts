import { z } from './zod';

import { Handle, Id } from './schema';
import { ACCOUNT_ROLES, PLATFORMS } from './simulation-vocabulary';

/**
 * A town profile (`scenarios/towns/<id>.json`): the municipality scenarios are set in, the make-up
 * of its residents (which the simulation turns into one agent per resident), its four feeds and
 * its recurring accounts. Names here are proper names, so they are not translated; `config.json`
 * may override the town's, mayor's and alderman's names.
 */
const Point = z.tuple([z.number().min(0).max(1000), z.number().min(0).max(600)]);
const Share = z.number().min(0).max(1);

const AgeBands = z
  .object({ young: Share, adult: Share, senior: Share })
  .strict()
  .refine((a) => Math.abs(a.young + a.adult + a.senior - 1) <= 0.02, {
    error: 'the three age bands are shares of the residents and must add up to 1',
  })
  .describe(
    'Shares of residents aged under 30 (young), 30–64 (adult) and 65 or over (senior); they add up to 1.',
  );

const PlatformUse = z
  .object({ microblog: Share, chat: Share, group: Share, news: Share })
  .strict()
  .describe(
    'Share of residents (0–1) who use each feed: microblog, neighbourhood chat, local group, news comments.',
  );

export const NeighbourhoodSchema = z
  .object({
    id: Id,
    name: z.string().min(1),
    population: z.number().int().min(1).max(200_000),
    susceptibility: Share.describe(
      'How readily residents here pass a rumour on, from 0 (hardly) to 1 (eagerly).',
    ),
    trust: Share.describe('Average trust in the municipality, from 0 (none) to 1 (complete).'),
    ages: AgeBands,
    platformUse: PlatformUse,
    shape: z
      .array(Point)
      .min(3)
      .describe('The outline on the map, as [x, y] points in a 1000 × 600 box.'),
    neighbours: z.array(Id).describe('Ids of the neighbourhoods this one borders.'),
  })
  .strict();

const Platform = z
  .object({
    name: z
      .string()
      .min(1)
      .max(40)
      .describe(
        'The fictional name shown on this feed, never a real brand; may use {{town}}, e.g. "{{town}} Praat".',
      ),
  })
  .strict();

export const TownAccountSchema = z
  .object({
    id: Id,
    role: z.enum(ACCOUNT_ROLES),
    name: z
      .string()
      .min(1)
      .describe(
        'Display name; may use {{town}}, {{mayor}}, {{alderman}}, {{area.<id>}} and {{place.<id>}}.',
      ),
    handle: Handle,
  })
  .strict();

/** What the map can draw as a landmark of the town. */
export const LANDMARK_KINDS = [
  'town_hall',
  'church',
  'market',
  'pool',
  'sports_park',
  'new_estate',
  'old_centre',
  'mill',
] as const;

export const LandmarkSchema = z
  .object({
    kind: z.enum(LANDMARK_KINDS),
    at: Point.describe('Where on the map, as [x, y] in the 1000 × 600 box.'),
  })
  .strict();

export const TownSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(1),
    id: Id,
    name: z.string().min(1),
    mayor: z.string().min(1),
    alderman: z.string().min(1),
    neighbourhoods: z.array(NeighbourhoodSchema).min(2).max(16),
    landmarks: z
      .array(LandmarkSchema)
      .max(24)
      .optional()
      .describe('Buildings and places the map draws, so the town reads as a town from above.'),
    platforms: z
      .object(
        Object.fromEntries(PLATFORMS.map((p) => [p, Platform])) as Record<
          (typeof PLATFORMS)[number],
          typeof Platform
        >,
      )
      .strict()
      .describe(
        'The four feeds: microblog, neighbourhood chat, local group and comments under local news.',
      ),
    places: z
      .record(Id, z.string().min(1).max(60))
      .optional()
      .describe(
        'Named places and local institutions, by id: streets, the pool, the square, the community centre, local media. Texts use them as {{place.<id>}}, e.g. "places": { "pool": "De Lindeplas" } and "zwembad {{place.pool}}".',
      ),
    accounts: z
      .array(TownAccountSchema)
      .min(1)
      .describe(
        'Recurring accounts: the municipality, mayor, alderman, councillor, journalist, news site, a sceptic, an amplifier.',
      ),
    residentNames: z
      .array(z.string().min(1).max(30))
      .min(12)
      .describe(
        'Fictional first names with a surname initial, for residents who reply ("Marieke V.").',
      ),
  })
  .strict();

export type Town = z.infer<typeof TownSchema>;
export type Neighbourhood = z.infer<typeof NeighbourhoodSchema>;
