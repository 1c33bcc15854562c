import { describe, expect, it } from 'vitest';

import town from '../../scenarios/towns/lindewaard.json';
import type { Neighbourhood } from '../content/town-schema';
import {
  areaCentre,
  areaDots,
  dotCountsByArea,
  LABEL_HALF_HEIGHT,
  LABEL_HALF_WIDTH,
  MAX_DOTS,
  MIN_DOTS,
  MIN_GAP,
} from './area-dots';

const areas = town.neighbourhoods as unknown as Neighbourhood[];

describe('dots per neighbourhood', () => {
  it('scales with the population: the largest area gets MAX_DOTS, none fewer than MIN_DOTS', () => {
    const counts = dotCountsByArea(areas);
    expect(Math.max(...counts)).toBe(MAX_DOTS);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(MIN_DOTS);
    expect(dotCountsByArea([{ population: 100 }, { population: 100_000 }])).toEqual([
      MIN_DOTS,
      MAX_DOTS,
    ]);
  });

  it('places every dot of Lindewaard, fixed, spaced and clear of the label', () => {
    const counts = dotCountsByArea(areas);
    areas.forEach((area, i) => {
      const dots = areaDots(area, counts[i]);
      expect(dots, area.id).toHaveLength(counts[i] ?? 0);
      expect(areaDots(area, counts[i])).toEqual(dots); // the same on every screen
      const [cx, cy] = areaCentre(area);
      for (const [x, y] of dots) {
        expect(Math.abs(x - cx) >= LABEL_HALF_WIDTH || Math.abs(y - cy) >= LABEL_HALF_HEIGHT).toBe(
          true,
        );
        const nearest = Math.min(
          ...dots.filter((d) => d[0] !== x || d[1] !== y).map(([a, b]) => Math.hypot(a - x, b - y)),
        );
        expect(nearest).toBeGreaterThanOrEqual(MIN_GAP - 0.001);
      }
    });
  });
});
