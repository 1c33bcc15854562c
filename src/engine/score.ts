import { believingPercent } from './sim/counts';
import type { GameState } from './state';
import type { World } from './world';

/** The goal when a story sets none: a fifth of the town believes the rumour at some point. */
export const DEFAULT_GOAL_PERCENT = 20;

/** The share of the town the player must make believe the rumour, in percent. */
export function goalPercent(world: World): number {
  return world.scenario.goal?.believing ?? DEFAULT_GOAL_PERCENT;
}

/** The most residents that believed the rumour at any tick so far, in percent (not rounded). */
export function peakBelieving(game: GameState): number {
  return game.frames.reduce((most, f) => Math.max(most, believingPercent(f.byArea)), 0);
}

/** The goal counts as met once the peak reached it, rounded as the screen shows it. */
export function goalMet(world: World, game: GameState): boolean {
  return Math.round(peakBelieving(game)) >= goalPercent(world);
}

/** How far along the goal the player is, 0..1, for a progress bar. */
export function goalProgress(world: World, game: GameState): number {
  return Math.min(1, peakBelieving(game) / goalPercent(world));
}
