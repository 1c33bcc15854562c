import type { Response } from '../content/catalogue-schema';
import type { Choice, Post } from '../content/schema';
import { PLATFORMS, type Platform } from '../content/simulation-vocabulary';
import { DEFENCE_MODEL, type Fit } from './defence';
import { aware, believingPercent, reachPercent, total } from './sim/counts';
import { measuresCatching, postEmotion } from './sim/pull';
import { hashText, randomStream } from './sim/random';
import { pickReplies, REPLY_RATE } from './sim/replies';
import { step, type Runner, type StepResult } from './sim/spread';
import {
  BELIEVING,
  type AreaCounts,
  type Frame,
  type MoveOutcome,
  type Reactions,
  type Reply,
  type SimState,
} from './sim/types';
import type { FeedItem, GameState, Meters } from './state';
import type { World } from './world';

/**
 * The bridge between the story and the simulated town: turns moves, story posts and the crisis
 * team's answers into simulation events, and the result back into game state (frames, reach,
 * trust, reaction counts, replies). Pure.
 */

export const DEFAULT_PLATFORM: Platform = 'microblog';

/** What a simulated step changes in the game state. */
export interface SimUpdate {
  readonly sim: SimState;
  readonly rng: number;
  readonly frames: readonly Frame[];
  readonly reach: number;
  /** Percentage (not rounded) of residents who believe the rumour after the step. */
  readonly believing: number;
}

/**
 * The meters after a simulated step: reach from the town; trust is the story's own trust (its
 * effects and the crisis team's answers) minus `trustErosion` points per percent of residents who
 * believe the rumour now. From totals, not per move, so slow growth erodes trust as much as a jump.
 */
export function simulatedMeters(
  world: World,
  meters: Meters,
  storyTrust: number,
  update: SimUpdate,
): Meters {
  const erosion = (world.sim?.params.trustErosion ?? 0) * update.believing;
  return {
    ...meters,
    reach: update.reach,
    trust: Math.min(100, Math.max(0, Math.round(storyTrust - erosion))),
  };
}

/** The player's move in the town: their post (or push) and the rounds of passing-on after it. */
export function simulateMove(
  world: World,
  state: GameState,
  choice: Choice,
  meters: { readonly followers: number; readonly credibility: number },
  turn: number,
): {
  readonly update: SimUpdate;
  readonly outcome: MoveOutcome;
  readonly reactions: Reactions | null;
  readonly replies: readonly Reply[];
} | null {
  const context = world.sim;
  if (context === null || state.sim === null) return null;
  const { population, params, measures } = context;
  const push = choice.effects?.reach ?? 0;
  const pushed = Math.round(Math.max(0, push) * params.pushSeeds * population.size);
  const techniques = choice.techniques ?? [];
  const post =
    choice.post !== undefined && choice.post.counter === undefined ? choice.post : undefined;
  const platform = post === undefined ? lastPlatform(state) : (post.platform ?? DEFAULT_PLATFORM);
  const caughtBy = post === undefined ? [] : measuresCatching(measures, techniques);
  const events: ((runner: Runner) => void)[] = [];
  if (post !== undefined) {
    const audience = population.members[PLATFORMS.indexOf(platform)]?.length ?? 0;
    const pull = {
      emotion: postEmotion(techniques, post.emotion),
      credibility: meters.credibility / 100,
      techniques,
      caughtBy,
    };
    events.push((r) => {
      r.post({ platform, pull, seeds: Math.min(audience, meters.followers) + pushed });
    });
  } else if (pushed > 0) {
    events.push((r) => {
      r.boost(platform, pushed);
    });
  }
  if (push < 0)
    events.push((r) => {
      r.damp(Math.min(1, -push / 50));
    });
  if (choice.post?.counter !== undefined) events.push(counterEvent(world, choice.post));

  const result = step(context, state.sim, state.rng, params.ticksPerMove, events);
  const update = toUpdate(state, result, turn);
  const { tally } = result;
  const outcome: MoveOutcome = {
    platform: post === undefined ? null : platform,
    emotion: post === undefined ? null : postEmotion(techniques, post.emotion),
    newlyExposed: tally.newlyExposed,
    newlyBelieving: tally.newlyBelieving,
    newlyDoubting: tally.newlyDoubting,
    caughtBy,
  };
  if (post === undefined) return { update, outcome, reactions: null, replies: [] };
  const random = randomStream(update.rng);
  const replies = pickReplies(
    world.town,
    population,
    update.sim.status,
    tally.sample,
    techniques[0] ?? null,
    random,
  );
  const reactions: Reactions = {
    views: tally.views,
    likes: tally.newlyBelieving,
    shares: tally.shares,
    replies: replies.length + Math.round((tally.newlyBelieving + tally.newlyDoubting) * REPLY_RATE),
  };
  return { update: { ...update, rng: random.state() }, outcome, reactions, replies };
}

