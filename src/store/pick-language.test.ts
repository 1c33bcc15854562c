import { describe, expect, it } from 'vitest';

import { pickLanguage } from './pick-language';

describe('the language a visit starts in', () => {
  it('takes the address, then the device, then the configured one, then the first offered', () => {
    const offered = ['nl', 'en', 'fy'];
    expect(pickLanguage(offered, 'en', 'fy', 'nl')).toBe('en');
    expect(pickLanguage(offered, 'de', 'fy', 'nl')).toBe('fy');
    expect(pickLanguage(offered, null, 'de', 'en')).toBe('en');
    expect(pickLanguage(offered, undefined, null, 'de')).toBe('nl');
    expect(pickLanguage([], 'nl', 'nl', 'nl')).toBeUndefined();
  });
});
