import type { EndingKind, MeterId } from '../content/schema';
import type { CounterKind, Platform } from '../content/simulation-vocabulary';
import type { Frame, MoveOutcome, Reactions, Reply, SimState } from './sim/types';
import { seedToState } from './sim/random';
import {
  DEFAULT_PLATFORM,
  simulateCounterPost,
  simulatedMeters,
  storyPostReactions,
} from './simulation';
import { initialSim } from './sim/spread';
import type { DefenceStep } from './defence';
import { nodeById, type World } from './world';

export type Meters = Readonly<Record<MeterId, number>>;

/**
 * One post in a feed. `turn` is the move after which it appeared (0 = before any move).
 * `author` is an account id of the scenario or the town; `text` a scenario text key.
 */
export interface FeedItem {
  readonly id: number;
  readonly author: string;
  readonly text: string;
  readonly byPlayer: boolean;
  readonly turn: number;
  readonly platform: Platform;
  /** Set when the post works against the rumour (a correction, fact-check or moderation). */
  readonly counter: CounterKind | null;
  /** Reaction counts from the simulation; null when the world is not simulated (structure checks). */
  readonly reactions: Reactions | null;
  /** Replies by simulated residents, oldest first (a few of `reactions.replies`). */
  readonly replies: readonly Reply[];
}

/** One move the player made, with what it did, for the debrief. */
export interface Move {
  readonly turn: number;
  readonly nodeId: string;
  readonly choiceId: string;
  readonly label: string;
  readonly techniques: readonly string[];
  readonly meters: Meters;
  /** What the move did in the simulated town; null when the world is not simulated. */
  readonly outcome: MoveOutcome | null;
}

export type EngineError =
  'engine/game_over' | 'engine/unknown_choice' | 'engine/locked_choice' | 'engine/not_defending';

/** The full story, or the short route for festival play (only moves marked `short`). */
export type Route = 'full' | 'short';

/** The whole game, plain and serialisable. Only the reducer makes a new one. */
export interface GameState {
  readonly scenarioId: string;
  readonly route: Route;
  readonly seed: number;
  readonly rng: number;
  readonly nodeId: string;
  readonly meters: Meters;
  /** Trust in the municipality from the story's effects and the crisis team's answers, before the rumour erodes it. */
  readonly storyTrust: number;
  readonly variables: Readonly<Record<string, number>>;
  /** The simulated residents' states; null when the world has no population (structure checks). */
  readonly sim: SimState | null;
  /** Every tick of the simulation so far, per neighbourhood; the map animates the newest ones. */
  readonly frames: readonly Frame[];
  readonly feed: readonly FeedItem[];
  readonly history: readonly Move[];
  readonly ending: EndingKind | null;
  /** After the ending: the crisis team's answers to moments of the campaign, in order. */
  readonly defence: readonly DefenceStep[];
  readonly lastError: EngineError | null;
}

export const DEFAULT_METERS: Meters = { followers: 40, credibility: 50, reach: 0, trust: 65 };

/** The state before the first move, with the start node's feed already in place. */
export function createInitialState(world: World, seed: number, route: Route = 'full'): GameState {
  const { scenario } = world;
  const start: GameState = {
    scenarioId: scenario.id,
    route,
    seed,
    rng: seedToState(seed),
    nodeId: scenario.start,
    meters: {
      followers: scenario.meters?.followers ?? DEFAULT_METERS.followers,
      credibility: scenario.meters?.credibility ?? DEFAULT_METERS.credibility,
      trust: scenario.meters?.trust ?? DEFAULT_METERS.trust,
      reach: 0,
    },
    storyTrust: scenario.meters?.trust ?? DEFAULT_METERS.trust,
    variables: { ...scenario.variables },
    sim: world.sim === null ? null : initialSim(world.sim),
    frames: [],
    feed: [],
    history: [],
    ending: null,
    defence: [],
    lastError: null,
  };
  return arriveAt(world, start, scenario.start);
}

/**
 * Moves to a node: appends its feed posts and records its ending, if it has one. A story post
 * that corrects, fact-checks or moderates the rumour works in the simulated town at once.
 */
export function arriveAt(world: World, state: GameState, nodeId: string): GameState {
  const node = nodeById(world, nodeId);
  const turn = state.history.length;
  let next: GameState = state;
  const posts: FeedItem[] = [];
  for (const post of node.feed ?? []) {
    const platform = post.platform ?? DEFAULT_PLATFORM;
    const counter = simulateCounterPost(world, next, post, turn);
    if (counter !== null) {
      const { update } = counter;
      next = {
        ...next,
        sim: update.sim,
        rng: update.rng,
        frames: update.frames,
        meters: simulatedMeters(world, next.meters, next.storyTrust, update),
      };
    }
    posts.push({
      id: state.feed.length + posts.length,
      author: post.author,
      text: post.text,
      byPlayer: false,
      turn,
      platform,
      counter: post.counter ?? null,
      reactions: counter?.reactions ?? storyPostReactions(world, next, platform, post.text),
      replies: [],
    });
  }
  return {
    ...next,
    nodeId,
    feed: [...state.feed, ...posts],
    ending: node.ending?.kind ?? null,
  };
}
