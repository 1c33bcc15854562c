import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { AreaCounts, Frame } from '../engine/sim/types';
import {
  areaShares,
  DOT_STATES,
  dotCounts,
  dotStates,
  framesToPlay,
  MAX_STEPS,
  mixCounts,
} from './dot-states';

const counts = (
  unaware: number,
  exposed: number,
  believing: number,
  doubting: number,
): AreaCounts => ({ unaware, exposed, believing, doubting });
const frame = (turn: number, tick: number, c: AreaCounts = counts(1, 0, 0, 0)): Frame => ({
  turn,
  tick,
  byArea: [c],
});

describe('dotCounts', () => {
  it('gives each state its share of the dots', () => {
    expect(dotCounts(counts(500, 200, 200, 100), 60)).toEqual({
      unaware: 30,
      exposed: 12,
      believing: 12,
      doubting: 6,
    });
  });

  it('hands leftover dots to the largest remainders and never exceeds the total', () => {
    // Thirds of 10: 3.33 each, one dot left over goes to the first largest remainder.
    const split = dotCounts(counts(1, 1, 1, 0), 10);
    expect(split.unaware + split.exposed + split.believing + split.doubting).toBe(10);
    expect(Object.values(split).sort()).toEqual([0, 3, 3, 4]);
  });

  it('shows an empty area as unaware and no dots as none', () => {
    expect(dotCounts(counts(0, 0, 0, 0), 12)).toEqual({
      unaware: 12,
      exposed: 0,
      believing: 0,
      doubting: 0,
    });
    expect(dotCounts(counts(5, 5, 5, 5), 0)).toEqual({
      unaware: 0,
      exposed: 0,
      believing: 0,
      doubting: 0,
    });
  });

  it('for any counts: the dots add up exactly, and each state is its share rounded down or up', () => {
    const count = fc.integer({ min: 0, max: 150_000 });
    fc.assert(
      fc.property(
        count,
        count,
        count,
        count,
        fc.integer({ min: 1, max: 120 }),
        (u, e, b, d, dots) => {
          const c = counts(u, e, b, d);
          const split = dotCounts(c, dots);
          const total = u + e + b + d;
          expect(DOT_STATES.reduce((sum, s) => sum + split[s], 0)).toBe(dots);
          for (const state of DOT_STATES) {
            const exact =
              total === 0 ? (state === 'unaware' ? dots : 0) : (c[state] / total) * dots;
            expect(split[state]).toBeGreaterThanOrEqual(Math.floor(exact));
            expect(split[state]).toBeLessThanOrEqual(Math.ceil(exact));
          }
        },
      ),
    );
  });
});

describe('dotStates', () => {
  it('lists one state per dot, believing first, unaware last', () => {
    expect(dotStates(counts(2, 1, 3, 0), 6)).toEqual([
      'believing',
      'believing',
      'believing',
      'exposed',
      'unaware',
      'unaware',
    ]);
  });

  it('changes few dots when the counts change a little (the picture is stable from tick to tick)', () => {
    const before = dotStates(counts(600, 200, 150, 50), 60);
    const after = dotStates(counts(590, 200, 160, 50), 60);
    const changed = before.filter((s, i) => s !== after[i]).length;
    expect(changed).toBeLessThanOrEqual(3);
  });
});

describe('helpers', () => {
  it('mixes counts between two ticks', () => {
    expect(mixCounts(counts(100, 0, 0, 0), counts(50, 30, 20, 0), 0.5)).toEqual(
      counts(75, 15, 10, 0),
    );
  });

  it('gives the shares reached (not unaware), believing and doubting', () => {
    expect(areaShares(counts(60, 20, 15, 5))).toEqual({
      reached: 0.4,
      believing: 0.15,
      doubting: 0.05,
    });
    expect(areaShares(counts(0, 0, 0, 0))).toEqual({ reached: 0, believing: 0, doubting: 0 });
  });
});

describe('framesToPlay', () => {
  const first = [frame(0, 0)];
  const afterMove = [...first, frame(1, 1), frame(1, 2), frame(1, 3)];

  it('steps through the frames added since the last picture', () => {
    expect(framesToPlay(afterMove, first)).toEqual({ steps: afterMove.slice(1), jump: false });
    expect(framesToPlay(afterMove, []).steps).toHaveLength(4);
  });

  it('jumps to the newest frame when the list is not a continuation (new game, replay)', () => {
    const replayed = [frame(0, 0), frame(1, 1), frame(1, 2)];
    expect(framesToPlay(replayed, afterMove)).toEqual({ steps: [replayed[2]], jump: true });
    expect(framesToPlay([], afterMove)).toEqual({ steps: [], jump: true });
  });

  it('thins a long run of ticks, keeping the last one', () => {
    const many = [...first, ...Array.from({ length: 40 }, (_, i) => frame(1, i + 1))];
    const { steps } = framesToPlay(many, first);
    expect(steps).toHaveLength(MAX_STEPS);
    expect(steps[steps.length - 1]).toBe(many[many.length - 1]);
    expect(steps.map((f) => f.tick)).toEqual([...steps.map((f) => f.tick)].sort((a, b) => a - b));
  });
});
