/**
 * Intranet hosting: the build plays inside an iframe of a page on the same site (the documented
 * snippet), and the privacy note and accessibility statement are reachable and axe-clean.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import { openGame, waitForStill } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

describe('hosting on an intranet', () => {
  it('plays inside an iframe of a page on the same site, with the snippet and CSS of docs/hosting.md, under a strict CSP', async () => {
    const hosting = await readFile(path.join(import.meta.dirname, '../../docs/hosting.md'), 'utf8');
    const section = hosting.slice(hosting.indexOf('## Embed it in an intranet page'));
    const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const css = /```css\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(snippet).toContain('<iframe');
    expect(snippet).not.toMatch(/\sstyle=/); // a strict CSP on the host page blocks it
    expect(css).toContain('iframe.geruchtenmolen');
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(path.join(copy, 'intranet.css'), css);
      await writeFile(
        path.join(copy, 'intranet-page.html'),
        `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,"><link rel="stylesheet" href="intranet.css"></head>
<body><h1>Weerbaarheid</h1>
${snippet.replace(/src="[^"]*"/, 'src="./index.html?renderer=canvas"')}
</body></html>`,
      );
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await page.goto(`${site.url}intranet-page.html`);
    const frame = page.locator('iframe.geruchtenmolen');
    // The stylesheet applied (no inline style needed): no border.
    expect(await frame.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
    const game = page.frameLocator('iframe.geruchtenmolen');
    await game.getByRole('button', { name: 'Speel: Het Marktplein' }).click();
    await game.locator('[role="feed"]').waitFor();
    const first = (await game.locator('button.move').first().innerText()).trim();
    await game.getByRole('button', { name: first, exact: true }).click();
    await game.getByRole('heading', { level: 1, name: /^Stap 2 · / }).waitFor();
    await expectClean(page);
  });

  it('privacy note and accessibility statement are reachable from the title and axe-clean', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site);
    for (const [link, heading] of [
      ['Privacy', 'Privacy'],
      ['Toegankelijkheid', 'Toegankelijkheidsverklaring'],
    ] as const) {
      await page.getByRole('button', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await waitForStill(page);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .setLegacyMode(true)
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.getByRole('button', { name: 'Terug naar het begin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Geruchtenmolen' }).waitFor();
    }
    await expectClean(page);
  });
});
