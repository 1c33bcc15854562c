/**
 * config.json's problems reach the player as notices in the player's language (nl or en), not as
 * English sentences inside a Dutch frame.
 */
import { describe, expect, it } from 'vitest';

import { fieldKey, parseConfig } from '../src/content/config';
import { createI18n } from '../src/i18n/create-i18n';
import en from '../src/i18n/locales/en.json';
import nl from '../src/i18n/locales/nl.json';
import { configNotice, resolveConfig } from '../src/store/resolve-config';
import { parseLaunchOptions } from '../src/store/launch-options';
import { world } from './support/fixtures';

const i18n = await createI18n('nl', { nl: { ui: nl }, en: { ui: en } }, 'nl');

/** Every notice of a config.json text, as the player reads it in `lang`. */
function noticesFor(text: string, lang: 'nl' | 'en'): string[] {
  const { config, problems } = parseConfig(text);
  const resolved = resolveConfig(config, new Map([['proef', world()]]), ['nl', 'en']);
  return [...problems, ...resolved.problems].map((p) => {
    const n = configNotice(p);
    const key = n.key;
    expect(i18n.exists(key, { lng: lang, ns: 'ui', ...n.values }), key).toBe(true);
    return i18n.t(key, { lng: lang, ns: 'ui', ...n.values });
  });
}

/** Words that give English away on a Dutch screen. */
const ENGLISH = /\b(the|is not|which|used|ignored|contrast of|default)\b/i;

describe('config notices in the player language', () => {
  const bad = JSON.stringify({
    town: { name: '', mayor: 'M', areas: { noord: 'Noord' }, places: { zwembad: 'Bad' } },
    colours: { accent: '#2a8c8c' },
    logo: 'https://elders.example/logo.png',
    scenarios: ['proef', 'onbekend'],
    languages: ['nl', 'fy'],
    defaultLanguage: 'de',
    mode: 'feest',
    kioskIdleSeconds: 5,
    boosterUrl: 'javascript:alert(1)',
    accessibilityContact: 'niemand',
    measures: ['firewall'],
    colour: 'rood',
  });

  it('has a Dutch and an English text for every problem, none of them English on the Dutch screen', () => {
    const dutch = noticesFor(bad, 'nl');
    const english = noticesFor(bad, 'en');
    expect(dutch).toHaveLength(14);
    expect(english).toHaveLength(dutch.length);
    for (const text of dutch) {
      expect(text).toMatch(/^config\.json/);
      expect(text, text).not.toMatch(ENGLISH);
      expect(text).not.toMatch(/\{\{|\}\}/);
    }
    for (const text of english) expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('writes numbers the way the language does (the contrast ratio)', () => {
    const [nlText] = noticesFor(JSON.stringify({ colours: { accent: '#2a8c8c' } }), 'nl');
    const [enText] = noticesFor(JSON.stringify({ colours: { accent: '#2a8c8c' } }), 'en');
    expect(nlText).toBe(
      'config.json, colours.accent: de kleur #2a8c8c heeft met wit een contrast van 4,0:1. Knoppen hebben minstens 4,5:1 nodig om goed leesbaar te zijn (WCAG). Het spel gebruikt daarom de standaardkleur.',
    );
    expect(enText).toContain('a contrast of 4.0:1 with white. Buttons need at least 4.5:1');
  });

  it('names the value and the file for an invalid field, and counts unknown settings', () => {
    expect(noticesFor(JSON.stringify({ mode: 'feest' }), 'nl')).toEqual([
      'config.json, mode: "feest" bestaat niet. Kies solo, kiosk of facilitator. Het spel gebruikt solo.',
    ]);
    expect(noticesFor(JSON.stringify({ kleur: 1, taal: 2 }), 'nl')).toEqual([
      'config.json bevat 2 onbekende instellingen: kleur, taal. Die zijn genegeerd. Controleer de spelling in docs/configuration.md.',
    ]);
    expect(noticesFor('{ "mode": "solo" "x": 1 }', 'en')[0]).toMatch(
      /^config\.json is not valid JSON \(line 1, column 18\)/,
    );
  });

  it('has a text for every field config.json can get wrong', () => {
    const fields = Object.keys(
      (nl.notice.configProblem as { invalid: Record<string, string> }).invalid,
    );
    for (const field of [
      'town.name',
      'town.mayor',
      'town.alderman',
      'town.areas',
      'town.places',
      'logo',
      'colours.accent',
      'scenarios',
      'languages',
      'defaultLanguage',
      'mode',
      'kioskIdleSeconds',
      'boosterUrl',
      'accessibilityContact',
      'measures',
    ])
      expect(fields).toContain(fieldKey(field));
  });

  it('an added language whose file is there but broken is named as broken, with its place, not as missing', () => {
    const { config } = parseConfig(JSON.stringify({ languages: ['nl', 'en', 'fy'] }));
    const broken = new Map([
      ['fy', { file: 'locales/fy.json', code: 'SCN002', line: 1, column: 1 }],
    ]);
    const resolved = resolveConfig(config, new Map([['proef', world()]]), ['nl', 'en'], broken);
    expect(resolved.languages).toEqual(['nl', 'en']);
    const say = (lang: 'nl' | 'en') =>
      resolved.problems.map((p) => {
        const n = configNotice(p);
        return i18n.t(n.key, { lng: lang, ns: 'ui', ...n.values });
      });
    expect(say('nl')).toEqual([
      "config.json, languages: het bestand locales/fy.json voor de taal 'fy' is er, maar het spel kan het niet lezen: Een veld ontbreekt, is verkeerd gespeld of heeft een verkeerde waarde (SCN002, regel 1, kolom 1). Tot het klopt, is deze taal weggelaten. Beschikbaar: nl, en.",
    ]);
    expect(say('en')[0]).toMatch(
      /^config\.json, languages: the file locales\/fy\.json for the language 'fy' is there, but the game cannot read it: .+ \(SCN002, line 1, column 1\)\./,
    );
  });

  it('URL notices are in the player language too', () => {
    const { notices } = parseLaunchOptions('?lang=xx&foo=1', ['nl', 'en'], ['proef']);
    for (const n of notices) {
      const text = i18n.t(n.key, { lng: 'nl', ns: 'ui', ...n.values });
      expect(text).not.toMatch(ENGLISH);
      expect(text).toMatch(/webadres/);
    }
  });
});
