import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, type GameConfig } from '../content/config';
import { world } from '../../tests/support/fixtures';
import { contrastWithWhite, resolveConfig } from './resolve-config';

const worlds = new Map([['proef', world()]]);
const resolve = (config: Partial<GameConfig>) =>
  resolveConfig({ ...DEFAULT_CONFIG, ...config }, worlds, ['nl', 'en']);

describe('resolveConfig', () => {
  it('leaves everything as shipped by default', () => {
    const r = resolve({});
    expect(r.problems).toEqual([]);
    expect(r.languages).toEqual(['nl', 'en']);
    expect(r.defaultLanguage).toBe('nl');
    expect(r.worlds.get('proef')?.town.name).toBe('Testdorp');
  });

  it('renames the town and its people for every scenario', () => {
    const r = resolve({ town: { name: 'Zuidhaven', alderman: 'B. Kaya' } });
    expect(r.worlds.get('proef')?.town).toMatchObject({
      name: 'Zuidhaven',
      mayor: 'Mira Burg',
      alderman: 'B. Kaya',
    });
  });

  it('renames neighbourhoods and places from config.json, and reports ids the town profile lacks', () => {
    const r = resolve({
      town: {
        areas: { west: 'Zeezicht', noord: 'Noord' },
        places: { square: 'Havenplein', zwembad: 'Het Bad' },
      },
    });
    const renamed = r.worlds.get('proef')?.town;
    expect(renamed?.neighbourhoods.map((n) => n.name)).toEqual(['Zeezicht', 'Midden', 'Oost']);
    expect(renamed?.places).toEqual({ square: 'Havenplein', radio: 'Radio Testdorp' });
    expect(r.problems).toEqual([
      {
        field: 'town.areas',
        problem:
          "names 'noord', which the town profile does not have (known: west, midden, oost); it is ignored",
        notice: { key: 'unknownArea', values: { id: 'noord', known: 'west, midden, oost' } },
      },
      {
        field: 'town.places',
        problem:
          "names 'zwembad', which the town profile does not have (known: square, radio); it is ignored",
        notice: { key: 'unknownPlace', values: { id: 'zwembad', known: 'square, radio' } },
      },
    ]);
  });

  it("switches on the municipality's own resilience measures in every scenario, so the techniques they catch backfire", () => {
    const r = resolve({ measures: ['known_letter_style', 'two_factor'] });
    expect(r.worlds.get('proef')?.sim?.measures).toEqual(['known_letter_style', 'two_factor']);
    expect(resolve({}).worlds.get('proef')?.sim?.measures).toEqual([]);
  });

  it('reports unknown scenarios and languages, and never leaves nothing to play', () => {
    const r = resolve({ scenarios: ['zwembad'], languages: ['de'], defaultLanguage: 'fr' });
    expect(r.worlds.size).toBe(1);
    expect(r.languages).toEqual(['nl', 'en']);
    expect(r.problems.map((p) => p.field)).toEqual([
      'scenarios',
      'scenarios',
      'languages',
      'defaultLanguage',
    ]);
  });

  it('offers only the chosen language, as the default', () => {
    const r = resolve({ languages: ['en'] });
    expect(r).toMatchObject({ languages: ['en'], defaultLanguage: 'en', problems: [] });
  });

  it('refuses an accent colour that white text cannot be read on', () => {
    expect(resolve({ colours: { accent: '#7a1f5c' } }).accent).toBe('#7a1f5c');
    const pale = resolve({ colours: { accent: '#ffdd00' } });
    expect(pale.accent).toBeUndefined();
    expect(pale.problems[0]?.problem).toContain('4.5:1');
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#0b5cab')).toBeGreaterThan(4.5);
  });

  it('takes the default mode', () => {
    expect(resolve({})).toMatchObject({ mode: 'solo', problems: [] });
    expect(resolve({ mode: 'kiosk' })).toMatchObject({ mode: 'kiosk', problems: [] });
    expect(resolve({ mode: 'facilitator' })).toMatchObject({ mode: 'facilitator', problems: [] });
  });
});
