import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * Every text with a count goes through i18next's plural forms, in every locale file of the
 * interface (src/i18n/locales) and of the content (scenarios/<folder>/locales): no "1 berichten",
 * no "1 inwoners". A text with {{count}} has its `_one` and `_other`; a plural key has both; and a
 * number is never put before a noun that has a plural, in a text without plural forms.
 */
const root = path.resolve(import.meta.dirname, '../..');
const LANGS = ['nl', 'en'] as const;

/** Nouns (and a few adjectives before them) that change between one and more, per language. */
const PLURAL_NOUNS: Record<(typeof LANGS)[number], readonly string[]> = {
  nl: [
    'berichten',
    'inwoners',
    'reacties',
    'stemmen',
    'badges',
    'zetten',
    'stappen',
    'minuten',
    'seconden',
    'technieken',
    'wijken',
    'volgers',
    'mensen',
    'spellen',
    'spelers',
    'antwoorden',
    'deelnemers',
    'bezoekers',
    'verhalen',
    'personen',
  ],
  en: [
    'posts',
    'messages',
    'comments',
    'replies',
    'residents',
    'votes',
    'badges',
    'moves',
    'steps',
    'minutes',
    'seconds',
    'techniques',
    'neighbourhoods',
    'followers',
    'people',
    'games',
    'players',
    'answers',
    'participants',
    'visitors',
    'stories',
    'times',
    'shares',
    'likes',
    'views',
  ],
};

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Variables that hold a name or a sentence, never a number ({{area.x}} and {{place.x}} too). */
const NOT_NUMBERS = new Set([
  'town',
  'platform',
  'name',
  'author',
  'story',
  'title',
  'move',
  'technique',
  'letter',
  'mayor',
  'alderman',
  'ending',
  'response',
  'change',
  'problem',
  'field',
  'reason',
  'stake',
  'fit',
  'answer',
  'areas',
  'names',
  'valid',
]);

/** Every locale file this project ships, by folder and language. */
function localeFiles(): { file: string; lang: (typeof LANGS)[number] }[] {
  const files = LANGS.map((lang) => ({ file: `src/i18n/locales/${lang}.json`, lang }));
  for (const folder of readdirSync(path.join(root, 'scenarios'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const lang of LANGS) {
      const file = `scenarios/${folder.name}/locales/${lang}.json`;
      try {
        readFileSync(path.join(root, file));
        files.push({ file, lang });
      } catch {
        // a folder without locales (towns)
      }
    }
  }
  return files;
}

/** Dotted key → text, for every string in a locale tree (lists by index). */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    leaves(value, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** What is wrong with the plural forms of one locale file (empty when nothing). */
function pluralProblems(
  texts: readonly (readonly [string, string])[],
  lang: (typeof LANGS)[number],
): string[] {
  const keys = new Set(texts.map(([key]) => key));
  const problems: string[] = [];
  const nouns = new Set(PLURAL_NOUNS[lang]);
  for (const [key, text] of texts) {
    const plural = /_(one|other)$/.exec(key);
    if (plural) {
      const twin = key.replace(/_(one|other)$/, plural[1] === 'one' ? '_other' : '_one');
      if (!keys.has(twin)) problems.push(`${key}: has no ${twin}`);
      continue;
    }
    if (PLURAL_SUFFIX.test(key)) continue;
    if (/\{\{\s*count\b/.test(text))
      problems.push(`${key}: has {{count}} but no _one/_other forms: "${text}"`);
    for (const match of text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}\s+(\p{L}+)(?:\s+(\p{L}+))?/gu)) {
      const variable = match[1] ?? '';
      if (variable.includes('.') || NOT_NUMBERS.has(variable)) continue;
      const words = [match[2], match[3]].map((w) => w?.toLowerCase() ?? '');
      const noun = words.find((w) => nouns.has(w));
      if (noun !== undefined)
        problems.push(`${key}: puts a number before "${noun}" without plural forms: "${text}"`);
    }
  }
  return problems;
}

describe('plural forms in every locale file', () => {
  const files = localeFiles();

  it('finds the interface and the stories’ locale files', () => {
    expect(files.length).toBeGreaterThanOrEqual(2 + 2 * 5);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s', (_file, { file, lang }) => {
    const tree = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;
    expect(pluralProblems(leaves(tree), lang)).toEqual([]);
  });

  it('catches what it is for (positive controls)', () => {
    expect(
      pluralProblems(
        [
          ['a', '{{count}} berichten'],
          ['b_one', '{{count}} reactie'],
          ['c', 'Heel {{town}}, {{residents}} inwoners'],
          ['d', 'Je herkende {{hits}} van de {{total}} misleidende berichten'],
          ['e_one', '{{count}} bericht'],
          ['e_other', '{{count}} berichten'],
          ['f', '{{value}}% gelooft het'],
          ['g', 'Op {{platform}} krijgen mensen berichten'],
        ],
        'nl',
      ),
    ).toEqual([
      'a: has {{count}} but no _one/_other forms: "{{count}} berichten"',
      'a: puts a number before "berichten" without plural forms: "{{count}} berichten"',
      'b_one: has no b_other',
      'c: puts a number before "inwoners" without plural forms: "Heel {{town}}, {{residents}} inwoners"',
      'd: puts a number before "berichten" without plural forms: "Je herkende {{hits}} van de {{total}} misleidende berichten"',
    ]);
  });
});
