/**
 * Festival kiosk (?mode=kiosk): an attract screen that moves and fills the screen, one tap in,
 * the short route, a results card of at most 150 words with the QR code to take home, and after
 * the idle time a 20-second warning that gives focus back, then the attract screen with nothing
 * of the previous player in the page or in storage: on a fresh page (the kiosk reloads itself
 * while its server answers) or, with the server gone, in the same page. Staff see anonymous counts
 * behind Ctrl+Alt+K.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { failOwnAddress } from '../../scripts/kiosk-cycles';
import { focused, moveNames, openGame } from './game';
import { expectClean, settle, type Site, useSession } from './harness';

const e2e = useSession();
const START = 'Tik hier om te beginnen';
const DONE = 'Klaar: de volgende speler is aan de beurt';
const BOOSTER = 'https://www.example.org/weerbaarheid';

/** A copy of the build whose config.json makes it a kiosk with the shortest idle time. */
async function kioskSite(): Promise<Site> {
  const dir = await e2e.session.copyBuild(async (copy) => {
    await writeFile(
      path.join(copy, 'config.json'),
      JSON.stringify({ mode: 'kiosk', kioskIdleSeconds: 15, boosterUrl: BOOSTER }),
    );
  });
  return e2e.session.serve(dir);
}

/** Marks the current document: the mark is gone once the page has reloaded. */
const markPage = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { visitedPage?: boolean }).visitedPage = true;
  });

/** Whether focus is on the current screen's level-1 heading. */
const focusOnHeading = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.hasAttribute('data-screen-heading') === true);

