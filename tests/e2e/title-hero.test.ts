/**
 * The title's living town (issue #10, build 1): on a laptop screen the SVG town gives way to the
 * play screen's own Phaser map, on which a demo run of the quickest story spreads a rumour in a
 * loop (still under reduced motion); Play hands the same canvas and WebGL context to the play
 * screen, and back on the title the town comes alive again. A phone keeps the SVG.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { measure, metricsSession, WEBGL_COUNTER, webglCounts } from '../../scripts/kiosk-cycles';
import { openGame, TEXT, waitForMap } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

const HERO = '.title-town[data-hero="map"] .title-map[data-state="ready"] canvas';

/** How often the living town has come to rest (its first picture, then after every demo move). */
async function heroRests(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('.title-map')?.dataset.rests ?? '0'),
  );
}

/** The living town's canvas as a picture. */
async function heroPicture(page: Page): Promise<Buffer> {
  return page.locator('.title-map canvas').screenshot({ animations: 'allow' });
}

/** Opens the title at 1366×768 and waits for the living town to have replaced the SVG. */
async function openLivingTitle(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript(WEBGL_COUNTER);
  await openGame(page, e2e.site, '?lang=nl');
  await page.locator(HERO).waitFor({ timeout: 20_000 });
}

describe('the title’s living town', () => {
  it('1366×768: the map fades in over the SVG town, a rumour spreads on it, Play and back keep one canvas and one WebGL context', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openLivingTitle(page);
    const boxes = await page.evaluate(() => {
      const box = (selector: string): number[] => {
        const r = document.querySelector(selector)?.getBoundingClientRect();
        return r ? [r.left, r.top, r.width, r.height].map(Math.round) : [];
      };
      return {
        svg: box('.town-hero'),
        canvas: box('.title-map canvas'),
        label: document.querySelector('.town-hero')?.getAttribute('aria-label') ?? '',
        hidden: document.querySelector('.title-map')?.getAttribute('aria-hidden'),
        residentsDrawn: [...document.querySelectorAll('.town-hero .resident')].filter(
          (c) => c.getClientRects().length > 0,
        ).length,
      };
    });
    // The canvas covers the SVG town's box; the SVG keeps its text alternative but stops drawing.
    expect(boxes.canvas).toEqual(boxes.svg);
    expect(boxes.label).toContain('Lindewaard');
    expect(boxes.hidden).toBe('true');
    expect(boxes.residentsDrawn).toBe(0);

    // The rumour spreads: the picture changes (polled), and the loop goes on: it comes to rest
    // after move after move (the first rest is its first picture).
    const before = await heroPicture(page);
    await expect
      .poll(async () => (await heroPicture(page)).equals(before), {
        timeout: 20_000,
        interval: 200,
      })
      .toBe(false);
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('.title-map')?.dataset.rests ?? '0') >= 3,
      undefined,
      { timeout: 20_000, polling: 100 },
    );

    const made = (await webglCounts(page)).created;
    await page.evaluate(() => {
      (window as unknown as { heroCanvas?: Element | null }).heroCanvas =
        document.querySelector('.title-map canvas');
    });
    await page.getByRole('button', { name: /^Speel nu/ }).click();
    expect(await waitForMap(page)).toEqual({ state: 'ready', renderer: 'webgl' });
    const handed = await page.evaluate(() => {
      const hero = (window as unknown as { heroCanvas?: Element | null }).heroCanvas;
      return {
        same:
          hero !== null &&
          hero !== undefined &&
          document.querySelector('.map-canvas canvas') === hero,
        titleMaps: document.querySelectorAll('.title-map').length,
      };
    });
    expect(handed).toEqual({ same: true, titleMaps: 0 });
    // The play screen's map shows the player's game (nobody reached yet), not the demo's town.
    expect(await page.locator('.map-summary').textContent()).toMatch(/nog geen wijk/);
    expect((await webglCounts(page)).created).toBe(made);

    await page
      .getByRole('link', { name: TEXT.nl.home })
      .or(page.getByRole('button', { name: TEXT.nl.home }))
      .click();
    await page.locator(HERO).waitFor({ timeout: 20_000 });
    expect(
      await page.evaluate(
        () =>
          document.querySelector('.title-map canvas') ===
          (window as unknown as { heroCanvas?: Element | null }).heroCanvas,
      ),
    ).toBe(true);
    expect((await webglCounts(page)).created).toBe(made);
    // Phaser probes WebGL support with a canvas of its own; after a collection only the map's is left.
    const cdp = await metricsSession(page);
    expect((await measure(page, cdp, 1)).webglAlive).toBe(1);
    await expectClean(page);
  });

  it('under reduced motion the living town is one still picture', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLivingTitle(page);
    const still = await heroPicture(page);
    // Longer than the loop takes to its first move (1.2 s) and through it.
    const until = await page.evaluate(() => performance.now() + 4000);
    await page.waitForFunction((t) => performance.now() > t, until, { polling: 250 });
    expect((await heroPicture(page)).equals(still)).toBe(true);
    expect(await heroRests(page)).toBe(1);
    await expectClean(page);
  });

  it('390×844: a phone keeps the SVG town (no Phaser on the title)', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 390, height: 844 });
    await openGame(page, e2e.site, '?lang=nl');
    // The app prefetches the map's chunk once idle; by then the living town would have begun.
    await page.waitForFunction(
      () =>
        performance
          .getEntriesByType('resource')
          .some((r) => /\/assets\/create-town-map-[^/]*\.js$/.test(r.name)),
      undefined,
      { timeout: 20_000, polling: 100 },
    );
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          requestIdleCallback(() => {
            requestIdleCallback(() => {
              resolve();
            });
          });
        }),
    );
    expect(
      await page.evaluate(() => ({
        maps: document.querySelectorAll('.title-map, .title-town canvas').length,
        hero: document.querySelector<HTMLElement>('.title-town')?.dataset.hero ?? null,
        residents: document.querySelectorAll('.town-hero .resident').length > 20,
      })),
    ).toEqual({ maps: 0, hero: null, residents: true });
    await expectClean(page);
  });
});
