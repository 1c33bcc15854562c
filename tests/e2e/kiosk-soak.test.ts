/**
 * A festival kiosk over 20 unattended visits in one page (the short form of `npm run soak:kiosk`):
 * after forced garbage collection the DOM nodes and event listeners are what they were after the
 * first visit, at most one WebGL context is alive, and no page error happened. Counts, not times.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  kioskCycle,
  type KioskSample,
  measure,
  metricsSession,
  WEBGL_COUNTER,
} from '../../scripts/kiosk-cycles';
import { expectClean, useSession } from './harness';

const e2e = useSession();
const IDLE_SECONDS = 15;

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
    const cdp = await metricsSession(page);
    const samples: KioskSample[] = [];
    for (let cycle = 1; cycle <= 20; cycle += 1) {
      await kioskCycle(page, IDLE_SECONDS, cycle);
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
    await expectClean(page);
  }, 300_000); // about 5 s a visit with SwiftShader
});