describe('festival kiosk', () => {
  it('warns for 20 s after the idle time, then reloads onto the attract heading with nothing of the player left but the day count', async () => {
    const site = await kioskSite();
    const page = await e2e.session.newPage(site);
    await page.clock.install();
    await openGame(page, site, '?renderer=canvas');
    // The sample posts cross-fade in a loop: axe judges the still picture, since a post caught
    // mid-fade is a moment of a transition, not a colour anyone reads (it made this test flaky).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .setLegacyMode(true)
      .analyze();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(await page.locator('a[href]:not([href^="#"])').count()).toBe(0);
    expect(await page.locator('input[type="text"], textarea').count()).toBe(0);

    await page.getByRole('button', { name: START }).click();
    await page.locator('[role="feed"]').waitFor();
    const [first] = await moveNames(page);
    await page.getByRole('button', { name: first ?? '', exact: true }).click();
    const played = (await page.locator('.post-player').first().innerText()).trim();
    expect(played.length).toBeGreaterThan(0);
    const box = await page.locator('button.move').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

    await page.clock.fastForward(8_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.clock.fastForward(8_000); // config.json: 15 s
    const warning = page.getByRole('alertdialog', { name: 'Ben je er nog?' });
    await warning.waitFor();
    expect(await warning.innerText()).toContain('Over 20 seconden');
    expect((await focused(page)).name).toBe('Ik speel verder');
    await page.clock.fastForward(18_000);
    expect(await warning.innerText()).toContain('Over 2 seconden');
    await markPage(page);
    await page.clock.fastForward(3_000);
    // The server answers, so the next visitor starts on a fresh page: the kiosk reloads itself.
    await page.waitForFunction(() => !('visitedPage' in window));
    await page.getByRole('button', { name: START }).waitFor();
    expect(await warning.count()).toBe(0);
    expect(await focusOnHeading(page)).toBe(true);
    expect((await focused(page)).name).toBe('Geruchtenmolen');
    expect(await page.locator('body').innerText()).not.toContain(played);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.filter((k) => k.startsWith('geruchtenmolen.'))).toEqual([]);
    // The attract screen counts the visit that just ended.
    expect(await page.locator('.attract-count').innerText()).toBe('Vandaag al 1 keer gespeeld');

    await page.keyboard.press('Control+Alt+k');
    const panel = page.getByRole('dialog', { name: /Aantal spellen per dag/ });
    expect(await panel.locator('tbody tr').first().innerText()).toMatch(
      /^\d{4}-\d\d-\d\d\s+1\s+0$/,
    );
    await page.keyboard.press('Escape');
    await expectClean(page);
  });

  it('with its own address failing (server gone), resets in the page instead of reloading', async () => {
    const site = await kioskSite();
    const page = await e2e.session.newPage(site);
    await page.clock.install();
    await openGame(page, site, '?renderer=canvas');
    await failOwnAddress(page);
    await markPage(page);
    await page.getByRole('button', { name: START }).click();
    await page.locator('[role="feed"]').waitFor();
    const [first] = await moveNames(page);
    await page.getByRole('button', { name: first ?? '', exact: true }).click();
    const played = (await page.locator('.post-player').first().innerText()).trim();
    await page.clock.fastForward(16_000);
    await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
    const asked = page.waitForEvent('requestfailed', (r) => r.url().startsWith(site.url));
    await page.clock.fastForward(21_000);
    await asked;
    await page.getByRole('button', { name: START }).waitFor();
    await settle(page);
    // The same page: a reload now would have shown the browser's error page.
    expect(await page.evaluate(() => 'visitedPage' in window)).toBe(true);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await focusOnHeading(page)).toBe(true);
    expect(await page.locator('body').innerText()).not.toContain(played);
    expect(await page.locator('.attract-count').innerText()).toBe('Vandaag al 1 keer gespeeld');
    // The next visitor is watched as before.
    await page.getByRole('button', { name: START }).click();
    await page.clock.fastForward(16_000);
    await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
    await expectClean(page, { allowConsoleErrors: /net::ERR_FAILED/ });
  });

  it('opened on a story’s address, the next visitor still starts on the attract screen', async () => {
    const site = await kioskSite();
    const page = await e2e.session.newPage(site);
    await page.clock.install();
    // A story in the address (a deep link, or a Play pressed on the build's title before the
    // script ran) opens that story for this visitor…
    await openGame(page, site, '?renderer=canvas&scenario=zwembad');
    await page.locator('[role="feed"]').waitFor();
    await markPage(page);
    await page.clock.fastForward(16_000);
    await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
    await page.clock.fastForward(21_000);
    // …but the reload for the next one leaves it out: not the story again, the attract screen.
    await page.waitForFunction(() => !('visitedPage' in window));
    await page.getByRole('button', { name: START }).waitFor();
    expect(new URL(page.url()).searchParams.get('scenario')).toBeNull();
    expect(new URL(page.url()).searchParams.get('renderer')).toBe('canvas');
    expect(await page.locator('[role="feed"]').count()).toBe(0);
    await expectClean(page);
  });

  it('"Ik speel verder" puts focus back on the move the player was on', async () => {
    const site = await kioskSite();
    const page = await e2e.session.newPage(site);
    await page.clock.install();
    await openGame(page, site, '?renderer=canvas');
    await page.getByRole('button', { name: START }).click();
    await page.locator('button.move').first().waitFor();
    const [, second] = await moveNames(page);
    await page.getByRole('button', { name: second ?? '', exact: true }).focus();
    await page.clock.fastForward(16_000);
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    const now = await focused(page);
    expect(now.tag).not.toBe('body');
    expect(now).toMatchObject({ moveButton: true, name: second });
    // Scrolling counts as someone being there: no warning while the visitor reads on.
    await page.clock.fastForward(10_000);
    // A wheel event reaches the page asynchronously (through the compositor): wait until the
    // page has seen it before moving the clock on, polled from here (the page's timers are fake).
    await page.evaluate(() => {
      window.addEventListener(
        'wheel',
        () => {
          (window as unknown as { wheeled?: boolean }).wheeled = true;
        },
        { capture: true, once: true, passive: true },
      );
    });
    await page.mouse.wheel(0, 200);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { wheeled?: boolean }).wheeled))
      .toBe(true);
    await page.clock.fastForward(10_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await expectClean(page);
  });

  it('plays the short route to a results card of at most 150 words with the QR code; "done" starts over on a fresh page', async () => {
    const site = await kioskSite();
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?renderer=canvas');
    await page.getByRole('button', { name: START }).click();
    let steps = 0;
    for (; steps < 12; steps += 1) {
      const moves = await moveNames(page);
      if (moves.length === 0) break;
      await page.getByRole('button', { name: moves[0] ?? '', exact: true }).click();
    }
    expect(steps).toBeLessThanOrEqual(6);
    await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nabespreking' }).waitFor();
    const main = page.getByRole('main');
    const words = (await main.innerText()).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    expect(words.length).toBeGreaterThan(30);
    expect(words.length).toBeLessThanOrEqual(150);
    const qr = page.getByRole('img', { name: `QR-code naar ${BOOSTER}` });
    const qrBox = await qr.boundingBox();
    expect(qrBox?.width ?? 0).toBeGreaterThanOrEqual(120); // scannable from a phone at arm's length
    expect(await page.locator('a[href]:not([href^="#"])').count()).toBe(0);
    await markPage(page);
    await page.getByRole('button', { name: DONE }).click();
    // "Done" too starts the next visitor on a fresh page (the server answers).
    await page.waitForFunction(() => !('visitedPage' in window));
    await page.getByRole('button', { name: START }).waitFor();
    expect(await focusOnHeading(page)).toBe(true);
    await expectClean(page);
  });
});

