import { describe, expect, it } from 'vitest';

import { catalogue, scenario, town } from '../../tests/support/fixtures';
import { respond, selectChoice } from './actions';
import { defenceMoments, defenceOffered, nextDefenceMoment, responseFit } from './defence';
import { reduce } from './reducer';
import { replay } from './replay';
import { createInitialState, type Move } from './state';
import { latestCounts } from '../../tests/support/town-counts';
import { createWorld } from './world';

const withDefence = {
  ...catalogue,
  techniques: catalogue.techniques.map((t) =>
    t.id === 'emotion'
      ? { ...t, defence: { good: ['correct' as const], risky: ['ignore' as const] } }
      : t.id === 'discrediting'
        ? { ...t, defence: { good: ['support' as const], risky: [] } }
        : t,
  ),
};
const world = createWorld(scenario(), town, withDefence);
const move = (turn: number, reach: number, techniques: string[]): Move => ({
  turn,
  nodeId: 'n',
  choiceId: `c${String(turn)}`,
  label: 'l',
  techniques,
  meters: { followers: 0, credibility: 50, trust: 60, reach },
  outcome: null,
});

describe('defender round', () => {
  it('picks up to three moments that used a technique, biggest push and new tactics first, in play order', () => {
    const history = [
      move(1, 10, ['emotion']),
      move(2, 12, []),
      move(3, 30, ['emotion']),
      move(4, 35, ['discrediting']),
      move(5, 60, ['emotion']),
    ];
    expect(defenceMoments(history).map((m) => m.turn)).toEqual([3, 4, 5]);
    expect(defenceMoments([move(1, 5, [])])).toEqual([]);
    // The kiosk's short round: the one move that pushed the rumour furthest.
    expect(defenceMoments(history, 1).map((m) => m.turn)).toEqual([5]);
  });

  it('is offered only after an ending where something was spread', () => {
    const start = createInitialState(world, 4);
    expect(defenceOffered(start)).toBe(false);
    const honest = reduce(
      world,
      reduce(world, start, selectChoice('honest')),
      selectChoice('wait'),
    );
    expect(honest.ending).toBe('fizzled');
    expect(defenceOffered(honest)).toBe(false);
    expect(reduce(world, honest, respond('correct')).lastError).toBe('engine/not_defending');
    const lied = reduce(world, reduce(world, start, selectChoice('lie')), selectChoice('wait'));
    expect(lied.ending).toBe('fizzled');
    expect(defenceOffered(lied)).toBe(true);
    expect(nextDefenceMoment(lied)?.turn).toBe(1);
  });

  it('on the short route (the kiosk) the round has one moment', () => {
    const short = { ...createInitialState(world, 4), route: 'short' as const };
    const history = [move(1, 10, ['emotion']), move(2, 40, ['discrediting'])];
    const ended = { ...short, history, ending: 'viral' as const };
    expect(nextDefenceMoment(ended)?.turn).toBe(2);
    expect(nextDefenceMoment({ ...ended, route: 'full' as const })?.turn).toBe(1);
    const answered = {
      ...ended,
      defence: [{ turn: 2, response: 'correct' as const, fit: 'good' as const, byTechnique: [] }],
    };
    expect(nextDefenceMoment(answered)).toBeUndefined();
    // The full round goes on to its second moment.
    expect(nextDefenceMoment({ ...answered, route: 'full' as const })?.turn).toBe(2);
  });

  it('judges a response by the techniques of the moment', () => {
    expect(responseFit(withDefence, ['emotion'], 'correct')).toBe('good');
    expect(responseFit(withDefence, ['emotion'], 'ignore')).toBe('risky');
    expect(responseFit(withDefence, ['emotion'], 'report')).toBe('neutral');
    expect(responseFit(withDefence, ['emotion', 'discrediting'], 'support')).toBe('good');
    // Good for one technique, risky for another: never "good", but "mixed".
    expect(responseFit(withDefence, ['emotion', 'discrediting'], 'ignore')).toBe('risky');
    const mixed = {
      ...withDefence,
      techniques: withDefence.techniques.map((t) =>
        t.id === 'discrediting' ? { ...t, defence: { good: ['ignore' as const], risky: [] } } : t,
      ),
    };
    expect(responseFit(mixed, ['emotion', 'discrediting'], 'ignore')).toBe('mixed');
  });

  it('a good answer takes ground back and raises trust; a risky one does the opposite', () => {
    let state = createInitialState(world, 4);
    state = reduce(world, state, selectChoice('honest'));
    state = reduce(world, state, selectChoice('boast'));
    expect(nextDefenceMoment(state)?.turn).toBe(2);
    const good = reduce(world, state, respond('correct'));
    const risky = reduce(world, state, respond('ignore'));
    expect(good.defence).toEqual([
      {
        turn: 2,
        response: 'correct',
        fit: 'good',
        byTechnique: [
          { technique: 'emotion', fit: 'good' },
          { technique: 'discrediting', fit: 'neutral' },
        ],
      },
    ]);
    const believing = (s: typeof state): number => latestCounts(world, s).believing;
    expect(believing(good)).toBeLessThan(believing(state));
    expect(good.meters.trust).toBeGreaterThan(state.meters.trust);
    expect(believing(risky)).toBeGreaterThan(believing(good));
    expect(risky.meters.trust).toBeLessThan(good.meters.trust);
    expect(nextDefenceMoment(good)).toBeUndefined();
    expect(reduce(world, good, respond('correct')).lastError).toBe('engine/not_defending');
  });

  it('cannot start before the ending, and replays exactly from a save', () => {
    const start = createInitialState(world, 4);
    expect(reduce(world, start, respond('correct')).lastError).toBe('engine/not_defending');
    const played = reduce(
      world,
      reduce(world, reduce(world, start, selectChoice('honest')), selectChoice('boast')),
      respond('support'),
    );
    expect(replay(world, 4, ['honest', 'boast'], 'full', ['support'])).toEqual(played);
    expect(replay(world, 4, ['honest', 'boast'], 'full', ['shout'])).toBeNull();
  });
});
