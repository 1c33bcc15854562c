import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '../content/load-content';
import en from '../i18n/locales/en.json';
import nl from '../i18n/locales/nl.json';
import { fileSource } from './file-source';
import { dutchShortfalls, shortfalls, textGroups } from './readability-groups';

const root = path.resolve(import.meta.dirname, '../..');

describe('readability of every text group a player reads', () => {
  it('measures stories, catalogue fields, discernment, interface and debrief texts', async () => {
    const groups = textGroups(await loadContent(fileSource(root)), { nl, en });
    const names = groups.map((g) => g.group);
    expect(names).toEqual(
      expect.arrayContaining([
        'catalogue: law',
        'catalogue: case',
        'discernment: explanations',
        'interface',
        'debrief and defender round',
      ]),
    );
    expect(names.filter((n) => n.startsWith('story: ')).length).toBeGreaterThanOrEqual(4);
    expect(groups.every((g) => g.readability.nl.words > 0 && g.readability.en.words > 0)).toBe(
      true,
    );
  });

  it('keeps every Dutch group at B1: Flesch–Douma 60+ and at most 15 words a sentence', async () => {
    const groups = textGroups(await loadContent(fileSource(root)), { nl, en });
    expect(dutchShortfalls(groups)).toEqual([]);
  });

  it('keeps every English group as plain: Flesch 60+ and at most 15 words a sentence (law texts included)', async () => {
    const groups = textGroups(await loadContent(fileSource(root)), { nl, en });
    expect(shortfalls(groups, 'en')).toEqual([]);
  });

  it('names a group that misses a target, with the figure and the target', () => {
    const hard = {
      words: 40,
      sentences: 1,
      wordsPerSentence: 40,
      syllablesPerWord: 2.2,
      longSentences: 1,
      readingEase: 2,
    };
    expect(
      dutchShortfalls([{ group: 'catalogue: law', readability: { nl: hard, en: hard } }]),
    ).toEqual([
      'catalogue: law: Flesch–Douma 2 (needs 60+)',
      'catalogue: law: 40.0 words per sentence (needs 15 or fewer)',
    ]);
    const plain = { ...hard, wordsPerSentence: 9, readingEase: 70 };
    expect(
      shortfalls([{ group: 'catalogue: law', readability: { nl: plain, en: hard } }], 'en'),
    ).toEqual([
      'catalogue: law: Flesch 2 (needs 60+)',
      'catalogue: law: 40.0 words per sentence (needs 15 or fewer)',
    ]);
  });
});
