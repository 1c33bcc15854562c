/**
 * The debrief's results card as a player meets it at 1366×768: played to the end (and through the
 * defender round), the card is the first thing, and the name of every technique used is on screen
 * without scrolling. Also for the playthrough with the most techniques of every story. Axe: clean.
 */

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  mostTechniquePlaythroughs,
  openDebriefOf,
  openGame,
  playToEnding,
  TEXT,
  waitForStill,
} from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();
const VIEWPORT = { width: 1366, height: 768 };

/** The technique names on the card that are not fully inside the viewport, with the page unscrolled. */
async function namesOffScreen(page: Page): Promise<{ names: string[]; off: string[] }> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const names = [...document.querySelectorAll('.results-card .results-name')];
    const off = names.filter((el) => {
      const box = el.getBoundingClientRect();
      return box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth;
    });
    return {
      names: names.map((el) => el.textContent.trim()),
      off: off.map((el) => el.textContent.trim()),
    };
  });
}

async function axe(page: Page): Promise<string[]> {
  await waitForStill(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}: ${node.failureSummary ?? v.help}`),
  );
}

describe('the results card at 1366×768', () => {
  it('after a game and the defender round: every technique used is named on screen without scrolling; axe is clean', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize(VIEWPORT);
    await openGame(page, e2e.site, '?renderer=canvas');
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.locator('[role="feed"]').waitFor();
    await playToEnding(page, 'nl', async (p, moves) => {
      const name = moves.at(-1) ?? '';
      await p.getByRole('button', { name, exact: true }).click();
      return name;
    });
    await page.getByRole('button', { name: 'Wissel van kant: speel de gemeente' }).click();
    for (let guard = 0; guard < 4; guard += 1) {
      await page.locator('.responses button').first().click();
      await page.locator('.defence-feedback').waitFor();
      const next = page.getByRole('button', { name: 'Volgend moment' });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    await page.getByRole('button', { name: TEXT.nl.toDebrief }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();

    const card = page.locator('main > .results-card');
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toMatch(/Geloof voor je verdediging\s+\d+%/);
    expect(await card.innerText()).toMatch(/Geloof na je verdediging\s+\d+%/);
    const { names, off } = await namesOffScreen(page);
    const used = await page.locator('.technique h3').count();
    expect(names).toHaveLength(used);
    expect(off).toEqual([]);
    expect(await axe(page)).toEqual([]);
    // One tap away: "Meer over …" opens the signs, advice, case and law of a technique.
    const more = page.locator('.technique button.disclosure').first();
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.technique-more').first().isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await expectClean(page);
  });

  // The longest card: for every story, the golden playthrough with the most techniques.
  const most = mostTechniquePlaythroughs();
  it.each(most)(
    '%s, the playthrough with the most techniques: every name on the card is on screen',
    async (scenarioId, play) => {
      const page = await e2e.session.newPage(e2e.site);
      await page.setViewportSize(VIEWPORT);
      await openGame(page, e2e.site, '?renderer=canvas');
      await openDebriefOf(page, scenarioId, play);
      const { names, off } = await namesOffScreen(page);
      expect(names).toHaveLength(play.expect.techniques.length);
      expect(off, `${scenarioId}: names below the fold`).toEqual([]);
      await expectClean(page);
    },
  );
});
