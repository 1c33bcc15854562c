import { RESPONSES, type Response } from '../content/catalogue-schema';
import { respond, selectChoice } from './actions';
import { reduce } from './reducer';
import { createInitialState, type GameState, type Route } from './state';
import type { World } from './world';

/**
 * Rebuilds a game from its seed and move ids. Returns null when a move no longer applies
 * (for example the scenario changed since the game was saved), so callers can discard it.
 */
export function replay(
  world: World,
  seed: number,
  choiceIds: readonly string[],
  route: Route = 'full',
  defence: readonly string[] = [],
): GameState | null {
  let state = createInitialState(world, seed, route);
  for (const id of choiceIds) {
    state = reduce(world, state, selectChoice(id));
    if (state.lastError !== null) return null;
  }
  for (const response of defence) {
    if (!(RESPONSES as readonly string[]).includes(response)) return null;
    state = reduce(world, state, respond(response as Response));
    if (state.lastError !== null) return null;
  }
  return state;
}
