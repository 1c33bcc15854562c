/**
 * The debrief as a handout: with print media it keeps what a colleague needs on paper and fits
 * on at most two A4 pages; the booster QR code appears only when config.json names a page.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { mostTechniquePlaythroughs, openDebriefOf, openGame, playToEnding, TEXT } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

/** The techniques the catalogue marks as changed in the law in 2024. */
const CHANGED_IN_2024 = new Set(
  (
    JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../scenarios/techniques/catalogue.json'),
        'utf8',
      ),
    ) as { techniques: { id: string; since2024?: boolean }[] }
  ).techniques
    .filter((t) => t.since2024 === true)
    .map((t) => t.id),
);

async function playToDebrief(page: Page, pick: 'first' | 'last'): Promise<void> {
  await page.getByRole('button', { name: TEXT.nl.play }).click();
  await page.locator('[role="feed"]').waitFor();
  await playToEnding(page, 'nl', async (p, moves) => {
    const name = pick === 'first' ? (moves[0] ?? '') : (moves.at(-1) ?? '');
    await p.getByRole('button', { name, exact: true }).click();
    return name;
  });
  await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
  await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
}

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('the printed handout', () => {
  it.each(['first', 'last'] as const)(
    'fits on at most two A4 pages (always the %s move)',
    async (pick) => {
      const page = await e2e.session.newPage(e2e.site);
      await openGame(page, e2e.site);
      await playToDebrief(page, pick);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.reach-section').isVisible()).toBe(false);
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(
        await page
          .getByRole('heading', { level: 2, name: 'Technieken die je gebruikte' })
          .isVisible(),
      ).toBe(true);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
      const pages = pageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await expectClean(page);
    },
  );

  // The most techniques a player can collect is the longest handout: take, for every scenario, the
  // golden playthrough with the most techniques, load it as a saved game on the debrief, and print.
  const worst = mostTechniquePlaythroughs();
  it.each(worst)(
    '%s: the playthrough with the most techniques still prints on at most two A4 pages',
    async (scenarioId, play) => {
      const page = await e2e.session.newPage(e2e.site);
      await openGame(page, e2e.site);
      await openDebriefOf(page, scenarioId, play);
      expect(await page.locator('.technique').count()).toBe(play.expect.techniques.length);
      await page.emulateMedia({ media: 'print' });
      // Where the law changed in 2024 the handout prints the 'Sinds 2024 anders' box.
      const changed = play.expect.techniques.filter((id) => CHANGED_IN_2024.has(id));
      const boxes = page.locator('.technique-since2024');
      expect(await boxes.count()).toBe(changed.length);
      for (const box of await boxes.all()) {
        expect(await box.isVisible()).toBe(true);
        expect(await box.getByRole('heading', { level: 4 }).textContent()).toBe(
          'Sinds 2024 anders',
        );
      }
      const pages = pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(
        pages,
        `${scenarioId} with ${String(play.expect.techniques.length)} techniques`,
      ).toBeLessThanOrEqual(2);
      await expectClean(page);
    },
  );

  it('shows the booster link and a local QR code only when config.json names one', async () => {
    const plain = await e2e.session.newPage(e2e.site);
    await openGame(plain, e2e.site);
    await playToDebrief(plain, 'first');
    expect(await plain.locator('.qr-code').count()).toBe(0);

    const url = 'https://intranet.example/weerbaar';
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(path.join(copy, 'config.json'), JSON.stringify({ boosterUrl: url }));
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    await playToDebrief(page, 'first');
    await expect.poll(() => page.getByRole('img', { name: `QR-code naar ${url}` }).count()).toBe(1);
    expect(await page.getByRole('link', { name: url }).getAttribute('href')).toBe(url);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.qr-code').isVisible()).toBe(true);
    await expectClean(page);
  });
});
