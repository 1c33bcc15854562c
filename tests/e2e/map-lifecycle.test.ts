/**
 * The town map over many games in one page: one Phaser game and one WebGL context for the whole
 * page, reused by every game; no page error after "Opnieuw spelen" at an ending or after "Naar
 * het begin" followed by a new game (Phaser once drew into a destroyed game there).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { measure, metricsSession, WEBGL_COUNTER } from '../../scripts/kiosk-cycles';
import { openGame, screenHeading, TEXT, waitForMap } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

/** Makes one move and waits for the map to have drawn it. */
async function moveAndMap(page: Page): Promise<void> {
  const heading = await screenHeading(page);
  await page.locator('button.move').first().click();
  await page.waitForFunction(
    (before) => document.querySelector('[data-screen-heading]')?.textContent.trim() !== before,
    heading,
  );
  expect(await waitForMap(page)).toEqual({ state: 'ready', renderer: 'webgl' });
  await page.locator('.map-canvas:not([data-animating]) canvas').waitFor();
}

/** Makes the first move on offer until the story ends. */
async function playToEnd(page: Page): Promise<void> {
  for (let guard = 0; guard < 30; guard += 1) {
    if (TEXT.nl.ending.test(await screenHeading(page))) return;
    await moveAndMap(page);
  }
  throw new Error('no ending after 30 moves');
}

describe('the town map over many games', () => {
  it('restart and back-to-title reuse one WebGL context and raise no page error', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.addInitScript(WEBGL_COUNTER);
    await openGame(page, e2e.site);
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await moveAndMap(page);
    const cdp = await metricsSession(page);
    // Phaser probes WebGL support with a canvas of its own; after a collection only the map's is left.
    const first = await measure(page, cdp, 1);
    expect(first.webglAlive).toBe(1);
    await playToEnd(page);
    for (let round = 0; round < 3; round += 1) {
      await page.getByRole('button', { name: TEXT.nl.playAgain }).click();
      await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
      await moveAndMap(page);
      await page
        .getByRole('link', { name: TEXT.nl.home })
        .or(page.getByRole('button', { name: TEXT.nl.home }))
        .click();
      await page.getByRole('button', { name: TEXT.nl.play }).waitFor();
      await page.getByRole('button', { name: TEXT.nl.play }).click();
      await moveAndMap(page);
      await playToEnd(page);
    }
    expect(await page.locator('canvas').count()).toBe(1);
    const last = await measure(page, cdp, 2);
    expect(last.webglCreated).toBe(first.webglCreated);
    expect(last.webglAlive).toBe(1);
    await expectClean(page);
  });
});
