/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) on every screen of a game, in Dutch and in English, plus the
 * error screen, the check and the info pages. The map canvas is invisible to axe; its text
 * equivalent is in the DOM.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  type Lang,
  moveNames,
  openGame,
  screenHeading,
  TEXT,
  waitForHeadingChange,
  waitForMap,
  waitForStill,
} from './game';
import { editJson, expectClean, useSession } from './harness';

const e2e = useSession();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The violations as short readable lines (rule, impact, where), so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe inside the page (no extra page per run): 2-3× faster, and the game
  // has no iframes that would need the cross-frame mode.
  await waitForStill(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${node.target.join(' ')}: ${node.failureSummary ?? v.help}`,
    ),
  );
}

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
    it(`${lang}: title, play, ending and debrief screens have no violations`, async () => {
      const page = await e2e.session.newPage(e2e.site);
      await openGame(page, e2e.site, `?lang=${lang}&renderer=canvas`);
      const found: Record<string, string[]> = {};

      expect(await screenHeading(page)).toBe(TEXT[lang].appName);
      found.title = await axeViolations(page);

      await page.getByRole('button', { name: TEXT[lang].play }).click();
      await page.getByRole('heading', { level: 1, name: TEXT[lang].step }).waitFor();
      await waitForMap(page);
      found.play = await axeViolations(page);

      // A few moves in, the feed is longer and the meters have moved.
      let heading = await screenHeading(page);
      while (!TEXT[lang].ending.test(heading)) {
        const [first] = await moveNames(page);
        await page.getByRole('button', { name: first ?? '', exact: true }).click();
        heading = await waitForHeadingChange(page, heading);
        if (/ 3 · /.test(heading)) found.playLater = await axeViolations(page);
      }
      found.ending = await axeViolations(page);

      await page.getByRole('button', { name: TEXT[lang].toDebrief, exact: true }).click();
      await page
        .getByRole('heading', { level: 1, name: TEXT[lang].debrief, exact: true })
        .waitFor();
      found.debrief = await axeViolations(page);

      expect(found).toEqual({ title: [], play: [], playLater: [], ending: [], debrief: [] });
      await expectClean(page);
    });
  }

  it('the error screen for broken content has no violations', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await editJson(copy, 'scenarios/marktplein/scenario.json', (scenario) => {
        scenario.start = 'bestaat_niet';
      });
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    expect(await screenHeading(page)).toBe(TEXT.nl.errorHeading);
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page);
    await site.close();
  });

  it('the discernment check (form and results) has no violations, and works by keyboard', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site);
    await page.getByRole('button', { name: /^Test eerst je oordeel/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Test je oordeel' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const groups = page.locator('form fieldset');
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i += 1) {
      // Keyboard: focus the first radio of the group and pick with the arrow keys.
      await groups.nth(i).getByRole('radio').first().focus();
      await page.keyboard.press(i % 2 === 0 ? 'Space' : 'ArrowRight');
    }
    await page.getByRole('button', { name: 'Klaar, laat de uitslag zien' }).press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Je uitslag' }).waitFor();
    expect(await page.locator('.score').innerText()).toMatch(
      /^Misleidende berichten herkend: \d+ van \d+ \(\d+\s?%\)\./,
    );
    expect(await axeViolations(page)).toEqual([]);
    const stored = await page.evaluate(() => localStorage.getItem('geruchtenmolen.checks'));
    expect(
      Object.keys((JSON.parse(stored ?? '{}') as { before?: object }).before ?? {}),
    ).toHaveLength(count);
    await expectClean(page);
  });

  it('the privacy note and the accessibility statement (with a contact from config.json) have no violations', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(
        path.join(copy, 'config.json'),
        JSON.stringify({ accessibilityContact: 'toegankelijkheid@zuidhaven.example' }),
      );
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    await page.getByRole('button', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terug naar het begin' }).click();
    await page.getByRole('button', { name: 'Toegankelijkheid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    expect(
      await page
        .getByRole('link', { name: 'toegankelijkheid@zuidhaven.example' })
        .getAttribute('href'),
    ).toBe('mailto:toegankelijkheid@zuidhaven.example');
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page);
    await site.close();
  });

  it('the axe check itself finds a planted violation (positive control)', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site);
    await page.evaluate(() => {
      document.querySelector('main')?.append(document.createElement('button'));
    });
    expect((await axeViolations(page)).join('\n')).toMatch(/^button-name \(critical\)/m);
  });
});
