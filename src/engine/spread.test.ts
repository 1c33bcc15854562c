import { describe, expect, it } from 'vitest';

import { town } from '../../tests/support/fixtures';
import { nextRandom, nextRandoms, seedToState } from './rng';
import { spreadRumour, townReachPercent } from './spread';

const areas = town.neighbourhoods;
const none = areas.map(() => 0);

describe('rng', () => {
  it('matches the mulberry32 reference values', () => {
    // Reference: mulberry32(1) → 0.6270739405881613, 0.002735721180215478
    const [a, s1] = nextRandom(1);
    const [b] = nextRandom(s1);
    expect(a).toBeCloseTo(0.6270739405881613, 12);
    expect(b).toBeCloseTo(0.002735721180215478, 12);
  });
  it('draws many values in [0, 1) and normalises seeds', () => {
    const [values] = nextRandoms(seedToState(-5), 1000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
    expect(seedToState(2 ** 32 + 3)).toBe(3);
  });
});

describe('spreadRumour', () => {
  it('places about the pushed share of all residents', () => {
    const { reachByArea } = spreadRumour(areas, none, 25, 1);
    expect(townReachPercent(areas, reachByArea)).toBe(25);
  });

  it('grows from a foothold: neighbours of a reached area gain more than far areas', () => {
    const start = [0, 0.6, 0];
    const { reachByArea } = spreadRumour(areas, start, 10, 3);
    expect(reachByArea[1]).toBeGreaterThan(0.6);
    const gainWest = (reachByArea[0] ?? 0) - 0;
    expect(gainWest).toBeGreaterThan(0);
  });

  it('favours susceptible neighbourhoods', () => {
    const { reachByArea } = spreadRumour(areas, none, 10, 5);
    // midden has susceptibility 0.8, oost 0.2
    expect(reachByArea[1]).toBeGreaterThan(reachByArea[2] ?? 1);
  });

  it('never exceeds a neighbourhood and spills the rest over to others', () => {
    const { reachByArea } = spreadRumour(areas, [1, 1, 0], 20, 9);
    expect(reachByArea[0]).toBe(1);
    expect(reachByArea[1]).toBe(1);
    expect(reachByArea[2]).toBeCloseTo(0.8, 5);
  });

  it('stops at everyone', () => {
    const { reachByArea } = spreadRumour(areas, none, 500, 9);
    expect(reachByArea.every((r) => r <= 1 + 1e-9)).toBe(true);
    expect(townReachPercent(areas, reachByArea)).toBe(100);
  });

  it('shrinks everywhere in proportion on a negative push', () => {
    const { reachByArea } = spreadRumour(areas, [0.5, 0.5, 0.5], -25, 1);
    expect(reachByArea).toEqual([0.25, 0.25, 0.25]);
    expect(spreadRumour(areas, [0.1, 0, 0], -50, 1).reachByArea).toEqual([0, 0, 0]);
  });

  it('is pure: same input, same output, and it advances the RNG', () => {
    const a = spreadRumour(areas, none, 10, 77);
    const b = spreadRumour(areas, none, 10, 77);
    expect(a).toEqual(b);
    expect(a.rng).not.toBe(77);
  });
});
