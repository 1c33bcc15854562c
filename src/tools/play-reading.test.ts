import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from './check-content';
import { fileSource } from './file-source';
import { playReading } from './play-reading';

const root = path.resolve(import.meta.dirname, '../..');
const content = await checkContent(fileSource(root));

describe('reading on the play screen (the play issue’s reading model)', () => {
  it.each(content.scenarios.map((s) => [s.scenario.id, s] as const))(
    '%s: at most 80 words a step before choosing, on average',
    (_id, loaded) => {
      expect(playReading(loaded).wordsPerStep).toBeLessThanOrEqual(80);
    },
  );

  it('a zwembad session (longest path, switch-sides round, results card) fits 15 minutes', () => {
    const zwembad = content.scenarios.find((s) => s.scenario.id === 'zwembad');
    expect(zwembad).toBeDefined();
    if (zwembad) expect(playReading(zwembad).sessionMinutes).toBeLessThanOrEqual(15);
  });
});
