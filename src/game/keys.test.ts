import { describe, expect, it } from 'vitest';

import { mapResolution } from './keys';

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
