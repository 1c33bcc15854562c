import { describe, expect, it } from 'vitest';

import { scenario, world } from '../../tests/support/fixtures';
import { restartGame, selectChoice } from './actions';
import { reduce } from './reducer';
import { availableChoices, choiceLog, techniquesUsed } from './selectors';
import { replay } from './replay';
import { reachShares } from './simulation';
import { createInitialState } from './state';

const w = world();

describe('reduce', () => {
  it('starts at the start node with its feed posts and the scenario meters', () => {
    const state = createInitialState(w, 7);
    expect(state.nodeId).toBe('start');
    expect(state.feed.map((p) => p.text)).toEqual(['nodes.start.post']);
    expect(state.meters).toEqual({ followers: 40, credibility: 55, reach: 0, trust: 65 });
    expect(state.variables).toEqual({ suspicion: 0 });
  });

  it('applies a move: effects, variables, the player post, history and the next node', () => {
    const state = reduce(w, createInitialState(w, 7), selectChoice('lie'));
    expect(state.nodeId).toBe('middle');
    expect(state.meters.credibility).toBe(45);
    expect(state.meters.reach).toBeGreaterThan(0);
    expect(state.frames.length).toBeGreaterThan(0);
    expect(state.variables.suspicion).toBe(1);
    expect(state.feed.at(-1)).toMatchObject({
      author: 'me',
      text: 'nodes.start.lie_post',
      byPlayer: true,
      turn: 1,
    });
    expect(state.history).toEqual([
      expect.objectContaining({
        turn: 1,
        nodeId: 'start',
        choiceId: 'lie',
        techniques: ['emotion'],
      }),
    ]);
    expect(choiceLog(state)).toEqual(['lie']);
  });

  it('hides a move whose condition fails and refuses it as locked', () => {
    const afterLie = reduce(w, createInitialState(w, 7), selectChoice('lie'));
    expect(availableChoices(w, afterLie).map((c) => c.id)).toEqual(['wait']);
    const refused = reduce(w, afterLie, selectChoice('boast'));
    expect(refused.lastError).toBe('engine/locked_choice');
    expect(refused.nodeId).toBe('middle');
    const afterHonest = reduce(w, createInitialState(w, 7), selectChoice('honest'));
    expect(availableChoices(w, afterHonest).map((c) => c.id)).toEqual(['boast', 'wait']);
  });

  it('reports unknown moves and moves after the end as errors, without throwing', () => {
    const start = createInitialState(w, 7);
    expect(reduce(w, start, selectChoice('nope')).lastError).toBe('engine/unknown_choice');
    let state = reduce(w, start, selectChoice('honest'));
    state = reduce(w, state, selectChoice('boast'));
    expect(state.ending).toBe('viral');
    expect(availableChoices(w, state)).toEqual([]);
    expect(reduce(w, state, selectChoice('wait')).lastError).toBe('engine/game_over');
  });

  it('clamps meters to their ranges', () => {
    const s = scenario();
    const first = s.nodes[0]?.choices?.[0];
    if (first) first.effects = { credibility: -500, followers: -500, trust: 500 };
    const state = reduce(world(s), createInitialState(world(s), 1), selectChoice('lie'));
    expect(state.meters).toMatchObject({ credibility: 0, followers: 0, trust: 100 });
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const play = (seed: number): number[] => {
      let state = createInitialState(w, seed);
      state = reduce(w, state, selectChoice('lie'));
      return reachShares(w, state);
    };
    expect(play(42)).toEqual(play(42));
    expect(play(42)).not.toEqual(play(43));
  });

  it('restarts with a new seed', () => {
    const played = reduce(w, createInitialState(w, 1), selectChoice('lie'));
    const restarted = reduce(w, played, restartGame(9));
    expect(restarted).toEqual(createInitialState(w, 9));
  });

  it('collects the techniques used, in first-use order, with counts', () => {
    let state = reduce(w, createInitialState(w, 1), selectChoice('honest'));
    state = reduce(w, state, selectChoice('boast'));
    expect(techniquesUsed(state.history)).toEqual([
      { id: 'emotion', count: 1, firstTurn: 2 },
      { id: 'discrediting', count: 1, firstTurn: 2 },
    ]);
  });

  it('rebuilds the whole state, residents included, from a save of plain JSON (seed and moves)', () => {
    const state = reduce(w, createInitialState(w, 3), selectChoice('lie'));
    const save = JSON.parse(JSON.stringify({ seed: state.seed, moves: choiceLog(state) })) as {
      seed: number;
      moves: string[];
    };
    expect(replay(w, save.seed, save.moves)).toEqual(state);
  });
});
