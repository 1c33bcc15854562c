import { describe, expect, it } from 'vitest';

import type { Discernment } from '../content/discernment-schema';
import {
  biasBand,
  checkItems,
  checkOrder,
  inverseNormal,
  scoreDiscernment,
  sensitivityBand,
  sensitivityChange,
  setFor,
} from './discernment';

const discernment: Discernment = {
  format: 1,
  items: [
    { id: 't1', set: 'a', verdict: 'true', difficulty: 1 },
    { id: 't2', set: 'a', verdict: 'true', difficulty: 2 },
    { id: 'm1', set: 'a', verdict: 'manipulative', technique: 'emotion', difficulty: 2 },
    { id: 'm2', set: 'a', verdict: 'manipulative', technique: 'leak', difficulty: 1 },
    { id: 'b1', set: 'b', verdict: 'true', difficulty: 2 },
    { id: 'b2', set: 'b', verdict: 'true', difficulty: 1 },
    { id: 'n1', set: 'b', verdict: 'manipulative', technique: 'emotion', difficulty: 1 },
    { id: 'n2', set: 'b', verdict: 'manipulative', technique: 'leak', difficulty: 2 },
  ],
};
const before = checkItems(discernment, 'before', 'ab');
const all = (j: 'reliable' | 'manipulative') => Object.fromEntries(before.map((i) => [i.id, j]));

describe('discernment check', () => {
  it('gives each player one set before and the other after, in a fixed, mixed order', () => {
    expect(before.map((i) => i.id).sort()).toEqual(['m1', 'm2', 't1', 't2']);
    expect(checkItems(discernment, 'before', 'ab')).toEqual(before);
    const ids = (phase: 'before' | 'after', order: 'ab' | 'ba') =>
      checkItems(discernment, phase, order)
        .map((i) => i.id)
        .sort();
    expect(ids('after', 'ab')).toEqual(['b1', 'b2', 'n1', 'n2']);
    expect(ids('before', 'ba')).toEqual(ids('after', 'ab'));
    expect(ids('after', 'ba')).toEqual(ids('before', 'ab'));
  });

  it('draws the order from the seed, so both orders are used (about half each)', () => {
    const orders = Array.from({ length: 1000 }, (_, seed) => checkOrder(seed));
    const ab = orders.filter((o) => o === 'ab').length;
    expect(ab).toBeGreaterThan(400);
    expect(ab).toBeLessThan(600);
    expect(checkOrder(12345)).toBe(checkOrder(12345));
    expect(setFor('ab', 'before')).toBe('a');
    expect(setFor('ba', 'before')).toBe('b');
  });

  it('reports hit rate, false-alarm rate, sensitivity and bias', () => {
    const perfect = scoreDiscernment(before, {
      t1: 'reliable',
      t2: 'reliable',
      m1: 'manipulative',
      m2: 'manipulative',
    });
    expect(perfect).toMatchObject({
      hits: 2,
      misses: 0,
      falseAlarms: 0,
      correctRejections: 2,
      hitRate: 1,
      falseAlarmRate: 0,
      bias: 0,
    });
    expect(perfect.sensitivity).toBeGreaterThan(1.5);
    expect(sensitivityBand(perfect)).toBe('clear');
    expect(biasBand(perfect)).toBe('balanced');
  });

  it('distrusting everything shows no sensitivity and a lean to suspicion; trusting everything the reverse', () => {
    const suspicious = scoreDiscernment(before, all('manipulative'));
    expect(suspicious).toMatchObject({ hitRate: 1, falseAlarmRate: 1, sensitivity: 0 });
    expect(sensitivityBand(suspicious)).toBe('none');
    expect(biasBand(suspicious)).toBe('suspicious');
    const trusting = scoreDiscernment(before, all('reliable'));
    expect(trusting).toMatchObject({ hitRate: 0, falseAlarmRate: 0, sensitivity: 0 });
    expect(biasBand(trusting)).toBe('trusting');
  });

  it('says whether telling true from false got better from before to after', () => {
    const none = scoreDiscernment(before, all('manipulative'));
    const good = scoreDiscernment(before, { m1: 'manipulative', m2: 'manipulative' });
    expect(sensitivityChange(none, good)).toBe('better');
    expect(sensitivityChange(good, none)).toBe('worse');
    expect(sensitivityChange(good, good)).toBe('same');
  });

  it('counts an unanswered item as not flagged', () => {
    expect(scoreDiscernment(before, { m1: 'manipulative' })).toMatchObject({
      hits: 1,
      misses: 1,
      correctRejections: 2,
      hitRate: 0.5,
    });
  });

  it('inverts the normal distribution', () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 6);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormal(0.01)).toBeCloseTo(-2.326348, 5);
  });
});
