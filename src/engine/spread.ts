import type { Neighbourhood } from '../content/town-schema';
import { nextRandoms } from './rng';

/**
 * Neighbourhood-level spread: a move's `reach` push (percentage points of all residents) is
 * shared out over the neighbourhoods. A rumour grows fastest where it already has a foothold
 * (or next door to one) and where residents pass things on readily (`susceptibility`); a seeded
 * jitter keeps towns from looking identical. Pure: RNG state in, RNG state out.
 */
export interface SpreadResult {
  readonly reachByArea: readonly number[];
  readonly rng: number;
}

/** How much a reached neighbour counts as a foothold next door. */
const NEIGHBOUR_PULL = 0.6;
/** Weight of a neighbourhood with no foothold at all, so a rumour can start anywhere. */
const BASE_PULL = 0.2;
/** Rounds of re-sharing when full neighbourhoods leave part of the push unplaced. */
const MAX_ROUNDS = 6;

export function spreadRumour(
  areas: readonly Neighbourhood[],
  reachByArea: readonly number[],
  push: number,
  rng: number,
): SpreadResult {
  const [jitter, nextRng] = nextRandoms(rng, areas.length);
  if (push === 0) return { reachByArea, rng: nextRng };
  const total = areas.reduce((sum, a) => sum + a.population, 0);
  const people = areas.map((a, i) => a.population * (reachByArea[i] ?? 0));
  if (push < 0) return { reachByArea: shrink(areas, people, (-push / 100) * total), rng: nextRng };

  const index = new Map(areas.map((a, i) => [a.id, i]));
  const weight = areas.map((area, i) => {
    const own = reachByArea[i] ?? 0;
    const next = Math.max(0, ...area.neighbours.map((id) => reachByArea[index.get(id) ?? -1] ?? 0));
    const foothold = Math.max(own, NEIGHBOUR_PULL * next);
    return area.susceptibility * (0.75 + 0.5 * (jitter[i] ?? 0.5)) * (BASE_PULL + foothold);
  });

  let remaining = (push / 100) * total;
  for (let round = 0; round < MAX_ROUNDS && remaining > 0.5; round += 1) {
    const room = areas.map((a, i) => a.population - (people[i] ?? 0));
    const pull = weight.map((w, i) => w * (room[i] ?? 0));
    const sum = pull.reduce((s, p) => s + p, 0);
    if (sum <= 0) break;
    let placed = 0;
    pull.forEach((p, i) => {
      const add = Math.min(room[i] ?? 0, (remaining * p) / sum);
      people[i] = (people[i] ?? 0) + add;
      placed += add;
    });
    remaining -= placed;
  }
  return { reachByArea: people.map((n, i) => n / (areas[i]?.population ?? 1)), rng: nextRng };
}

/** A negative push: the rumour loses ground everywhere in proportion to where it stands. */
function shrink(areas: readonly Neighbourhood[], people: number[], lose: number): number[] {
  const reached = people.reduce((s, n) => s + n, 0);
  const keep = reached <= 0 ? 0 : Math.max(0, 1 - lose / reached);
  return people.map((n, i) => (n * keep) / (areas[i]?.population ?? 1));
}

/** Share of all residents reached, as a whole percentage (what the reach meter shows). */
export function townReachPercent(areas: readonly Neighbourhood[], reachByArea: readonly number[]): number {
  const total = areas.reduce((sum, a) => sum + a.population, 0);
  const reached = areas.reduce((sum, a, i) => sum + a.population * (reachByArea[i] ?? 0), 0);
  return total === 0 ? 0 : Math.round((100 * reached) / total);
}
