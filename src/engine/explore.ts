import type { EndingKind } from '../content/schema';
import { selectChoice } from './actions';
import { reduce } from './reducer';
import { availableChoices } from './selectors';
import { createInitialState, type GameState, type Route } from './state';
import { structureOnly, type World } from './world';

/** What walking every path through a scenario found. */
export interface Exploration {
  /** Number of complete playthroughs (paths that reached an ending). */
  readonly paths: number;
  /** Ending node ids reached, with how they ended. */
  readonly endingsReached: ReadonlyMap<string, EndingKind>;
  /** Node ids visited on some path. */
  readonly nodesVisited: ReadonlySet<string>;
  /** Move sequences that end on a node where no move is available and no ending: the player is stuck. */
  readonly stuckPaths: readonly (readonly string[])[];
  /** Longest path, in moves. */
  readonly longestPath: number;
  /** True when `maxPaths` or `maxDepth` stopped the walk before it was complete. */
  readonly truncated: boolean;
}

/**
 * Walks every sequence of available moves through the real reducer (depth first), so conditions
 * and effects are exercised exactly as in play. For tests and the content checker; not used in play.
 */
export function explore(
  world: World,
  seed = 1,
  maxPaths = 200_000,
  maxDepth = 60,
  route: Route = 'full',
): Exploration {
  const endingsReached = new Map<string, EndingKind>();
  const nodesVisited = new Set<string>();
  const stuckPaths: string[][] = [];
  let paths = 0;
  let longestPath = 0;
  let truncated = false;

  // Story conditions never depend on the simulation (the checker enforces it), so the walk skips it.
  const structure = structureOnly(world);
  const walk = (state: GameState, path: string[]): void => {
    if (truncated) return;
    nodesVisited.add(state.nodeId);
    if (state.ending !== null) {
      endingsReached.set(state.nodeId, state.ending);
      paths += 1;
      longestPath = Math.max(longestPath, path.length);
      if (paths >= maxPaths) truncated = true;
      return;
    }
    if (path.length >= maxDepth) {
      truncated = true;
      return;
    }
    const choices = availableChoices(structure, state);
    if (choices.length === 0) stuckPaths.push(path);
    for (const choice of choices) {
      walk(reduce(structure, state, selectChoice(choice.id)), [...path, choice.id]);
    }
  };

  walk(createInitialState(structure, seed, route), []);
  return { paths, endingsReached, nodesVisited, stuckPaths, longestPath, truncated };
}
