import { describe, expect, it } from 'vitest';

import { catalogue, scenario, world } from '../../tests/support/fixtures';
import { selectChoice } from './actions';
import { buildDebrief } from './debrief';
import { explore } from './explore';
import { reduce } from './reducer';
import { replay } from './replay';
import { availableChoices } from './selectors';
import { createInitialState } from './state';

describe('explore', () => {
  it('walks every path through the real reducer', () => {
    const result = explore(world());
    // honest→boast, honest→wait, lie→wait (lie makes boast unavailable)
    expect(result.paths).toBe(3);
    expect([...result.endingsReached.keys()].sort()).toEqual(['quiet', 'viral']);
    expect(result.stuckPaths).toEqual([]);
    expect(result.truncated).toBe(false);
    expect(result.longestPath).toBe(2);
  });

  it('finds a path where a condition locks every move', () => {
    const s = scenario();
    const wait = s.nodes[1]?.choices?.[1];
    if (wait) wait.requires = { suspicion: { atMost: 0 } };
    expect(explore(world(s)).stuckPaths).toEqual([['lie']]);
  });

  it('says when it had to stop early', () => {
    expect(explore(world(), 1, 1).truncated).toBe(true);
  });
});

describe('replay', () => {
  it('rebuilds a game exactly from seed and moves', () => {
    const w = world();
    const played = reduce(
      w,
      reduce(w, createInitialState(w, 11), selectChoice('honest')),
      selectChoice('boast'),
    );
    expect(replay(w, 11, ['honest', 'boast'])).toEqual(played);
  });
  it('returns null when a move no longer applies', () => {
    expect(replay(world(), 11, ['lie', 'boast'])).toBeNull();
    expect(replay(world(), 11, ['gone'])).toBeNull();
  });
});

describe('buildDebrief', () => {
  it('lists the techniques used with their domain, and the rest as not used', () => {
    const state = replay(world(), 2, ['honest', 'boast']);
    if (state === null) throw new Error('replay failed');
    const debrief = buildDebrief(state, catalogue);
    expect(debrief.ending).toBe('viral');
    expect(debrief.used.map((u) => [u.id, u.domain])).toEqual([
      ['emotion', 'digital_resilience'],
      ['discrediting', 'staff_safety'],
    ]);
    expect(debrief.notUsed).toEqual(['polarisation']);
    expect(debrief.moves.map((m) => m.choiceId)).toEqual(['honest', 'boast']);
  });
  it('has nothing used for a clean game', () => {
    const state = replay(world(), 2, ['honest', 'wait']);
    if (state === null) throw new Error('replay failed');
    expect(buildDebrief(state, catalogue).used).toEqual([]);
  });
});

describe('the short route', () => {
  it('offers only the moves marked short where a node has them, and all moves elsewhere', () => {
    const s = scenario();
    s.nodes[0]!.choices![1]!.short = true;
    const w = world(s);
    const start = createInitialState(w, 1, 'short');
    expect(availableChoices(w, start).map((c) => c.id)).toEqual(['honest']);
    const middle = reduce(w, start, selectChoice('honest'));
    expect(availableChoices(w, middle).map((c) => c.id)).toEqual(['boast', 'wait']);
    expect(availableChoices(w, createInitialState(w, 1)).map((c) => c.id)).toEqual([
      'lie',
      'honest',
    ]);
    expect(reduce(w, middle, { type: 'game/restarted', seed: 2 }).route).toBe('short');
    expect(explore(w, 1, 1000, 60, 'short').paths).toBe(2);
  });
});