/** A story post that works against the rumour (correction, fact-check, moderation), applied at once. */
export function simulateCounterPost(
  world: World,
  state: GameState,
  post: Post,
  turn: number,
): { readonly update: SimUpdate; readonly reactions: Reactions } | null {
  if (world.sim === null || state.sim === null || post.counter === undefined) return null;
  const result = step(world.sim, state.sim, state.rng, 0, [counterEvent(world, post)]);
  return {
    update: toUpdate(state, result, turn),
    reactions: {
      views: result.tally.views,
      likes: result.tally.newlyDoubting,
      shares: Math.round(result.tally.newlyDoubting * 0.1),
      replies: 0,
    },
  };
}

function counterEvent(world: World, post: Post): (runner: Runner) => void {
  const platform = post.platform ?? DEFAULT_PLATFORM;
  const params = world.sim?.params;
  return (r) => {
    if (params === undefined) return;
    if (post.counter === 'correction') r.correct(platform, params.correctionStrength);
    else if (post.counter === 'factcheck') r.factcheck(platform, params.factcheckStrength);
    else if (post.counter === 'moderation') r.moderate(platform);
  };
}

/**
 * The crisis team's answer to a moment of the campaign, in the simulated town. How much it takes
 * back or adds depends on its fit (`DEFENCE_MODEL` in defence.ts); the kind of answer decides the
 * way it works: a message on the municipality's public channels, moderation of the feed, warning
 * residents ahead, or (for ignoring trolls) starving the feed of reactions.
 */
export function simulateResponse(
  world: World,
  state: GameState,
  platform: Platform,
  response: Response,
  fit: Fit,
  turn: number,
): SimUpdate | null {
  const context = world.sim;
  if (context === null || state.sim === null) return null;
  const doubt = DEFENCE_MODEL.doubt[fit];
  const events: ((runner: Runner) => void)[] = [];
  const action: Readonly<Record<Response, (r: Runner) => void>> = {
    // Not answering reaches nobody; when it fits (trolls), the feed's storm dies down without reactions.
    ignore: (r) => {
      if (doubt > 0) r.starve(platform, doubt);
    },
    correct: (r) => {
      r.correct(platform, doubt, 'public', DEFENCE_MODEL.trustFloor);
    },
    prebunk: (r) => {
      r.prebunk(DEFENCE_MODEL.prebunkResistance * doubt);
      r.correct(platform, doubt, 'public', DEFENCE_MODEL.trustFloor);
    },
    // A police report stops the sender; that it was made is news, but it proves nothing.
    report: (r) => {
      if (doubt > 0) r.starve(platform, Math.min(1, doubt));
      r.correct(platform, doubt * DEFENCE_MODEL.reportDoubt, 'public', DEFENCE_MODEL.trustFloor);
    },
    support: (r) => {
      r.correct(platform, doubt, 'public', DEFENCE_MODEL.trustFloor);
    },
    remove: (r) => {
      if (doubt > 0) r.moderate(platform);
      r.correct(platform, doubt, 'public', DEFENCE_MODEL.trustFloor);
    },
  };
  events.push(action[response]);
  const backfire = DEFENCE_MODEL.backfire[fit];
  if (backfire > 0)
    events.push((r) => {
      r.fuel(platform, backfire, DEFENCE_MODEL.newcomers * backfire, DEFENCE_MODEL.doubters);
    });
  return toUpdate(state, step(context, state.sim, state.rng, DEFENCE_MODEL.ticks, events), turn);
}

