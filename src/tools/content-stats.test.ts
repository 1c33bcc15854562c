import { describe, expect, it } from 'vitest';

import { readability, syllables } from './content-stats';

describe('readability figures', () => {
  it.each([
    ['gemeente', 'nl', 3],
    ['raadsvergadering', 'nl', 5],
    ['huis', 'nl', 1],
    ['vijftig', 'nl', 2],
    ['municipality', 'en', 6],
    ['rumour', 'en', 2],
    ['make', 'en', 1],
  ] as const)('%s has about %i syllables', (word, lang, expected) => {
    expect(syllables(word, lang)).toBe(expected);
  });

  it('short plain sentences read as easy, long ones as hard', () => {
    const easy = readability(['De markt gaat open. Kom ook. Het is leuk.'], 'nl');
    const hard = readability(
      [
        'De gemeenteraadsvergadering besprak uitgebreid de onteigeningsbeschikking betreffende het voormalige zwembadterrein en aanverwante gebiedsontwikkelingsvraagstukken.',
      ],
      'nl',
    );
    expect(easy.wordsPerSentence).toBeCloseTo(3, 5);
    expect(easy.readingEase).toBeGreaterThan(hard.readingEase + 60);
    expect(hard.longSentences).toBe(0);
    expect(
      readability(
        [
          'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.',
        ],
        'en',
      ).longSentences,
    ).toBe(1);
  });
});
