import type { Response } from '../content/catalogue-schema';
import type { Choice } from '../content/schema';
import type { GameAction } from './actions';
import { combineFits, FIT_TRUST, nextDefenceMoment, techniqueFits } from './defence';
import { availableChoices, currentNode } from './selectors';
import {
  DEFAULT_PLATFORM,
  simulatedMeters,
  simulateMove,
  simulateResponse,
  type SimUpdate,
} from './simulation';
import type { MoveOutcome } from './sim/types';
import { arriveAt, createInitialState, type FeedItem, type GameState, type Meters } from './state';
import type { World } from './world';

/**
 * The only place game rules live. Pure: no Phaser, DOM, i18n, clock or Math.random.
 * Bad player input never throws: it comes back as `lastError` on an otherwise unchanged state.
 */
export function reduce(world: World, state: GameState, action: GameAction): GameState {
  switch (action.type) {
    case 'defence/responded':
      return applyResponse(world, state, action.response);
    case 'choice/selected':
      return applyChoice(world, state, action.choiceId);
    case 'game/restarted':
      return createInitialState(world, action.seed, state.route);
  }
}

function applyChoice(world: World, state: GameState, choiceId: string): GameState {
  if (state.ending !== null) return { ...state, lastError: 'engine/game_over' };
  const exists = (currentNode(world, state).choices ?? []).find((c) => c.id === choiceId);
  if (exists === undefined) return { ...state, lastError: 'engine/unknown_choice' };
  const choice = availableChoices(world, state).find((c) => c.id === choiceId);
  if (choice === undefined) return { ...state, lastError: 'engine/locked_choice' };

  const turn = state.history.length + 1;
  const storyTrust = clamp(state.storyTrust + (choice.effects?.trust ?? 0), 0, 100);
  const authored = { ...applyMeterEffects(state.meters, choice.effects ?? {}), trust: storyTrust };
  const simulated = simulateMove(world, state, choice, authored, turn);
  const meters =
    simulated === null ? authored : simulatedMeters(world, authored, storyTrust, simulated.update);
  const post: FeedItem | null =
    choice.post === undefined
      ? null
      : {
          id: state.feed.length,
          author: choice.post.author,
          text: choice.post.text,
          byPlayer: true,
          turn,
          platform: choice.post.platform ?? DEFAULT_PLATFORM,
          counter: choice.post.counter ?? null,
          reactions: simulated?.reactions ?? null,
          replies: simulated?.replies ?? [],
        };
  const moved: GameState = {
    ...state,
    ...(simulated === null ? {} : simulatedFields(simulated.update)),
    meters,
    storyTrust,
    variables: applyVariableEffects(state.variables, choice.effects ?? {}),
    feed: post === null ? state.feed : [...state.feed, post],
    history: [
      ...state.history,
      moveRecord(state, choice, turn, meters, simulated?.outcome ?? null),
    ],
    lastError: null,
  };
  return arriveAt(world, moved, choice.to);
}

/** The crisis team answers the next moment: its fit decides how the simulated town takes it. */
function applyResponse(world: World, state: GameState, response: Response): GameState {
  const moment = world.catalogue === undefined ? undefined : nextDefenceMoment(state);
  if (moment === undefined || world.catalogue === undefined)
    return { ...state, lastError: 'engine/not_defending' };
  const byTechnique = techniqueFits(world.catalogue, moment.techniques, response);
  const fit = combineFits(byTechnique);
  const turn = state.history.length + state.defence.length + 1;
  const update = simulateResponse(
    world,
    state,
    moment.outcome?.platform ?? DEFAULT_PLATFORM,
    response,
    fit,
    turn,
  );
  const storyTrust = clamp(state.storyTrust + FIT_TRUST[fit], 0, 100);
  const meters =
    update === null
      ? { ...state.meters, trust: storyTrust }
      : simulatedMeters(world, state.meters, storyTrust, update);
  return {
    ...state,
    ...(update === null ? {} : simulatedFields(update)),
    meters,
    storyTrust,
    defence: [...state.defence, { turn: moment.turn, response, fit, byTechnique }],
    lastError: null,
  };
}

function simulatedFields(update: SimUpdate): Pick<GameState, 'sim' | 'rng' | 'frames'> {
  return { sim: update.sim, rng: update.rng, frames: update.frames };
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

/** The moves' own effects. `reach` is not set here: it is the simulation's (a move's "reach" effect is a push). */
function applyMeterEffects(meters: Meters, effects: Readonly<Record<string, number>>): Meters {
  return {
    followers: Math.max(0, meters.followers + (effects.followers ?? 0)),
    credibility: clamp(meters.credibility + (effects.credibility ?? 0), 0, 100),
    trust: meters.trust, // from storyTrust, see applyChoice
    reach: meters.reach,
  };
}

function applyVariableEffects(
  variables: Readonly<Record<string, number>>,
  effects: Readonly<Record<string, number>>,
): Readonly<Record<string, number>> {
  const next = { ...variables };
  for (const [name, delta] of Object.entries(effects)) {
    if (Object.hasOwn(next, name)) next[name] = (next[name] ?? 0) + delta;
  }
  return next;
}

function moveRecord(
  state: GameState,
  choice: Choice,
  turn: number,
  meters: Meters,
  outcome: MoveOutcome | null,
): GameState['history'][number] {
  return {
    turn,
    nodeId: state.nodeId,
    choiceId: choice.id,
    label: choice.label,
    techniques: choice.techniques ?? [],
    meters,
    outcome,
  };
}
