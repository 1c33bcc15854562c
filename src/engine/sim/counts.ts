import { BELIEVING, DOUBTING, EXPOSED, type AreaCounts, type Population } from './types';

/** How many residents of each neighbourhood are in each state. One pass over all residents. */
export function countByArea(population: Population, status: Uint8Array): AreaCounts[] {
  const areas = population.areaStart.length - 1;
  const tally = new Uint32Array(areas * 4);
  const { area } = population;
  for (let i = 0; i < population.size; i += 1) {
    const at = (area[i] ?? 0) * 4 + (status[i] ?? 0);
    tally[at] = (tally[at] ?? 0) + 1;
  }
  const counts: AreaCounts[] = [];
  for (let a = 0; a < areas; a += 1) {
    counts.push({
      unaware: tally[a * 4] ?? 0,
      exposed: tally[a * 4 + EXPOSED] ?? 0,
      believing: tally[a * 4 + BELIEVING] ?? 0,
      doubting: tally[a * 4 + DOUBTING] ?? 0,
    });
  }
  return counts;
}

/** The whole town's counts, summed over neighbourhoods. */
export function townCounts(byArea: readonly AreaCounts[]): AreaCounts {
  return byArea.reduce(
    (sum, c) => ({
      unaware: sum.unaware + c.unaware,
      exposed: sum.exposed + c.exposed,
      believing: sum.believing + c.believing,
      doubting: sum.doubting + c.doubting,
    }),
    { unaware: 0, exposed: 0, believing: 0, doubting: 0 },
  );
}

/** Residents who have heard of the rumour (any state but unaware). */
export const aware = (c: AreaCounts): number => c.exposed + c.believing + c.doubting;
export const total = (c: AreaCounts): number => c.unaware + aware(c);

/** Whole percentage of the town that has heard the rumour: the reach meter. */
export function reachPercent(byArea: readonly AreaCounts[]): number {
  const town = townCounts(byArea);
  const all = total(town);
  return all === 0 ? 0 : Math.round((100 * aware(town)) / all);
}

/** Percentage (not rounded) of the town that believes it. */
export function believingPercent(byArea: readonly AreaCounts[]): number {
  const town = townCounts(byArea);
  const all = total(town);
  return all === 0 ? 0 : (100 * town.believing) / all;
}
