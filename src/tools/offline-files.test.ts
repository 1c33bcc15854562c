import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { offlineContentFiles } from './offline-files';

function site(files: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'offline-'));
  for (const [file, value] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), JSON.stringify(value));
  }
  return root;
}

describe('offlineContentFiles', () => {
  it('carries the listed scenarios with their locales and town, the catalogue, the check and config; no stray folder', async () => {
    const root = site({
      'scenarios/index.json': { format: 1, scenarios: ['zwembad'] },
      'scenarios/zwembad/scenario.json': { town: 'lindewaard' },
      'scenarios/zwembad/locales/nl.json': {},
      'scenarios/zwembad/locales/en.json': {},
      'scenarios/towns/lindewaard.json': {},
      'scenarios/towns/elders.json': {},
      'scenarios/techniques/catalogue.json': {},
      'scenarios/techniques/locales/nl.json': {},
      'scenarios/techniques/locales/en.json': {},
      'scenarios/discernment/items.json': {},
      'scenarios/discernment/locales/nl.json': {},
      'scenarios/discernment/locales/en.json': {},
      'scenarios/verdwaald/scenario.json': { town: 'elders', huge: 'x'.repeat(10_000) },
      'scenarios/verdwaald/locales/nl.json': {},
      'assets/config.json': {},
    });
    expect(Object.keys(await offlineContentFiles(root)).sort()).toEqual([
      'config.json',
      'scenarios/discernment/items.json',
      'scenarios/discernment/locales/en.json',
      'scenarios/discernment/locales/nl.json',
      'scenarios/index.json',
      'scenarios/techniques/catalogue.json',
      'scenarios/techniques/locales/en.json',
      'scenarios/techniques/locales/nl.json',
      'scenarios/towns/lindewaard.json',
      'scenarios/zwembad/locales/en.json',
      'scenarios/zwembad/locales/nl.json',
      'scenarios/zwembad/scenario.json',
    ]);
  });

  it('carries the languages config.json lists: their texts and the interface file of an extra one', async () => {
    const root = site({
      'scenarios/index.json': { format: 1, scenarios: ['zwembad'] },
      'scenarios/zwembad/scenario.json': { town: 'lindewaard' },
      'scenarios/zwembad/locales/nl.json': {},
      'scenarios/zwembad/locales/en.json': {},
      'scenarios/zwembad/locales/fy.json': {},
      'assets/locales/fy.json': {},
      'assets/config.json': { languages: ['fy', 'nl'] },
    });
    const files = Object.keys(await offlineContentFiles(root));
    expect(files).toContain('locales/fy.json');
    expect(files).toContain('scenarios/zwembad/locales/fy.json');
    expect(files).toContain('scenarios/zwembad/locales/nl.json');
    expect(files).not.toContain('scenarios/zwembad/locales/en.json');
  });

  it('a broken index carries only itself and the shared files, never a crash', async () => {
    const root = site({ 'scenarios/techniques/catalogue.json': {} });
    writeFileSync(path.join(root, 'scenarios/index.json'), '{ broken');
    expect(Object.keys(await offlineContentFiles(root)).sort()).toEqual([
      'scenarios/index.json',
      'scenarios/techniques/catalogue.json',
    ]);
  });
});
