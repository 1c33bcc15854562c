import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

/**
 * Sizes of the production build (dist/, made by `npm test` before the suites run): what a
 * visitor downloads. Speed itself is measured by scripts/bench-startup.mjs, not asserted here.
 */
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const KB = 1000;

const gzipSize = async (file: string): Promise<number> =>
  gzipSync(await readFile(path.join(DIST, file)), { level: 9 }).length;

/**
 * The scripts the page runs before any of the game: the entry script, its modulepreloads and
 * everything they import statically (dynamic `import()`s, such as the map, come later).
 */
async function firstScripts(): Promise<string[]> {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const pending = [
    ...html.matchAll(
      /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.\/([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(path.join(DIST, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w{},\s*$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      pending.push(path.posix.join(path.posix.dirname(file), m[1] ?? ''));
  }
  return [...seen];
}

describe.skipIf(!existsSync(path.join(DIST, 'index.html')))('build size', () => {
  it('the map’s Phaser chunk is the custom build, at most 250 kB gzipped', async () => {
    const assets = await readdir(path.join(DIST, 'assets'));
    const phaser = assets.filter((f) => /^phaser-.*\.js$/.test(f));
    expect(phaser).toHaveLength(1);
    const size = await gzipSize(`assets/${phaser[0] ?? ''}`);
    // The full Phaser 4.2 build is about 352 kB gzipped; the custom build leaves out what the map does not use.
    expect(size).toBeLessThanOrEqual(250 * KB);
  });

  it('the scripts loaded before the title answers are at most 50 kB gzipped: no Phaser, no zod, no game', async () => {
    // The title is drawn by the entry script alone (src/main.ts, src/shell.ts); the game
    // (src/app.ts: content checks with zod and the linter, store, screens) is a dynamic import.
    const first = await firstScripts();
    expect(first.length).toBeGreaterThan(0);
    expect(first.some((f) => /phaser|app-/.test(f))).toBe(false);
    const code = (await Promise.all(first.map((f) => readFile(path.join(DIST, f), 'utf8')))).join(
      '\n',
    );
    // zod's own error for a wrong type; one of the linter's findings (lint-graph.ts).
    expect(code).not.toContain('Invalid input: expected');
    expect(code).not.toContain("names node '");
    const sizes = await Promise.all(first.map(gzipSize));
    const total = sizes.reduce((a, b) => a + b, 0);
    // 58.6 kB while every interface language was in it (issue #15); 47.4 kB with Dutch alone.
    expect(total).toBeLessThanOrEqual(50 * KB);
  });

  it('the first script carries the Dutch interface texts only; English comes in a chunk of its own', async () => {
    const first = await firstScripts();
    const code = (await Promise.all(first.map((f) => readFile(path.join(DIST, f), 'utf8')))).join(
      '\n',
    );
    // title.townPicture in src/i18n/locales/nl.json and en.json.
    expect(code).toContain('Tekening van {{town}} van boven');
    expect(code).not.toContain('A drawing of {{town}} from above');
    const chunks = (await readdir(path.join(DIST, 'assets'))).filter((f) => /^en-.*\.js$/.test(f));
    expect(chunks).toHaveLength(1);
  });

  it('only the title’s styles block the first paint; the other screens’ come with the game', async () => {
    const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]+href="\.\/([^"]+\.css)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(sheets).toHaveLength(1);
    const css = await readFile(path.join(DIST, sheets[0] ?? ''), 'utf8');
    expect(css).toContain('.title-screen');
    expect(css).toContain('.header-waiting');
    // The play screen, the feeds, the debrief, the kiosk, the projector.
    for (const selector of ['.play-screen', '.feed-list', '.results-card', '.attract-screen'])
      expect(css, selector).not.toContain(selector);
  });

  it('the story index the title reads is written beside the stories, small', async () => {
    const index = path.join(DIST, 'scenarios', 'stories.json');
    expect(existsSync(index)).toBe(true);
    expect(await gzipSize('scenarios/stories.json')).toBeLessThanOrEqual(8 * KB);
  });

  it('all the JavaScript together is less than a blank Phaser 4 game’s (347.6 kB gzipped)', async () => {
    const scripts = (await readdir(path.join(DIST, 'assets'))).filter((f) => f.endsWith('.js'));
    const sizes = await Promise.all(scripts.map((f) => gzipSize(`assets/${f}`)));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(347.6 * KB);
  });
});
