import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, parseConfig } from './config';
import { UNSAFE_CHARACTERS } from './text-safety';

describe('parseConfig', () => {
  it('uses the defaults when there is no config.json', () => {
    expect(parseConfig(null)).toEqual({ config: DEFAULT_CONFIG, problems: [] });
  });

  it('reads a full, valid file', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({
        $schema: './config.schema.json',
        town: { name: 'Zuidhaven', mayor: 'A. de Wit', alderman: 'B. Kaya' },
        logo: 'img/logo.svg',
        colours: { accent: '#7a1f5c' },
        scenarios: ['marktplein'],
        languages: ['nl'],
        defaultLanguage: 'nl',
        mode: 'solo',
        kioskIdleSeconds: 120,
        boosterUrl: 'https://intranet.example/weerbaar',
        measures: ['known_letter_style'],
      }),
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      town: { name: 'Zuidhaven', mayor: 'A. de Wit', alderman: 'B. Kaya' },
      logo: 'img/logo.svg',
      colours: { accent: '#7a1f5c' },
      scenarios: ['marktplein'],
      languages: ['nl'],
      defaultLanguage: 'nl',
      mode: 'solo',
      kioskIdleSeconds: 120,
      boosterUrl: 'https://intranet.example/weerbaar',
      measures: ['known_letter_style'],
    });
  });

  it('reads new names for neighbourhoods and places, and refuses an empty one', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({ town: { areas: { lindehof: 'Zeezicht' }, places: { pool: '' } } }),
    );
    expect(config.town).toEqual({ areas: { lindehof: 'Zeezicht' } });
    expect(problems.map((p) => p.field)).toEqual(['town.places']);
  });

  it('refuses a measure the game does not know and names the ones it does', () => {
    const { config, problems } = parseConfig(JSON.stringify({ measures: ['firewall'] }));
    expect(config.measures).toBeUndefined();
    expect(problems[0]?.field).toBe('measures');
    expect(problems[0]?.problem).toMatch(/"firewall".*two_factor/);
  });

  it('keeps the good settings and reports each bad one with what happens instead', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({
        town: { name: 'Zuidhaven', mayor: '' },
        colours: { accent: 'purple' },
        logo: 'https://tracker.example/logo.png',
        kioskIdleSeconds: 2,
        boosterUrl: 'javascript:alert(1)',
        colour: '#000000',
      }),
    );
    expect(config.town).toEqual({ name: 'Zuidhaven' });
    expect(config.colours).toEqual({});
    expect(config.logo).toBeUndefined();
    expect(config.kioskIdleSeconds).toBe(90);
    expect(config.boosterUrl).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual([
      'colour',
      'town.mayor',
      'colours.accent',
      'kioskIdleSeconds',
      'logo',
      'boosterUrl',
    ]);
    expect(problems.find((p) => p.field === 'colour')?.problem).toContain('docs/configuration.md');
    expect(problems.find((p) => p.field === 'colours.accent')?.problem).toMatch(
      /"purple" is not valid .*default is used/,
    );
  });

  it('reports invalid JSON with its place and falls back to all defaults', () => {
    const { config, problems } = parseConfig('{\n  "town": { "name": "X" }\n  "mode": "solo"\n}');
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toEqual([
      {
        field: '(file)',
        problem: expect.stringMatching(/not valid JSON at line 3, column 3/),
        notice: { key: 'notJson', values: { line: 3, column: 3 } },
      },
    ]);
    expect(parseConfig('[1, 2]').problems[0]?.problem).toContain('must be a JSON object');
    expect(problems[0]?.problem).not.toContain('default'); // the notice around it says so, in the player's language
  });
  it('reads the accessibility contact as an e-mail address or a web page, and refuses anything else', () => {
    expect(
      parseConfig(JSON.stringify({ accessibilityContact: 'a11y@zuidhaven.example' })).config,
    ).toMatchObject({ accessibilityContact: 'a11y@zuidhaven.example' });
    expect(
      parseConfig(JSON.stringify({ accessibilityContact: 'https://zuidhaven.example/melden' }))
        .config.accessibilityContact,
    ).toBe('https://zuidhaven.example/melden');
    for (const bad of ['javascript:alert(1)', 'bel 14 0123', 'mailto:a11y@zuidhaven.example']) {
      const { config, problems } = parseConfig(JSON.stringify({ accessibilityContact: bad }));
      expect(config.accessibilityContact).toBeUndefined();
      expect(problems.map((p) => p.field)).toEqual(['accessibilityContact']);
      expect(problems[0]?.problem).toContain('an e-mail address or an http(s) address');
    }
  });

  it('"__proto__" is an ordinary (unknown) key: it cannot switch on kiosk mode', () => {
    const { config, problems } = parseConfig('{"__proto__": {"mode": "kiosk"}}');
    expect(config.mode).toBeUndefined();
    expect(problems).toEqual([
      {
        field: '__proto__',
        problem: expect.stringContaining('ignored'),
        notice: { key: 'unknownKeys', values: { names: '__proto__', count: 1 } },
      },
    ]);
  });

  it('a 10 MB value is quoted in at most 80 characters', () => {
    const { config, problems } = parseConfig(JSON.stringify({ town: { name: 'A'.repeat(1e7) } }));
    expect(config.town.name).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain(`"${'A'.repeat(80)}…"`);
    expect(problems[0]?.problem.length).toBeLessThan(300);
  });

  it.each([
    ['a NUL character', 'Zuid\\u0000haven'],
    ['a right-to-left override', 'Zuid\\u202ehaven'],
    ['a line break', 'Zuid\\nhaven'],
  ])('rejects a town name with %s, and the notice shows it escaped', (_, name) => {
    const { config, problems } = parseConfig(`{"town": {"name": "${name}"}}`);
    expect(config.town.name).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('town.name');
    expect(problems[0]?.problem).toMatch(/\\u(0000|202e|000a)/);
    expect(UNSAFE_CHARACTERS.test(problems[0]?.problem ?? '')).toBe(false);
  });

  it('800 unknown settings are one problem that names a few of them', () => {
    const keys = Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`x${String(i)}`, 1]));
    const { problems } = parseConfig(JSON.stringify(keys));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('x0, x1, x2, x3, x4, … (800)');
  });

  it('bytes that are not UTF-8 are a file problem with line and column', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{\n  "town": {"name": "Caf'),
      0xe9,
      0x22,
      0x7d,
      0x7d,
    ]);
    const { config, problems } = parseConfig(bytes);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toEqual([
      {
        field: '(file)',
        problem: expect.stringContaining('not UTF-8 text at line 2, column 24'),
        notice: { key: 'notUtf8', values: { line: 2, column: 24 } },
      },
    ]);
  });
});