/** Reaction counts for a story post that is not a counter-post: from the feed's users and what they know now. */
export function storyPostReactions(
  world: World,
  state: GameState,
  platform: Platform,
  postKey = '',
): Reactions | null {
  const context = world.sim;
  if (context === null || state.sim === null) return null;
  const { population } = context;
  const members = population.members[PLATFORMS.indexOf(platform)] ?? new Uint32Array(0);
  let heard = 0;
  let believing = 0;
  const { status } = state.sim;
  for (let k = 0; k < members.length; k += 1) {
    const st = status[members[k] ?? 0] ?? 0;
    if (st !== 0) heard += 1;
    if (st === BELIEVING) believing += 1;
  }
  // Some posts catch on more than others: a fixed factor per post (0.6–1.4), from its text key.
  const appeal = 0.6 + 0.8 * (hashText(postKey) / 4294967296);
  const views = Math.round((members.length * 0.05 + heard * 0.5) * appeal);
  return {
    views,
    likes: Math.round(views * 0.06 + believing * 0.02),
    shares: Math.round(views * 0.01),
    replies: Math.round(views * 0.004),
  };
}

function toUpdate(state: GameState, result: StepResult, turn: number): SimUpdate {
  const frames = result.frames.map((byArea, tick) => ({ turn, tick, byArea }));
  const last = result.frames[result.frames.length - 1] ?? [];
  return {
    sim: result.sim,
    rng: result.rng,
    frames: [...state.frames, ...frames],
    reach: reachPercent(last),
    believing: believingPercent(last),
  };
}

/** The feed of the player's last post, where a push without a new post works. */
function lastPlatform(state: GameState): Platform {
  const mine = [...state.feed].reverse().find((p: FeedItem) => p.byPlayer);
  return mine?.platform ?? DEFAULT_PLATFORM;
}

/** Each neighbourhood's counts after the newest tick; before the first, everyone is unaware. */
export function latestByArea(world: World, state: GameState | null): readonly AreaCounts[] {
  const last = state?.frames[state.frames.length - 1];
  return (
    last?.byArea ??
    world.town.neighbourhoods.map((a) => ({
      unaware: a.population,
      exposed: 0,
      believing: 0,
      doubting: 0,
    }))
  );
}

/** Share (0..1) of each neighbourhood's residents who have heard the rumour, in town order. */
export function reachShares(world: World, state: GameState): number[] {
  return latestByArea(world, state).map((c) => (total(c) === 0 ? 0 : aware(c) / total(c)));
}

/** Percentage (not rounded) of residents who believe the rumour after the newest tick (0 before any). */
export function believingNow(state: GameState): number {
  const last = state.frames[state.frames.length - 1];
  return last === undefined ? 0 : believingPercent(last.byArea);
}

/** Percentage (not rounded) of residents who believed it just before the step numbered `turn` ran. */
export function believingBefore(state: GameState, turn: number): number {
  const earlier = state.frames.filter((f) => f.turn < turn);
  const last = earlier[earlier.length - 1];
  return last === undefined ? 0 : believingPercent(last.byArea);
}

/**
 * Whole percentage of residents who believed the rumour after each move (index = turn, 0 = the
 * start), from the last tick of that move (or of a counter-post at its arrival).
 */
export function believingByTurn(state: GameState): number[] {
  const byTurn: number[] = [0];
  let index = 0;
  for (let turn = 1; turn <= state.history.length; turn += 1) {
    let last: Frame | undefined;
    while (index < state.frames.length && (state.frames[index]?.turn ?? Infinity) <= turn) {
      last = state.frames[index];
      index += 1;
    }
    byTurn.push(
      last === undefined ? (byTurn[turn - 1] ?? 0) : Math.round(believingPercent(last.byArea)),
    );
  }
  return byTurn;
}
