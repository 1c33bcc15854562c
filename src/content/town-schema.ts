import { z } from './zod';

import { Id } from './schema';

/**
 * A town profile (`scenarios/towns/<id>.json`): the municipality scenarios are set in.
 * Names here are proper names, so they are not translated; `config.json` may override them.
 */
const Point = z.tuple([z.number().min(0).max(1000), z.number().min(0).max(600)]);

export const NeighbourhoodSchema = z
  .object({
    id: Id,
    name: z.string().min(1),
    population: z.number().int().min(1).max(200_000),
    susceptibility: z
      .number()
      .min(0)
      .max(1)
      .describe('How readily residents here pass a rumour on, from 0 (hardly) to 1 (eagerly).'),
    shape: z
      .array(Point)
      .min(3)
      .describe('The outline on the map, as [x, y] points in a 1000 × 600 box.'),
    neighbours: z.array(Id).describe('Ids of the neighbourhoods this one borders.'),
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
    neighbourhoods: z.array(NeighbourhoodSchema).min(2),
  })
  .strict();

export type Town = z.infer<typeof TownSchema>;
export type Neighbourhood = z.infer<typeof NeighbourhoodSchema>;
