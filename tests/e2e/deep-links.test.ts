/**
 * The URL and the language: ?seed gives a deterministic game, ?lang and the language switch
 * change every text (and <html lang>) without losing progress, unknown parameters are reported.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  gameStorage,
  moveNames,
  openGame,
  type PlaySnapshot,
  screenHeading,
  snapshotPlay,
  TEXT,
  waitForHeadingChange,
  waitForMap,
} from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

async function clickFirstMove(page: Page): Promise<string> {
  const before = await screenHeading(page);
  const [first] = await moveNames(page);
  await page.getByRole('button', { name: first ?? '', exact: true }).click();
  return waitForHeadingChange(page, before);
}

const htmlLang = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.lang);

describe('deep links and language', () => {
  it('switching language mid-game keeps the progress and sets <html lang>', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?renderer=canvas');
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    await clickFirstMove(page);
    await clickFirstMove(page);
    await waitForMap(page);
    const nl = await snapshotPlay(page);
    expect(nl.heading).toMatch(/^Stap 3 · /);
    expect(await htmlLang(page)).toBe('nl');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Step 3 · / }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const en = await snapshotPlay(page);
    expect(en.meterValues).toEqual(nl.meterValues);
    expect(en.feed).toHaveLength(nl.feed.length);
    expect(en.feed, 'the posts are translated too').not.toEqual(nl.feed);
    expect(await page.getByRole('heading', { level: 2, name: 'Posts in Lindewaard' }).count()).toBe(
      1,
    );
    expect(
      await page.locator('.map-canvas').getAttribute('data-state'),
      'the map survives the switch',
    ).toBe('ready');

    // The choice of language is kept across a reload, and so is the game.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Step 3 · / }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await snapshotPlay(page)).toEqual(en);

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: /^Stap 3 · / }).waitFor();
    expect(await htmlLang(page)).toBe('nl');
    expect(await snapshotPlay(page)).toEqual(nl);
    await expectClean(page);
  });

  it('?lang=en starts in English', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?lang=en');
    expect(await screenHeading(page)).toBe(TEXT.en.appName);
    expect(await htmlLang(page)).toBe('en');
    expect(await page.title()).toBe(TEXT.en.appName);
    expect(await page.getByRole('button', { name: TEXT.en.play }).count()).toBe(1);
    expect(await page.getByRole('button', { name: TEXT.en.clearData }).count()).toBe(1);
    await expectClean(page);
  });

  it('?scenario=marktplein&seed=N is deterministic: two fresh runs show identical meters at every step', async () => {
    const pages: Page[] = [];
    const run = async (): Promise<PlaySnapshot[]> => {
      const page = await e2e.session.newPage(e2e.site); // fresh storage each time
      await openGame(page, e2e.site, '?scenario=marktplein&seed=424242&renderer=canvas');
      expect(await screenHeading(page)).toMatch(/^Stap 1 · /);
      const seen = [await snapshotPlay(page)];
      while (!TEXT.nl.ending.test(seen[seen.length - 1]?.heading ?? '')) {
        await clickFirstMove(page);
        seen.push(await snapshotPlay(page));
      }
      const save = JSON.parse(
        (await gameStorage(page))['geruchtenmolen.save.marktplein'] ?? 'null',
      ) as { seed: number };
      expect(save.seed).toBe(424242);
      pages.push(page);
      return seen;
    };
    const first = await run();
    const second = await run();
    expect(first.length).toBeGreaterThan(2);
    expect(second).toEqual(first);
    // The numbers move during a game (otherwise the comparison would prove little).
    expect(first[first.length - 1]?.meterValues).not.toEqual(first[0]?.meterValues);
    for (const page of pages) await expectClean(page);
  });

  it('?seed=N without ?scenario is not silently dropped: the game started from the title uses it, or a notice says why not', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?seed=7&renderer=canvas');
    const notices = await page.getByRole('status').allInnerTexts();
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    const save = JSON.parse(
      (await gameStorage(page))['geruchtenmolen.save.marktplein'] ?? 'null',
    ) as { seed: number };
    const seedUsed = save.seed === 7;
    const told = notices.some((text) => /seed/.test(text));
    expect(
      { seedUsed, told, seed: save.seed, notices },
      'the seed in the URL was ignored without a word',
    ).toMatchObject(seedUsed ? { seedUsed: true } : { told: true });
    await expectClean(page);
  });

  it('unknown and invalid URL parameters are reported in a notice, and the game still starts', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?foo=bar&seed=banaan');
    expect(await screenHeading(page)).toBe(TEXT.nl.appName);
    const unknown = page.getByRole('status').filter({ hasText: TEXT.nl.unknownParameter });
    await unknown.waitFor();
    expect(await unknown.innerText()).toContain("'foo'");
    const invalid = page.getByRole('status').filter({ hasText: "'banaan'" });
    expect(await invalid.count()).toBe(1);
    await unknown.getByRole('button', { name: 'Melding sluiten' }).click();
    expect(
      await page.getByRole('status').filter({ hasText: TEXT.nl.unknownParameter }).count(),
    ).toBe(0);
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    await expectClean(page);
  });
});
