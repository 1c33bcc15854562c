import { selectChoice } from '../engine/actions';
import { reduce } from '../engine/reducer';
import { availableChoices } from '../engine/selectors';
import { createInitialState, type GameState } from '../engine/state';
import { structureOnly, type World } from '../engine/world';

/** A node on the short route where the visitor has only one move: not a choice. */
export interface OneMoveNode {
  readonly nodeId: string;
  /** The only move offered there. */
  readonly move: string;
  /** The short-route moves that lead there (the first way found). */
  readonly path: readonly string[];
}

/**
 * Walks the short route (depth first, each node once) and returns every node where it offers
 * exactly one move. A festival visitor should always have a real choice (at least two moves).
 */
export function oneMoveNodes(world: World, maxDepth = 60): OneMoveNode[] {
  const structure = structureOnly(world);
  const found = new Map<string, OneMoveNode>();
  const seen = new Set<string>();
  const walk = (state: GameState, path: readonly string[]): void => {
    if (state.ending !== null || path.length >= maxDepth) return;
    const choices = availableChoices(structure, state);
    const [only] = choices;
    if (choices.length === 1 && only !== undefined && !found.has(state.nodeId))
      found.set(state.nodeId, { nodeId: state.nodeId, move: only.id, path });
    // The moves on offer depend only on the node, the meters and the variables ("requires"):
    // a node reached again with the same of those has nothing new to show.
    const key = `${state.nodeId}|${JSON.stringify(state.meters)}|${JSON.stringify(state.variables)}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const choice of choices)
      walk(reduce(structure, state, selectChoice(choice.id)), [...path, choice.id]);
  };
  walk(createInitialState(structure, 1, 'short'), []);
  return [...found.values()];
}
