import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, parseConfig } from './config';

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
      { field: '(file)', problem: expect.stringMatching(/not valid JSON at line 3, column 3/) },
    ]);
    expect(parseConfig('[1, 2]').problems[0]?.problem).toContain('must be a JSON object');
    expect(problems[0]?.problem).not.toContain('default'); // the notice around it says so, in the player's language
  });
});
