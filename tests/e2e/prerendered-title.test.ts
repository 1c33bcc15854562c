/**
 * The title in index.html itself (issue #15; scripts/prerender-title.ts): the page as served shows
 * the title with working Play buttons before any script has run; a Play without a script loads
 * `?scenario=<id>`, which opens that story; the live title takes its place without moving
 * anything; a Play pressed while the first script waits for its files is done in the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { gameStorage, TEXT, waitForMap } from './game';
import { expectClean, recordOf, useSession } from './harness';

const e2e = useSession();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PRERENDERED = 'main[data-prerendered]';
const STORIES = {
  zwembad: 'Het zwembad',
  nepbrief: 'De brief',
  verkiezingen: 'De verkiezingen',
  marktplein: 'Het Marktplein',
  windpark: 'Het windpark',
};

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Holds back the requests matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: RegExp): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where every Play button and the town picture are, by data-focus-key (and 'town'). */
const boxes = (page: Page): Promise<Record<string, number[]>> =>
  page.evaluate(async () => {
    // Both weights the title uses are there (they are preloaded), so no font swap moves text.
    await document.fonts.load('400 1em "Atkinson Hyperlegible"');
    await document.fonts.load('700 1em "Atkinson Hyperlegible"');
    const where = (el: Element): number[] => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map((n) => Math.round(n * 10) / 10);
    };
    const found: Record<string, number[]> = {};
    for (const el of document.querySelectorAll('.title-screen [data-focus-key]'))
      found[el.getAttribute('data-focus-key') ?? ''] = where(el);
    const town = document.querySelector('.title-screen .town-hero');
    if (town) found.town = where(town);
    return found;
  });

describe('the title in index.html', () => {
  it('with scripts off: the whole title with enabled Play buttons, axe-clean; a Play opens its story once scripts run', async () => {
    const page = await e2e.session.newPage(e2e.site);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(e2e.site.url);
    await page.locator(PRERENDERED).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Geruchtenmolen');
    for (const [id, title] of Object.entries(STORIES)) {
      const play = page.getByRole('button', { name: `Speel: ${title}`, exact: true });
      expect(await play.isEnabled()).toBe(true);
      expect(await play.getAttribute('value')).toBe(id);
    }
    expect(await page.locator('.story-card').count()).toBe(5);
    expect(await page.locator('.title-screen svg.town-hero .town-label').count()).toBeGreaterThan(
      0,
    );
    // The content note opens without a script (a native disclosure).
    await page.locator('.story-card .content-note summary').first().click();
    expect(await page.locator('.story-card .content-note[open]').count()).toBe(1);
    expect(await page.locator('[style]').count()).toBe(0); // the CSP allows no style attribute
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    expect(await axeViolations(page)).toEqual([]);

    // The form loads ?scenario=zwembad; with scripts on, that page opens the story.
    await page.getByRole('button', { name: 'Speel: Het zwembad', exact: true }).click();
    await page.waitForURL(/\?scenario=zwembad$/);
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    await waitForMap(page);
    await expect
      .poll(async () => (await gameStorage(page))['geruchtenmolen.current'])
      .toBe('zwembad');
    await expectClean(page);
  });

  it('the live title takes its place without moving a Play button or the town (no layout shift), axe-clean', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[])
          w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await hold(page, /\/assets\/index-[^/]*\.js$/);
    await page.goto(e2e.site.url, { waitUntil: 'commit' });
    await page.locator(PRERENDERED).waitFor();
    const before = await boxes(page);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['hero-play', 'play-zwembad', 'play-windpark', 'town']),
    );
    // The town picture's box is there from the start; its drawing waits for the first script.
    const labelShown = (): Promise<boolean> =>
      page
        .locator('.title-screen .town-hero .town-label')
        .first()
        .evaluate((el) => el.checkVisibility());
    expect(await labelShown()).toBe(false);
    // From here on nothing may move.
    await page.evaluate(() => {
      (window as unknown as { __shift: number }).__shift = 0;
    });
    release();
    // The app's own title (the one with the screen heading mark) has replaced it.
    await page.locator('.title-screen [data-screen-heading]').waitFor({ timeout: 15_000 });
    expect(await page.locator(PRERENDERED).count()).toBe(0);
    expect(await labelShown()).toBe(true);
    const after = await boxes(page);
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await expectClean(page);
  });

  it('a Play pressed while the first script waits for its files is done in the page, not by loading it again', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __ran: boolean }).__ran = true;
      });
    });
    const release = await hold(page, /\/config\.json$/);
    await page.goto(e2e.site.url, { waitUntil: 'commit' });
    // The first script has run (module scripts run before DOMContentLoaded); its title waits.
    await page.waitForFunction(() => (window as unknown as { __ran?: boolean }).__ran === true);
    expect(await page.locator(PRERENDERED).count()).toBe(1);
    await page.getByRole('button', { name: 'Speel: Het windpark', exact: true }).click();
    release();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    await expect
      .poll(async () => (await gameStorage(page))['geruchtenmolen.current'])
      .toBe('windpark');
    // Still the address it was opened with, asked for once: no ?scenario= page load.
    expect(page.url()).toBe(e2e.site.url);
    const pageLoads = recordOf(page).requests.filter(
      (url) => url.startsWith(e2e.site.url) && /^(\?.*)?$/.test(url.slice(e2e.site.url.length)),
    );
    expect(pageLoads).toEqual([e2e.site.url]);
    await expectClean(page);
  });
});
