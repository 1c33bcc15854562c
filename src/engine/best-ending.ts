import { selectChoice } from './actions';
import { reduce } from './reducer';
import { availableChoices } from './selectors';
import { createInitialState, type GameState, type Move } from './state';
import { structureOnly, type World } from './world';

/** A meter a story's `requires` may name (the simulated ones, reach and trust, never are). */
export type StoryMeter = 'credibility' | 'followers';

/** Values no `requires` bound stays above: a meter set to it can no longer block a move. */
const GENEROUS: Readonly<Record<StoryMeter, number>> = { credibility: 100, followers: 1_000_000 };

/** Why the story's best ending (kind "viral") was no longer possible, from the game's own history. */
export interface ClosedOff {
  /** The node id of the best ending the player missed. */
  readonly endingNodeId: string;
  /** The move after which no path led there any more. */
  readonly move: Move;
  /** Set when raising this meter alone would have kept the way open: it fell too low. */
  readonly meter?: StoryMeter;
}

/** Node ids of the story's best endings: the ones of kind "viral". */
function bestEndings(world: World): ReadonlySet<string> {
  return new Set(world.scenario.nodes.filter((n) => n.ending?.kind === 'viral').map((n) => n.id));
}

/** True when some sequence of moves still available from `state` reaches one of `targets`. */
function canReach(world: World, state: GameState, targets: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const walk = (s: GameState): boolean => {
    if (targets.has(s.nodeId)) return true;
    if (s.ending !== null) return false;
    // The same node with the same counters always has the same future: visit it once.
    const key = `${s.nodeId}|${JSON.stringify(s.meters)}|${JSON.stringify(s.variables)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return availableChoices(world, s).some((c) => walk(reduce(world, s, selectChoice(c.id))));
  };
  return walk(state);
}

/**
 * The move that closed off the best ending, found by replaying the story (without the simulation)
 * and asking after every move whether a "viral" ending could still be reached. Undefined when the
 * player reached it, when the story has none, or when it was never within reach on this route.
 * Pure: the same game always gives the same answer.
 */
export function bestEndingClosedOff(world: World, game: GameState): ClosedOff | undefined {
  const targets = bestEndings(world);
  if (game.ending === null || game.ending === 'viral' || targets.size === 0) return undefined;
  const structure = structureOnly(world);
  let state = createInitialState(structure, game.seed, game.route);
  if (!canReach(structure, state, targets)) return undefined;
  for (const move of game.history) {
    state = reduce(structure, state, selectChoice(move.choiceId));
    if (state.lastError !== null) return undefined;
    if (canReach(structure, state, targets)) continue;
    const endingNodeId = [...targets][0] ?? '';
    const meter = (Object.keys(GENEROUS) as StoryMeter[]).find((name) =>
      canReach(
        structure,
        { ...state, meters: { ...state.meters, [name]: GENEROUS[name] } },
        targets,
      ),
    );
    return { endingNodeId, move, ...(meter === undefined ? {} : { meter }) };
  }
  return undefined;
}
