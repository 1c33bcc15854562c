/**
 * The Phaser town map: WebGL by default (SwiftShader here), Canvas with ?renderer=canvas, drawn
 * without errors, loaded only for the play screen, and following the game as moves are made.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { moveNames, openGame, screenHeading, TEXT, waitForHeadingChange, waitForMap } from './game';
import { expectClean, recordOf, useSession } from './harness';

const e2e = useSession();

/** A rough "something was drawn" check: a blank 1000×600 canvas compresses to a tiny PNG. */
async function canvasPngBytes(page: Page): Promise<number> {
  const canvas = page.locator('.map-canvas canvas');
  expect(await canvas.count()).toBe(1);
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the map canvas has no box');
  expect(box.width).toBeGreaterThan(200);
  expect(box.height).toBeGreaterThan(100);
  // A clipped page screenshot: much faster than an element screenshot under SwiftShader.
  return (await page.screenshot({ clip: box })).length;
}

describe('the town map', () => {
  for (const { query, renderer } of [
    { query: '', renderer: 'webgl' },
    { query: '&renderer=canvas', renderer: 'canvas' },
  ]) {
    it(`renders with ${renderer}${query === '' ? ' by default' : ` with ?renderer=${renderer}`}, and follows a move`, async () => {
      const page = await e2e.session.newPage(e2e.site);
      await openGame(page, e2e.site, `?scenario=marktplein&seed=5${query}`);
      expect(await waitForMap(page)).toEqual({ state: 'ready', renderer });
      const phaser = recordOf(page).requests.filter((url) =>
        /\/assets\/phaser-[^/]*\.js$/.test(url),
      );
      expect(phaser, 'the Phaser chunk is fetched once, from the sub-path').toHaveLength(1);
      expect(await canvasPngBytes(page)).toBeGreaterThan(15_000);

      const before = await screenHeading(page);
      const [first] = await moveNames(page);
      await page.getByRole('button', { name: first ?? '', exact: true }).click();
      await waitForHeadingChange(page, before);
      await page.waitForTimeout(900); // the map animates for 700 ms
      expect(await page.locator('.map-canvas').getAttribute('data-state')).toBe('ready');
      expect(await page.locator('.map-summary').innerText()).toMatch(
        /Het gerucht bereikte \d+% van /,
      );
      await expectClean(page);
    });
  }

  it('is not needed for the title screen: the title is interactive before the Phaser chunk is even requested', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.addInitScript(() => {
      const w = window as unknown as { titleReadyAt?: number };
      new MutationObserver(() => {
        if (w.titleReadyAt !== undefined) return;
        const play = [...document.querySelectorAll('button')].find((b) =>
          /^Speel: /.test(b.textContent),
        );
        if (play !== undefined && !play.disabled) w.titleReadyAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await openGame(page, e2e.site);
    // The chunk may be prefetched once the title screen is idle; give that a moment, then compare.
    const { titleReadyAt, phaserRequestedAt } = await page.evaluate(async () => {
      const find = (): PerformanceEntry | undefined =>
        performance
          .getEntriesByType('resource')
          .find((r) => /\/assets\/phaser-[^/]*\.js$/.test(r.name));
      for (let i = 0; i < 40 && find() === undefined; i += 1)
        await new Promise((r) => setTimeout(r, 100));
      return {
        titleReadyAt: (window as unknown as { titleReadyAt?: number }).titleReadyAt ?? null,
        phaserRequestedAt: find()?.startTime ?? null,
      };
    });
    expect(titleReadyAt).not.toBeNull();
    if (phaserRequestedAt !== null)
      expect(phaserRequestedAt).toBeGreaterThan(titleReadyAt ?? Infinity);
    expect(await page.getByRole('button', { name: TEXT.nl.play }).isEnabled()).toBe(true);
    await expectClean(page);
  });
});
