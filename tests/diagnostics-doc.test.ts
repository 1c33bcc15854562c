import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { DiagnosticCode } from '../src/content/diagnostics';

const doc = readFileSync(path.resolve(import.meta.dirname, '../docs/diagnostics.md'), 'utf8');

describe('docs/diagnostics.md', () => {
  it.each(Object.values(DiagnosticCode))('documents %s with an example line', (code) => {
    expect(doc).toContain(`## ${code} —`);
    expect(doc).toMatch(new RegExp(`\`${code} (error|warning) `));
  });
});
