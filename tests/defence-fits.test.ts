import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { RESPONSES } from '../src/content/catalogue-schema';
import { loadContent } from '../src/content/load-content';
import { responseFit, techniqueFits } from '../src/engine/defence';
import { fileSource } from '../src/tools/file-source';

const root = path.resolve(import.meta.dirname, '..');
const content = await loadContent(fileSource(root));
const catalogue = content.catalogue;

/** Every move of every shipped story that uses a technique: each can become a defender moment. */
const moments = content.scenarios.flatMap((s) =>
  s.scenario.nodes.flatMap((node) =>
    (node.choices ?? [])
      .filter((c) => (c.techniques ?? []).length > 0)
      .map((c) => ({
        where: `${s.scenario.id}/${node.id}/${c.id}`,
        techniques: c.techniques ?? [],
      })),
  ),
);

describe('defender round over all moments of all stories', () => {
  it('has moments to check in every story', () => {
    expect(catalogue).toBeDefined();
    const stories = new Set(moments.map((m) => m.where.split('/')[0]));
    expect(stories.size).toBe(content.scenarios.length);
  });

  it('never calls an answer "good" that a technique of the same move rates risky', () => {
    if (catalogue === undefined) return;
    const wrong = moments.flatMap(({ where, techniques }) =>
      RESPONSES.filter(
        (response) =>
          responseFit(catalogue, techniques, response) === 'good' &&
          techniqueFits(catalogue, techniques, response).some((f) => f.fit === 'risky'),
      ).map((response) => `${where}: ${response}`),
    );
    expect(wrong).toEqual([]);
  });

  it('calls such an answer "mixed" when another technique of the move rates it good', () => {
    if (catalogue === undefined) return;
    for (const { techniques } of moments) {
      for (const response of RESPONSES) {
        const fits = techniqueFits(catalogue, techniques, response).map((f) => f.fit);
        const expected =
          fits.includes('risky') && fits.includes('good')
            ? 'mixed'
            : fits.includes('risky')
              ? 'risky'
              : fits.includes('good')
                ? 'good'
                : 'neutral';
        expect(responseFit(catalogue, techniques, response)).toBe(expected);
      }
    }
    // The case from the review: correcting a flood that is also trolling.
    expect(responseFit(catalogue, ['amplification', 'trolling'], 'correct')).not.toBe('good');
    expect(responseFit(catalogue, ['emotion', 'trolling'], 'correct')).toBe('mixed');
  });

  it('follows the law texts: no police report against a conspiracy as such, no correcting a deepfake of a politician', () => {
    if (catalogue === undefined) return;
    expect(responseFit(catalogue, ['conspiracy'], 'report')).not.toBe('good');
    expect(responseFit(catalogue, ['fabricated_media'], 'correct')).not.toBe('good');
    expect(responseFit(catalogue, ['doxxing'], 'report')).toBe('good');
  });
});
