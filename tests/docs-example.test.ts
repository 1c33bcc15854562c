import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '../src/tools/check-content';
import { fileSource } from '../src/tools/file-source';

const root = path.resolve(import.meta.dirname, '..');
const doc = readFileSync(path.join(root, 'docs/scenario-format.md'), 'utf8');

/** The JSON code block that follows the line naming `file` in the document. */
function blockAfter(file: string): string {
  const start = doc.indexOf(`\`${file}\``);
  const match = /```json\n([\s\S]*?)```/.exec(doc.slice(start));
  if (start < 0 || match?.[1] === undefined)
    throw new Error(`no example for ${file} in docs/scenario-format.md`);
  return match[1];
}

describe('the example in docs/scenario-format.md', () => {
  it('passes the checker, with the shipped town and catalogue', async () => {
    const files: Record<string, string> = {
      'scenarios/voorbeeld/scenario.json': blockAfter('scenarios/voorbeeld/scenario.json'),
      'scenarios/voorbeeld/locales/nl.json': blockAfter('scenarios/voorbeeld/locales/nl.json'),
      'scenarios/voorbeeld/locales/en.json': blockAfter('scenarios/voorbeeld/locales/nl.json'),
    };
    const disk = fileSource(root);
    const source = {
      read: (p: string) => (p in files ? Promise.resolve(files[p] ?? null) : disk.read(p)),
    };
    const content = await checkContent(source, [
      { file: 'scenarios/voorbeeld/scenario.json', folder: 'scenarios/voorbeeld' },
    ]);
    expect(content.diagnostics).toEqual([]);
    expect(content.scenarios).toHaveLength(1);
  });
});

describe('the technique ids in docs/scenario-format.md', () => {
  it('are exactly the catalogue ids, in its order, one table row each with a line that explains it', () => {
    const catalogue = JSON.parse(
      readFileSync(path.join(root, 'scenarios/techniques/catalogue.json'), 'utf8'),
    ) as { techniques: { id: string }[] };
    const section = doc.slice(doc.indexOf('### Technique ids'));
    const rows = [...section.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \| ([^|]+) \|$/gm)];
    expect(rows.map((row) => row[1])).toEqual(
      catalogue.techniques.map((technique) => technique.id),
    );
    for (const row of rows)
      expect(`${row[2] ?? ''}${row[3] ?? ''}`.length, row[1]).toBeGreaterThan(40);
  });

  it('sits beside both checklists (a story, a language)', () => {
    expect(doc).toContain('## Checklist: adding a story');
    expect(doc).toContain('## Checklist: adding a language');
  });
});
