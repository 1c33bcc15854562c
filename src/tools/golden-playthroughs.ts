import { selectChoice } from '../engine/actions';
import { reduce } from '../engine/reducer';
import { availableChoices, techniquesUsed } from '../engine/selectors';
import { createInitialState, type GameState, type Route } from '../engine/state';
import { structureOnly, type World } from '../engine/world';

/** One recorded playthrough: the moves, and what they must lead to. */
export interface GoldenPlaythrough {
  readonly name: string;
  readonly seed: number;
  readonly route: Route;
  readonly moves: readonly string[];
  readonly expect: {
    readonly ending: string;
    readonly kind: string;
    readonly techniques: readonly string[];
    readonly meters: Readonly<Record<string, number>>;
  };
}

export const GOLDEN_SEED = 20261128;

/** The shortest path (breadth first, through the real reducer) to every ending of a scenario. */
export function shortestPathsToEndings(full: World, route: Route = 'full'): Map<string, string[]> {
  const world = structureOnly(full); // finding paths needs no residents
  const found = new Map<string, string[]>();
  let frontier: { state: GameState; moves: string[] }[] = [
    { state: createInitialState(world, GOLDEN_SEED, route), moves: [] },
  ];
  for (let depth = 0; depth < 60 && frontier.length > 0; depth += 1) {
    const next: typeof frontier = [];
    const seenNodes = new Set<string>();
    for (const { state, moves } of frontier) {
      if (state.ending !== null) {
        if (!found.has(state.nodeId)) found.set(state.nodeId, moves);
        continue;
      }
      // Keep the walk small: one state per node and variable values at each depth.
      const key = `${state.nodeId}|${JSON.stringify(state.variables)}|${String(state.meters.credibility)}|${String(state.meters.followers)}`;
      if (seenNodes.has(key)) continue;
      seenNodes.add(key);
      for (const choice of availableChoices(world, state)) {
        next.push({
          state: reduce(world, state, selectChoice(choice.id)),
          moves: [...moves, choice.id],
        });
      }
    }
    frontier = next;
  }
  return found;
}

/** Plays the moves and records what happened, in the shape a golden file stores. */
export function record(
  world: World,
  name: string,
  moves: readonly string[],
  route: Route = 'full',
): GoldenPlaythrough {
  let state = createInitialState(world, GOLDEN_SEED, route);
  for (const id of moves) state = reduce(world, state, selectChoice(id));
  return {
    name,
    seed: GOLDEN_SEED,
    route,
    moves,
    expect: {
      ending: state.nodeId,
      kind: state.ending ?? 'none',
      techniques: techniquesUsed(state.history).map((t) => t.id),
      meters: { ...state.meters },
    },
  };
}

/** The path that collects the most different techniques (the longest debrief and handout). */
export function mostTechniquesPath(full: World): string[] {
  const world = structureOnly(full); // finding paths needs no residents
  let best: string[] = [];
  let bestCount = -1;
  const walk = (state: GameState, moves: string[]): void => {
    if (state.ending !== null) {
      const count = techniquesUsed(state.history).length;
      if (count > bestCount) {
        best = moves;
        bestCount = count;
      }
      return;
    }
    for (const choice of availableChoices(world, state)) {
      walk(reduce(world, state, selectChoice(choice.id)), [...moves, choice.id]);
    }
  };
  walk(createInitialState(world, GOLDEN_SEED), []);
  return best;
}
