import { describe, expect, it } from 'vitest';

import { MAP_HEIGHT, MAP_WIDTH, mapCanvasSize, mapResolution } from './keys';

describe('mapResolution', () => {
  it('draws as many pixels as are shown, between 0.4 and 1 per map unit', () => {
    expect(mapResolution(352, 1)).toBe(0.4);
    expect(mapResolution(500, 1)).toBe(0.5);
    expect(mapResolution(352, 2)).toBe(0.75);
    expect(mapResolution(1400, 1)).toBe(1);
    expect(mapResolution(640, 1.25)).toBe(0.8);
  });

  it('falls back to full resolution when the size is unknown', () => {
    expect(mapResolution(0, 1)).toBe(1);
    expect(mapResolution(Number.NaN, 2)).toBe(1);
    expect(mapResolution(500, 0)).toBe(0.5);
  });
});

describe('the map canvas', () => {
  it('takes the shape of its container, so the map fills it', () => {
    const { width, height } = mapCanvasSize(600, 600, 1);
    expect(width / height).toBeCloseTo(1, 2);
    const wide = mapCanvasSize(900, 300, 1);
    expect(wide.width / wide.height).toBeCloseTo(3, 1);
  });

  it('fits the whole town at the zoom it is drawn with', () => {
    for (const [w, h, dpr] of [
      [600, 600, 1],
      [1200, 500, 2],
      [300, 900, 1],
    ] as const) {
      const size = mapCanvasSize(w, h, dpr);
      expect(size.width).toBeGreaterThanOrEqual(Math.floor(MAP_WIDTH * size.zoom));
      expect(size.height).toBeGreaterThanOrEqual(Math.floor(MAP_HEIGHT * size.zoom));
    }
  });

  it('falls back to the town shape when the container has no height yet', () => {
    const size = mapCanvasSize(500, 0, 1);
    expect(size.width / size.height).toBeCloseTo(MAP_WIDTH / MAP_HEIGHT, 2);
  });
});
