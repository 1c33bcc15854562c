import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('the catalogue: one line per technique on how to spot it (the results card)', () => {
  it.each(['nl', 'en'])('%s: every tell has at most 20 words', (lang) => {
    const file = path.join(root, 'scenarios/techniques/locales', `${lang}.json`);
    const locale = JSON.parse(readFileSync(file, 'utf8')) as {
      techniques: Record<string, { tell?: string }>;
    };
    const tooLong = Object.entries(locale.techniques)
      .map(([id, t]) => [id, (t.tell ?? '').split(/\s+/).filter(Boolean).length] as const)
      .filter(([, words]) => words === 0 || words > 20);
    expect(tooLong).toEqual([]);
  });
});
