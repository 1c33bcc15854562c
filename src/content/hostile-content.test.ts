import { describe, expect, it } from 'vitest';

import { contentFiles, memorySource, scenario, scenarioLocale } from '../../tests/support/fixtures';
import type { ContentSource } from './content-source';
import { formatDiagnostic } from './diagnostics';
import { MAX_JSON_DEPTH } from './json-with-positions';
import { loadContent } from './load-content';
import { LARGE_FILE_BYTES } from './validate-file';

/** Two stories, 'proef' and 'tweede'; the tests break the second and expect the first to play. */
function twoStories(): Record<string, string> {
  const files = contentFiles();
  const json = (value: unknown): string => JSON.stringify(value, null, 2);
  files['scenarios/index.json'] = json({ format: 1, scenarios: ['proef', 'tweede'] });
  files['scenarios/tweede/scenario.json'] = json({ ...scenario(), id: 'tweede' });
  files['scenarios/tweede/locales/nl.json'] = json(scenarioLocale('nl'));
  files['scenarios/tweede/locales/en.json'] = json(scenarioLocale('en'));
  return files;
}
const SECOND = 'scenarios/tweede/scenario.json';

/** A source that hands out bytes, as fetch and the file system do. */
function byteSource(files: Record<string, string | Uint8Array>): ContentSource {
  const encoder = new TextEncoder();
  return {
    read: (path) => {
      const file = files[path];
      if (file === undefined) return Promise.resolve(null);
      return Promise.resolve(typeof file === 'string' ? encoder.encode(file) : file);
    },
  };
}

const playable = async (source: ContentSource) => {
  const content = await loadContent(source);
  return { ids: content.scenarios.map((s) => s.scenario.id), diagnostics: content.diagnostics };
};

describe('hostile content files: a diagnostic, never a crash, and the other stories play', () => {
  it('SCN026: a file nested 20,000 levels deep', async () => {
    const files = twoStories();
    files[SECOND] = '['.repeat(20_000) + ']'.repeat(20_000);
    const { ids, diagnostics } = await playable(memorySource(files));
    expect(ids).toEqual(['proef']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'SCN026', severity: 'error', file: SECOND });
    expect(diagnostics[0]?.column).toBe(MAX_JSON_DEPTH + 1);
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/more than 100 levels deep/);
  });

  it('SCN027: bytes that are not UTF-8, with line and column; the file is not read as "�"', async () => {
    const files: Record<string, string | Uint8Array> = twoStories();
    const text = files[SECOND] as string;
    const at = text.indexOf('"id"');
    const latin1 = new Uint8Array([0x22, 0xe9, 0x22, 0x3a, 0x20, 0x31, 0x2c, 0x20]); // "é": 1, in Windows-1252
    const encoded = new TextEncoder().encode(text);
    files[SECOND] = new Uint8Array([
      ...encoded.subarray(0, at),
      ...latin1,
      ...encoded.subarray(at),
    ]);
    const { ids, diagnostics } = await playable(byteSource(files));
    expect(ids).toEqual(['proef']);
    expect(diagnostics.map((d) => d.code)).toEqual(['SCN027']);
    expect(diagnostics[0]).toMatchObject({ file: SECOND, line: 3, column: 4 });
  });

  it('valid UTF-8 with accents, emoji and a byte-order mark loads from bytes', async () => {
    const files: Record<string, string | Uint8Array> = twoStories();
    const locale = scenarioLocale('nl');
    const withBom = '\uFEFF' + JSON.stringify({ ...locale, title: 'Café “Één” 🎪' });
    files['scenarios/tweede/locales/nl.json'] = withBom;
    const { ids, diagnostics } = await playable(byteSource(files));
    expect(diagnostics).toEqual([]);
    expect(ids).toEqual(['proef', 'tweede']);
  });

  it('SCN028: a key given twice is a warning naming both places; the story still plays', async () => {
    const files = twoStories();
    files[SECOND] = (files[SECOND] ?? '').replace(
      '"id": "tweede",',
      '"id": "oud",\n  "id": "tweede",',
    );
    const { ids, diagnostics } = await playable(memorySource(files));
    expect(ids).toEqual(['proef', 'tweede']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'SCN028',
      severity: 'warning',
      path: 'id',
      line: 4,
      column: 3,
    });
    expect(diagnostics[0]?.message).toContain('at line 3, column 3 and at line 4, column 3');
  });

  it('SCN029: a file above the size limit is a warning', async () => {
    const files = twoStories();
    const locale = scenarioLocale('en');
    files['scenarios/tweede/locales/en.json'] = JSON.stringify(locale).replace(
      /}$/,
      `, "padding": "${'x'.repeat(LARGE_FILE_BYTES)}"}`,
    );
    const { ids, diagnostics } = await playable(memorySource(files));
    expect(ids).toContain('proef');
    expect(diagnostics.filter((d) => d.code === 'SCN029')).toMatchObject([
      { severity: 'warning', file: 'scenarios/tweede/locales/en.json' },
    ]);
    expect(diagnostics.find((d) => d.code === 'SCN029')?.message).toMatch(/1\.0 MB/);
  });

  it('SCN030: a scenario the server cannot deliver leaves the others playable', async () => {
    const files = twoStories();
    const inner = memorySource(files);
    const failing: ContentSource = {
      read: (path) =>
        path === SECOND
          ? Promise.reject(new Error(`${path}: the server answered 500 Internal Server Error`))
          : inner.read(path),
    };
    const { ids, diagnostics } = await playable(failing);
    expect(ids).toEqual(['proef']);
    expect(diagnostics).toMatchObject([{ code: 'SCN030', severity: 'error', file: SECOND }]);
  });

  it('"__proto__" is a key, not a prototype: a start only under it does not pass', async () => {
    const files = twoStories();
    const s = { ...scenario(), id: 'tweede' } as Record<string, unknown>;
    const start = s.start;
    delete s.start;
    files[SECOND] = JSON.stringify(s).replace(
      /^\{/,
      `{"__proto__": {"start": ${JSON.stringify(start)}},`,
    );
    const { ids, diagnostics } = await playable(memorySource(files));
    expect(ids).toEqual(['proef']);
    expect(diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(
      expect.arrayContaining(['SCN002 start']),
    );
    expect(diagnostics.some((d) => d.message.includes("'__proto__'"))).toBe(true);
  });

  it('a bad escape in a string is SCN001, not a crash', async () => {
    const files = twoStories();
    files[SECOND] = '{"id": "a\\x"}';
    const { ids, diagnostics } = await playable(memorySource(files));
    expect(ids).toEqual(['proef']);
    expect(diagnostics).toMatchObject([{ code: 'SCN001', line: 1, column: 10 }]);
  });
});
