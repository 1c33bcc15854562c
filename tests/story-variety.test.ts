/**
 * Every story has its own voice: a sentence of six words or more appears in one story only, so a
 * player who plays two stories does not meet the same background post or handler line twice.
 * The municipality's standard safety line is the one exception: a real municipality repeats it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const SHARED = new Set(['Wij vragen nooit om uw gegevens via een link.']);
const MIN_WORDS = 6;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const stories = readdirSync(path.join(root, 'scenarios'), { withFileTypes: true })
  .filter(
    (d) => d.isDirectory() && existsSync(path.join(root, 'scenarios', d.name, 'scenario.json')),
  )
  .map((d) => d.name);

describe('sentences across stories', () => {
  it.each(['nl', 'en'])('no sentence of six words or more recurs in two stories (%s)', (lang) => {
    const seen = new Map<string, Set<string>>();
    for (const story of stories) {
      const file = path.join(root, 'scenarios', story, 'locales', `${lang}.json`);
      const texts = strings(JSON.parse(readFileSync(file, 'utf8')));
      for (const sentence of texts.flatMap((t) => t.split(/(?<=[.!?])\s+/))) {
        const clean = sentence.trim();
        if (clean.split(/\s+/).length < MIN_WORDS || SHARED.has(clean)) continue;
        seen.set(clean, (seen.get(clean) ?? new Set()).add(story));
      }
    }
    const repeated = [...seen]
      .filter(([, where]) => where.size > 1)
      .map(([sentence, where]) => `${sentence} (${[...where].join(', ')})`);
    expect(stories.length).toBeGreaterThanOrEqual(5);
    expect(repeated).toEqual([]);
  });
});
