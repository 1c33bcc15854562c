import type { Response } from '../content/catalogue-schema';
import type { Choice } from '../content/schema';
import type { GameAction } from './actions';
import { FIT_EFFECTS, nextDefenceMoment, responseFit } from './defence';
import { availableChoices, currentNode } from './selectors';
import { spreadRumour, townReachPercent } from './spread';
import { arriveAt, createInitialState, type GameState, type Meters } from './state';
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
  const effects = choice.effects ?? {};
  const spread = spreadRumour(world.town.neighbourhoods, state.reachByArea, effects.reach ?? 0, state.rng);
  const meters = applyMeterEffects(state.meters, effects, townReachPercent(world.town.neighbourhoods, spread.reachByArea));
  const moved: GameState = {
    ...state,
    rng: spread.rng,
    reachByArea: spread.reachByArea,
    meters,
    variables: applyVariableEffects(state.variables, effects),
    feed: choice.post ? [...state.feed, playerPost(state, choice, turn)] : state.feed,
    history: [...state.history, moveRecord(state, choice, turn, meters)],
    lastError: null,
  };
  return arriveAt(world, moved, choice.to);
}

/** The crisis team answers the next moment: the fit decides whether the rumour loses or gains ground. */
function applyResponse(world: World, state: GameState, response: Response): GameState {
  const moment = world.catalogue === undefined ? undefined : nextDefenceMoment(state);
  if (moment === undefined || world.catalogue === undefined) return { ...state, lastError: 'engine/not_defending' };
  const fit = responseFit(world.catalogue, moment.techniques, response);
  const effect = FIT_EFFECTS[fit];
  const spread = spreadRumour(world.town.neighbourhoods, state.reachByArea, effect.reach, state.rng);
  return {
    ...state,
    rng: spread.rng,
    reachByArea: spread.reachByArea,
    meters: {
      ...state.meters,
      reach: townReachPercent(world.town.neighbourhoods, spread.reachByArea),
      trust: clamp(state.meters.trust + effect.trust, 0, 100),
    },
    defence: [...state.defence, { turn: moment.turn, response, fit }],
    lastError: null,
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function applyMeterEffects(meters: Meters, effects: Readonly<Record<string, number>>, reach: number): Meters {
  return {
    followers: Math.max(0, meters.followers + (effects.followers ?? 0)),
    credibility: clamp(meters.credibility + (effects.credibility ?? 0), 0, 100),
    trust: clamp(meters.trust + (effects.trust ?? 0), 0, 100),
    reach,
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

function playerPost(state: GameState, choice: Choice, turn: number): GameState['feed'][number] {
  const post = choice.post ?? { author: '', text: '' };
  return { id: state.feed.length, author: post.author, text: post.text, byPlayer: true, turn };
}

function moveRecord(state: GameState, choice: Choice, turn: number, meters: Meters): GameState['history'][number] {
  return {
    turn,
    nodeId: state.nodeId,
    choiceId: choice.id,
    label: choice.label,
    techniques: choice.techniques ?? [],
    meters,
  };
}
