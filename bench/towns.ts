import { readFileSync } from 'node:fs';

import { TownSchema, type Town } from '../src/content/town-schema';

/** The town profile the benchmark and the baseline test use: Lindewaard, 40,000 residents in 8 neighbourhoods. */
export function lindewaard(): Town {
  const url = new URL('../scenarios/towns/lindewaard.json', import.meta.url);
  return TownSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/**
 * The same town with every neighbourhood's population multiplied by `factor` (rounded), so the
 * proportions stay the same: ×3.75 gives 150,000 residents, ×0.1 gives 4,000. The id stays the
 * same (it seeds the residents), so this is "Lindewaard, bigger or smaller".
 */
export function scaleTown(town: Town, factor: number): Town {
  return {
    ...town,
    neighbourhoods: town.neighbourhoods.map((hood) => ({
      ...hood,
      population: Math.max(1, Math.round(hood.population * factor)),
    })),
  };
}

export const residentsOf = (town: Town): number =>
  town.neighbourhoods.reduce((sum, hood) => sum + hood.population, 0);
