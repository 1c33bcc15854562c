import { describe, expect, it } from 'vitest';

import type { Discernment } from '../content/discernment-schema';
import { checkItems, scoreDiscernment } from './discernment';

const discernment: Discernment = {
  format: 1,
  items: [
    { id: 't1', phase: 'before', verdict: 'true' },
    { id: 't2', phase: 'before', verdict: 'true' },
    { id: 'm1', phase: 'before', verdict: 'manipulative', technique: 'emotion' },
    { id: 'm2', phase: 'before', verdict: 'manipulative', technique: 'leak' },
    { id: 'a1', phase: 'after', verdict: 'true' },
    { id: 'a2', phase: 'after', verdict: 'manipulative', technique: 'emotion' },
  ],
};
const before = checkItems(discernment, 'before');

describe('discernment check', () => {
  it('takes the items of one phase in a fixed, mixed order', () => {
    expect(before.map((i) => i.id).sort()).toEqual(['m1', 'm2', 't1', 't2']);
    expect(checkItems(discernment, 'before')).toEqual(before);
    expect(
      checkItems(discernment, 'after')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
  });

  it('rewards telling true from false', () => {
    expect(
      scoreDiscernment(before, {
        t1: 'reliable',
        t2: 'reliable',
        m1: 'manipulative',
        m2: 'manipulative',
      }),
    ).toEqual({
      hits: 2,
      misses: 0,
      falseAlarms: 0,
      correctRejections: 2,
      manipulativeTotal: 2,
      trueTotal: 2,
      discernment: 1,
    });
  });

  it('does not reward distrusting everything, nor trusting everything', () => {
    const all = (j: 'reliable' | 'manipulative') =>
      Object.fromEntries(before.map((i) => [i.id, j]));
    expect(scoreDiscernment(before, all('manipulative'))).toMatchObject({
      hits: 2,
      falseAlarms: 2,
      discernment: 0,
    });
    expect(scoreDiscernment(before, all('reliable'))).toMatchObject({
      hits: 0,
      falseAlarms: 0,
      discernment: 0,
    });
  });

  it('counts an unanswered item as not flagged', () => {
    expect(scoreDiscernment(before, { m1: 'manipulative' })).toMatchObject({
      hits: 1,
      misses: 1,
      correctRejections: 2,
      discernment: 0.5,
    });
  });
});
