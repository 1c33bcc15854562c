import type { Choice } from '../content/schema';
import type { GameState } from './state';

/** The current value of a meter or a scenario variable; undefined when neither exists. */
export function valueOf(state: GameState, name: string): number | undefined {
  if (Object.hasOwn(state.meters, name)) return state.meters[name as keyof GameState['meters']];
  return state.variables[name];
}

/** True when every bound of the choice's `requires` holds. Unknown names never hold. */
export function meetsRequirements(state: GameState, choice: Choice): boolean {
  return Object.entries(choice.requires ?? {}).every(([name, bound]) => {
    const value = valueOf(state, name);
    if (value === undefined) return false;
    if (bound.atLeast !== undefined && value < bound.atLeast) return false;
    if (bound.atMost !== undefined && value > bound.atMost) return false;
    return true;
  });
}
