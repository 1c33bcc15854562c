import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { contentFiles, memorySource } from './support/fixtures';
import { fileSource } from '../src/tools/file-source';
import type { ContentSource } from '../src/content/content-source';
import { type Diagnostic, formatDiagnostic } from '../src/content/diagnostics';
import { loadContent } from '../src/content/load-content';

const root = path.resolve(import.meta.dirname, '..');
const shipped = fileSource(root);

/** The shipped content with one file replaced by `text`. */
const withFile = (file: string, edit: (text: string) => string): ContentSource => ({
  async read(wanted) {
    const content = await shipped.read(wanted);
    if (wanted !== file || content === null) return content;
    return edit(typeof content === 'string' ? content : new TextDecoder().decode(content));
  },
});
const dropComma = (text: string): string => text.replace('"format": 1,', '"format": 1');
const codesIn = (ds: readonly Diagnostic[]): string[] => [...new Set(ds.map((d) => d.code))];

describe('a broken shared file comes first; what follows from it alone is left out', () => {
  it('the technique catalogue: its place and fix first, no "unknown technique" at every move', async () => {
    const { diagnostics, scenarios } = await loadContent(
      withFile('scenarios/techniques/catalogue.json', dropComma),
    );
    expect(scenarios).toEqual([]);
    const [first] = diagnostics;
    expect(first).toMatchObject({
      code: 'SCN001',
      file: 'scenarios/techniques/catalogue.json',
      line: 4,
      column: 3,
    });
    // Every move of the five stories names a technique: 236 of them were SCN011 "Use one of: ;".
    expect(first?.consequences).toBeGreaterThan(200);
    expect(codesIn(diagnostics)).toEqual(['SCN001']);
    expect(formatDiagnostic(first!)).toMatch(
      /^SCN001 error scenarios\/techniques\/catalogue\.json:4:3 \(whole file\): This is not valid JSON: .* Fix: .* Stories need this file, so fix it first and check again\. \d+ findings in other files follow only from this one and are not shown\.$/,
    );
  });

  it('the town profile: no "town has no profile", unknown accounts or places in every story', async () => {
    const { diagnostics } = await loadContent(
      withFile('scenarios/towns/lindewaard.json', (text) =>
        text.replace('"name":', '"name" "Lindewaard",'),
      ),
    );
    expect(diagnostics[0]).toMatchObject({
      code: 'SCN001',
      file: 'scenarios/towns/lindewaard.json',
      line: 5,
    });
    expect(diagnostics[0]?.consequences).toBeGreaterThan(100);
    expect(codesIn(diagnostics)).toEqual(['SCN001']);
  });

  it('a town that reads but fails its own checks is the cause too', async () => {
    const { diagnostics } = await loadContent(
      withFile('scenarios/towns/lindewaard.json', (text) => {
        const town = JSON.parse(text) as { neighbourhoods: { neighbours: string[] }[] };
        town.neighbourhoods[0]?.neighbours.push('atlantis');
        return JSON.stringify(town, null, 2);
      }),
    );
    expect(diagnostics[0]).toMatchObject({
      code: 'SCN020',
      file: 'scenarios/towns/lindewaard.json',
    });
    expect(diagnostics[0]?.consequences).toBeGreaterThan(100);
    expect(codesIn(diagnostics)).toEqual(['SCN020']);
  });

  it('the story index: the discernment check does not report every place as unknown', async () => {
    const { diagnostics } = await loadContent(
      withFile('scenarios/index.json', () => '{"scenarios": [\n'),
    );
    expect(diagnostics[0]).toMatchObject({ code: 'SCN001', file: 'scenarios/index.json' });
    expect(diagnostics[0]?.consequences).toBeGreaterThan(10);
    expect(codesIn(diagnostics)).toEqual(['SCN001']);
  });

  it("keeps a story's own error, after the shared file's", async () => {
    const files = contentFiles();
    files['scenarios/techniques/catalogue.json'] = '{ "format": 1, "techniques": [ }';
    files['scenarios/proef/scenario.json'] = (files['scenarios/proef/scenario.json'] ?? '').replace(
      '"to": "quiet"',
      '"to": "nergens"',
    );
    const { diagnostics } = await loadContent(memorySource(files));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.file}`)).toEqual([
      'SCN001 scenarios/techniques/catalogue.json',
      'SCN004 scenarios/proef/scenario.json',
    ]);
    // 'lie' names one technique and 'boast' two: three SCN011 left out.
    expect(diagnostics[0]?.consequences).toBe(3);
  });

  it('marks nothing when every shared file is fine', async () => {
    const files = contentFiles();
    files['scenarios/proef/scenario.json'] = (files['scenarios/proef/scenario.json'] ?? '').replace(
      '"to": "quiet"',
      '"to": "nergens"',
    );
    const { diagnostics } = await loadContent(memorySource(files));
    expect(diagnostics.some((d) => d.consequences !== undefined)).toBe(false);
    expect(formatDiagnostic(diagnostics[0]!)).not.toContain('fix it first');
  });
});
