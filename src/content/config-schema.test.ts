import { describe, expect, it } from 'vitest';

import { parseConfig } from './config';
import { CONFIG_FIELD_SCHEMAS } from './config-schema';

/** A value at a dotted field, as config.json would hold it. */
const at = (field: string, value: unknown): unknown =>
  field
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value);

const SAMPLES: Record<keyof typeof CONFIG_FIELD_SCHEMAS, readonly unknown[]> = {
  'town.name': [
    'Zuidhaven',
    '  Zee  ',
    '',
    ' ',
    'A'.repeat(60),
    'A'.repeat(61),
    'a\u202eb',
    3,
    null,
  ],
  'town.mayor': ['Els de Vries', '', 'x\u0000'],
  'town.alderman': ['Bram', [], 'A'.repeat(61)],
  'town.areas': [{ lindehof: 'Zeezicht' }, { Lindehof: 'X' }, { lindehof: '' }, [], 'x', {}],
  'town.places': [{ pool: 'Het Havenbad' }, { pool: 5 }, { '1pool': 'X' }],
  logo: [
    'logo.svg',
    'img/logo.png',
    '/logo.svg',
    '../logo.svg',
    'https://x.example/l.png',
    'l.gif',
  ],
  'colours.accent': ['#0b5cab', '#0B5CAB', 'purple', '#fff', '#0b5cab0', 7],
  scenarios: [['zwembad'], [], ['Zwembad'], 'zwembad', ['a', 'b_2']],
  languages: [['nl', 'en'], ['fy'], [], ['NL'], ['en-GB'], [1]],
  defaultLanguage: ['nl', 'fy', 'EN', '', 'en-GB'],
  mode: ['solo', 'kiosk', 'facilitator', 'audience', '', 1],
  kioskIdleSeconds: [15, 90, 3600, 14, 3601, 20.5, '90'],
  boosterUrl: [
    'https://zuidhaven.example/meer',
    'http://x.example',
    'javascript:alert(1)',
    'ftp://x.example',
    'zuidhaven.example',
    '',
    'https://',
    'https://x.example:8080/a?b=c#d',
    ' https://x.example ',
  ],
  accessibilityContact: [
    'a11y@zuidhaven.example',
    'https://zuidhaven.example/melden',
    'mailto:a@b.example',
    'not an address',
    `${'a'.repeat(120)}@x.example`,
    `https://x.example/${'a'.repeat(200)}`,
  ],
  measures: [['two_factor'], [], ['firewall'], 'prebunking', ['prebunking', 'two_factor']],
};

describe('config.json: the game’s hand-written checks and the editors’ JSON Schema agree', () => {
  for (const [field, samples] of Object.entries(SAMPLES)) {
    it(field, () => {
      const schema = CONFIG_FIELD_SCHEMAS[field as keyof typeof CONFIG_FIELD_SCHEMAS];
      for (const value of samples) {
        const { problems } = parseConfig(JSON.stringify(at(field, value)));
        const accepted = !problems.some((p) => p.field === field);
        expect({ value, accepted }).toEqual({ value, accepted: schema.safeParse(value).success });
      }
    });
  }
});
