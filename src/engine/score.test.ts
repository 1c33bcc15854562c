import { describe, expect, it } from 'vitest';

import { scenario, town } from '../../tests/support/fixtures';
import { selectChoice } from './actions';
import { badgesOf, newBadges, storyTechniques } from './badges';
import { reduce } from './reducer';
import { DEFAULT_GOAL_PERCENT, goalMet, goalPercent, goalProgress, peakBelieving } from './score';
import { createInitialState } from './state';
import { createWorld } from './world';

const world = createWorld(scenario(), town);

describe('the goal and the score', () => {
  it('uses the story goal, or a fifth of the town when the story sets none', () => {
    expect(goalPercent(world)).toBe(DEFAULT_GOAL_PERCENT);
    const own = createWorld({ ...scenario(), goal: { believing: 35 } }, town);
    expect(goalPercent(own)).toBe(35);
  });

  it('starts at nothing and climbs with a move that spreads the rumour', () => {
    const start = createInitialState(world, 3);
    expect(peakBelieving(start)).toBe(0);
    expect(goalProgress(world, start)).toBe(0);
    const after = reduce(world, start, selectChoice('lie'));
    expect(peakBelieving(after)).toBeGreaterThan(0);
    expect(goalProgress(world, after)).toBeGreaterThan(0);
    expect(goalProgress(world, after)).toBeLessThanOrEqual(1);
  });

  it('is met when the peak reaches the goal', () => {
    const low = createWorld({ ...scenario(), goal: { believing: 1 } }, town);
    const lowAfter = reduce(low, createInitialState(low, 3), selectChoice('lie'));
    expect(Math.round(peakBelieving(lowAfter))).toBeGreaterThanOrEqual(1);
    expect(goalMet(low, lowAfter)).toBe(true);
    const high = createWorld({ ...scenario(), goal: { believing: 100 } }, town);
    expect(goalMet(high, reduce(high, createInitialState(high, 3), selectChoice('lie')))).toBe(
      false,
    );
  });
});

describe('technique badges', () => {
  it('are earned by the first move that uses a technique, once', () => {
    const start = createInitialState(world, 3);
    expect(badgesOf(start)).toEqual([]);
    const after = reduce(world, start, selectChoice('lie'));
    expect(newBadges(after).map((b) => b.id)).toEqual(['emotion']);
    expect(badgesOf(after)).toMatchObject([{ id: 'emotion', firstTurn: 1, count: 1 }]);
  });

  it('an honest move earns none', () => {
    const after = reduce(world, createInitialState(world, 3), selectChoice('honest'));
    expect(newBadges(after)).toEqual([]);
  });

  it('lists every technique the story can award, in file order', () => {
    expect(storyTechniques(world)[0]).toBe('emotion');
    expect(new Set(storyTechniques(world)).size).toBe(storyTechniques(world).length);
  });
});