describe('the attract screen', () => {
  it.each([
    [1366, 768],
    [1920, 1080],
  ])(
    'at %i×%i: moves, fills the screen, and its name and call to play are at least 48 px',
    async (width, height) => {
      const page = await e2e.session.newPage(e2e.site);
      await page.setViewportSize({ width, height });
      await openGame(page, e2e.site, '?mode=kiosk&renderer=canvas');
      const start = page.getByRole('button', { name: START });
      const heading = page.getByRole('heading', { level: 1, name: 'Geruchtenmolen' });
      const px = async (locator: typeof start): Promise<number> =>
        Number.parseFloat(await locator.evaluate((el) => getComputedStyle(el).fontSize));
      expect(await px(heading)).toBeGreaterThanOrEqual(48);
      expect(await px(start)).toBeGreaterThanOrEqual(48);
      const startBox = await start.boundingBox();
      expect((startBox?.y ?? height) + (startBox?.height ?? 0)).toBeLessThanOrEqual(height);
      // Something to see in the lower 40% of the window, and nothing sticking out sideways.
      const lowest = await page.evaluate(() =>
        Math.max(
          ...[...document.querySelectorAll('main > *')].map(
            (el) => el.getBoundingClientRect().bottom,
          ),
        ),
      );
      expect(lowest).toBeGreaterThan(height * 0.85);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      // It moves: the windmill, the town and the posts run endless animations, and a later look
      // differs from the first (polled: no fixed wait).
      const endless = await page.evaluate(
        () =>
          document
            .getAnimations()
            .filter(
              (a) => a.playState === 'running' && a.effect?.getTiming().iterations === Infinity,
            ).length,
      );
      expect(endless).toBeGreaterThan(0);
      const before = await page.screenshot();
      await expect
        .poll(async () => (await page.screenshot()).equals(before), { timeout: 15_000 })
        .toBe(false);
      await expectClean(page);
    },
  );

  it('stands still under reduced motion', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await openGame(page, e2e.site, '?mode=kiosk&renderer=canvas');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    // No animation runs, and six seconds of the page's timers change nothing on screen.
    const before = await page.screenshot();
    await page.clock.fastForward(6_000);
    const after = await page.screenshot();
    expect(before.equals(after)).toBe(true);
    // The first sample post shows; the others wait unseen.
    const opacity = await page
      .locator('.attract-post')
      .evaluateAll((posts) => posts.map((p) => getComputedStyle(p).opacity));
    expect(opacity[0]).toBe('1');
    expect(opacity.slice(1).every((o) => o === '0')).toBe(true);
    await expectClean(page);
  });

  it('fits a phone: one column, nothing sticking out sideways', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 390, height: 844 });
    await openGame(page, e2e.site, '?mode=kiosk&renderer=canvas');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const start = await page.getByRole('button', { name: START }).boundingBox();
    expect((start?.y ?? 844) + (start?.height ?? 0)).toBeLessThanOrEqual(844);
    await expectClean(page);
  });
});
