import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DiagnosticCode } from '../src/content/diagnostics';
import en from '../src/i18n/locales/en.json';
import nl from '../src/i18n/locales/nl.json';

const doc = readFileSync(path.resolve(import.meta.dirname, '../docs/diagnostics.md'), 'utf8');

describe('the error screen explains every code in every language', () => {
  it.each(Object.values(DiagnosticCode))('%s has a title and a fix in nl and en', (code) => {
    for (const locale of [nl, en] as const) {
      const entry = (locale.codes as Record<string, { title?: string; fix?: string } | undefined>)[
        code
      ];
      expect(entry?.title?.length ?? 0).toBeGreaterThan(5);
      expect(entry?.fix?.length ?? 0).toBeGreaterThan(5);
    }
  });
});

describe('docs/diagnostics.md', () => {
  it.each(Object.values(DiagnosticCode))('documents %s with an example line', (code) => {
    expect(doc).toContain(`## ${code} —`);
    expect(doc).toMatch(new RegExp(`\`${code} (error|warning) `));
  });
});
