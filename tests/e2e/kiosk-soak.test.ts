/**
 * A festival kiosk over 20 unattended visits in one page (the short form of
 * `npm run soak:kiosk -- --in-page`): after forced garbage collection the DOM nodes and event
 * listeners are what they were after the first visit, at most one WebGL context is alive, and no
 * page error happened. Counts, not times. The kiosk's own address fails after the first load, so
 * every visit ends with the in-page reset rather than the reload that ships: a reload would hide a
 * leak in the game's own code, and this test is there to catch one.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  failOwnAddress,
  kioskCycle,
  type KioskSample,
  measure,
  metricsSession,
  WEBGL_COUNTER,
} from '../../scripts/kiosk-cycles';
import { expectClean, recordOf, useSession } from './harness';

const e2e = useSession();
const IDLE_SECONDS = 15;
/** Chromium's console line for the kiosk's check of its own address, failed on purpose. */
const OWN_ADDRESS_FAILED = /net::ERR_FAILED/;

describe('festival kiosk all day', () => {
  it('20 visits leave the node and listener counts flat and one WebGL context', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(
        path.join(copy, 'config.json'),
        JSON.stringify({ mode: 'kiosk', kioskIdleSeconds: IDLE_SECONDS }),
      );
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await page.addInitScript(WEBGL_COUNTER);
    await page.clock.install();
    await page.goto(site.url);
    await failOwnAddress(page);
    await page.evaluate(() => {
      (window as unknown as { firstPage?: boolean }).firstPage = true;
    });
    const cdp = await metricsSession(page);
    const samples: KioskSample[] = [];
    for (let cycle = 1; cycle <= 20; cycle += 1) {
      await kioskCycle(page, IDLE_SECONDS, cycle, 'in-page');
      if (cycle === 1 || cycle % 5 === 0) samples.push(await measure(page, cdp, cycle));
    }
    const [first] = samples;
    for (const sample of samples) {
      expect(sample.nodes, `DOM nodes after visit ${String(sample.cycle)}`).toBe(first?.nodes);
      expect(sample.listeners, `listeners after visit ${String(sample.cycle)}`).toBe(
        first?.listeners,
      );
      expect(sample.webglAlive, `WebGL contexts alive after visit ${String(sample.cycle)}`).toBe(1);
    }
    // One document all along (no visit reloaded it), and each reset asked the own address once.
    expect(
      await page.evaluate(() => (window as unknown as { firstPage?: boolean }).firstPage),
    ).toBe(true);
    expect(recordOf(page).requests.filter((url) => url === site.url)).toHaveLength(21);
    await expectClean(page, { allowConsoleErrors: OWN_ADDRESS_FAILED });
  }, 300_000); // about 5 s a visit with SwiftShader
});
