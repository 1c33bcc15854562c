import { describe, expect, it } from 'vitest';

import { parseLaunchOptions } from './launch-options';

const parse = (search: string) => parseLaunchOptions(search, ['nl', 'en'], ['marktplein']);

describe('parseLaunchOptions', () => {
  it('reads every known option', () => {
    expect(parse('?lang=en&scenario=marktplein&seed=42&mode=solo&renderer=canvas')).toEqual({
      options: { lang: 'en', scenario: 'marktplein', seed: 42, mode: 'solo', renderer: 'canvas' },
      notices: [],
    });
    expect(parse('?mode=kiosk')).toEqual({
      options: {
        lang: undefined,
        scenario: undefined,
        seed: undefined,
        mode: 'kiosk',
        renderer: 'auto',
      },
      notices: [],
    });
  });

  it('uses defaults for an empty address', () => {
    expect(parse('')).toEqual({
      options: {
        lang: undefined,
        scenario: undefined,
        seed: undefined,
        mode: undefined,
        renderer: 'auto',
      },
      notices: [],
    });
  });

  it('names an unknown parameter and lists the valid ones', () => {
    const { notices } = parse('?lnag=en');
    expect(notices).toEqual([
      {
        kind: 'warning',
        key: 'notice.unknownParameter',
        values: { count: 1, names: "'lnag'", valid: 'lang, scenario, seed, mode, renderer' },
      },
    ]);
  });

  it('800 unknown parameters give one notice that names the first five', () => {
    const search = '?' + Array.from({ length: 800 }, (_, i) => `p${String(i)}=1`).join('&');
    const { notices } = parse(search);
    expect(notices).toEqual([
      expect.objectContaining({
        key: 'notice.unknownParameter',
        values: expect.objectContaining({ count: 800, names: "'p0', 'p1', 'p2', 'p3', 'p4', …" }),
      }),
    ]);
  });

  it('quotes at most 80 characters of a bad value, with control and bidi characters made visible', () => {
    const { notices } = parse(`?mode=${'x'.repeat(100_000)}&lang=%E2%80%AEen%00`);
    const values = notices.map((n) => n.values?.value);
    expect(values).toEqual(['\\u202een\\u0000', `${'x'.repeat(80)}…`]);
  });

  it.each([
    ['?lang=de', 'lang', 'nl, en'],
    ['?scenario=zwembad', 'scenario', 'marktplein'],
    ['?seed=abc', 'seed', '0 … 4294967295'],
    ['?seed=99999999999', 'seed', '0 … 4294967295'],
    ['?renderer=vulkan', 'renderer', 'auto, webgl, canvas'],
    ['?mode=party', 'mode', 'solo, kiosk, facilitator, audience'],
  ])('ignores an invalid value in %s and says what is valid', (search, name, valid) => {
    const { options, notices } = parse(search);
    expect(notices).toEqual([
      expect.objectContaining({
        key: 'notice.invalidParameter',
        values: expect.objectContaining({ name, valid }),
      }),
    ]);
    expect(options).toMatchObject({
      lang: undefined,
      scenario: undefined,
      seed: undefined,
      renderer: 'auto',
    });
  });

  it('knows the facilitator and projector modes', () => {
    expect(parse('?mode=facilitator').options.mode).toBe('facilitator');
    expect(parse('?mode=audience').options.mode).toBe('audience');
  });
});
