import type { AreaCounts, Frame } from '../engine/sim/types';

/** The four states a dot can show, in drawing order: the order in which dots are handed out. */
export const DOT_STATES = ['believing', 'doubting', 'exposed', 'unaware'] as const;
export type DotState = (typeof DOT_STATES)[number];

/**
 * How many of `dots` dots stand for each state, by largest remainders: every count is the
 * share rounded down or up, and together they are exactly `dots` (never more, never fewer).
 * A state with residents but too small a share for a dot gets none; an area without residents
 * shows every dot unaware.
 */
export function dotCounts(counts: AreaCounts, dots: number): Record<DotState, number> {
  const total = DOT_STATES.reduce((sum, state) => sum + Math.max(0, counts[state]), 0);
  const result: Record<DotState, number> = { believing: 0, doubting: 0, exposed: 0, unaware: 0 };
  if (dots <= 0) return result;
  if (total <= 0) return { ...result, unaware: dots };
  const exact = DOT_STATES.map((state) => (Math.max(0, counts[state]) / total) * dots);
  let left = dots;
  DOT_STATES.forEach((state, i) => {
    result[state] = Math.floor(exact[i] ?? 0);
    left -= result[state];
  });
  // Hand the remaining dots to the largest remainders (ties: drawing order, so it is stable).
  const byRemainder = DOT_STATES.map((state, i) => ({
    state,
    rest: (exact[i] ?? 0) - result[state],
    i,
  })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < left; k += 1) {
    const pick = byRemainder[k % byRemainder.length];
    if (pick) result[pick.state] += 1;
  }
  return result;
}

/**
 * The state of every dot of an area, dot i in the state of the share it stands for. States are
 * handed out in DOT_STATES order over the fixed (randomly placed) dots, so from one tick to the
 * next only the dots at the borders between states change: the picture changes as little as
 * the numbers do, and the dots of one state are spread over the whole area.
 */
export function dotStates(counts: AreaCounts, dots: number): DotState[] {
  const perState = dotCounts(counts, dots);
  const states: DotState[] = [];
  for (const state of DOT_STATES) for (let k = 0; k < perState[state]; k += 1) states.push(state);
  return states;
}

/** Counts between two frames' counts (t from 0 to 1), for a smooth step from tick to tick. */
export function mixCounts(from: AreaCounts, to: AreaCounts, t: number): AreaCounts {
  const mix = (a: number, b: number): number => a + (b - a) * t;
  return {
    unaware: mix(from.unaware, to.unaware),
    exposed: mix(from.exposed, to.exposed),
    believing: mix(from.believing, to.believing),
    doubting: mix(from.doubting, to.doubting),
  };
}

/** Shares (0..1) of an area's residents: reached (not unaware) and believing. */
export function areaShares(counts: AreaCounts): {
  reached: number;
  believing: number;
  doubting: number;
} {
  const total = counts.unaware + counts.exposed + counts.believing + counts.doubting;
  if (total <= 0) return { reached: 0, believing: 0, doubting: 0 };
  return {
    reached: (total - counts.unaware) / total,
    believing: counts.believing / total,
    doubting: counts.doubting / total,
  };
}

/** At most this many ticks are stepped through after one move; more are thinned out evenly. */
export const MAX_STEPS = 12;

/**
 * What the map should step through, given the frames it showed last: the frames added since,
 * or, when the list is not a continuation of the last one (a new game, a replayed save), only
 * the newest frame, shown at once. Long runs of ticks are thinned to MAX_STEPS, always keeping
 * the last one, so a move never animates for more than a few seconds.
 */
export function framesToPlay(
  frames: readonly Frame[],
  previous: readonly Frame[],
): { readonly steps: readonly Frame[]; readonly jump: boolean } {
  const last = frames[frames.length - 1];
  if (last === undefined) return { steps: [], jump: true };
  const seen = previous.length;
  const continues = seen > 0 && seen <= frames.length && frames[seen - 1] === previous[seen - 1];
  if (!continues && seen > 0) return { steps: [last], jump: true };
  const added = frames.slice(seen);
  if (added.length <= MAX_STEPS) return { steps: added, jump: false };
  const steps = Array.from(
    { length: MAX_STEPS },
    (_, k) => added[Math.round(((k + 1) * added.length) / MAX_STEPS) - 1] ?? last,
  );
  return { steps, jump: false };
}
