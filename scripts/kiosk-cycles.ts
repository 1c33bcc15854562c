/**
 * Drives festival-kiosk visits in a page and measures what an all-day stand must keep flat. Used
 * by `npm run soak:kiosk` (scripts/soak-kiosk.ts, 200 cycles, table into docs/performance.md) and
 * by the e2e suite (tests/e2e/kiosk-soak.test.ts, 20 cycles, asserts the counts).
 *
 * One cycle, as an unattended visitor: tap the attract screen, make up to three moves, walk away;
 * the page's clock is fast-forwarded through the idle time and the countdown until the attract
 * screen is back. Before a measurement, garbage is collected (CDP), so only what is still
 * reachable counts.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Counts WebGL contexts the page creates and loses (run before the game, via addInitScript). */
export const WEBGL_COUNTER = `(() => {
  const refs = [];
  const counts = { created: 0, lost: 0 };
  window.__webglCounts = () => ({
    created: counts.created,
    lost: counts.lost,
    alive: refs.filter((ref) => {
      const context = ref.deref();
      return context !== undefined && !context.isContextLost();
    }).length,
  });
  const original = HTMLCanvasElement.prototype.getContext;
  const seen = new WeakSet();
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = original.call(this, type, ...rest);
    if (context && /^(webgl|webgl2|experimental-webgl)$/.test(type) && !seen.has(context)) {
      seen.add(context);
      refs.push(new WeakRef(context));
      counts.created += 1;
      this.addEventListener('webglcontextlost', () => { counts.lost += 1; });
    }
    return context;
  };
})();`;

/** The counts WEBGL_COUNTER keeps; `alive` is only exact after a garbage collection. */
export interface WebglCounts {
  readonly created: number;
  readonly lost: number;
  /** Contexts still reachable and not lost (a canvas that was collected frees its own). */
  readonly alive: number;
}

export async function webglCounts(page: Page): Promise<WebglCounts> {
  return page.evaluate(() => {
    const read = (window as unknown as { __webglCounts?: () => WebglCounts }).__webglCounts;
    return read ? read() : { created: 0, lost: 0, alive: 0 };
  });
}

export interface KioskSample {
  readonly cycle: number;
  readonly nodes: number;
  readonly listeners: number;
  readonly heapMb: number;
  readonly webglCreated: number;
  readonly webglAlive: number;
}

/** What the page holds now, after a forced garbage collection. */
export async function measure(page: Page, cdp: CDPSession, cycle: number): Promise<KioskSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  const webgl = await webglCounts(page);
  return {
    cycle,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    heapMb: metric('JSHeapUsedSize') / 1024 / 1024,
    webglCreated: webgl.created,
    webglAlive: webgl.alive,
  };
}

/** Opens a CDP session with the performance counters on. */
export async function metricsSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

const START = 'Tik hier om te beginnen';

/**
 * One unattended visit. The page must have `page.clock.install()` and the kiosk open on its
 * attract screen; `idleSeconds` is the kiosk's configured idle time.
 */
export async function kioskCycle(page: Page, idleSeconds: number, cycle: number): Promise<void> {
  await page.getByRole('button', { name: START }).click();
  await page.locator('button.move').first().waitFor();
  for (let move = 0; move < 3; move += 1) {
    const buttons = page.locator('button.move');
    const count = await buttons.count();
    if (count === 0) break;
    const heading = await page.locator('[data-screen-heading]').first().innerText();
    // Different visitors choose differently: rotate through the moves on offer.
    await buttons.nth((cycle + move) % count).click();
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-screen-heading]')?.textContent.trim() !== before.trim(),
      heading,
      { polling: 25 },
    );
  }
  // Walk away: the idle time, then the countdown (at most a minute), then the attract screen.
  await page.clock.fastForward((idleSeconds + 1) * 1000);
  for (let waited = 0; waited < 90; waited += 1) {
    if ((await page.getByRole('button', { name: START }).count()) > 0) {
      // The attract screen shows a while before the next visitor: timers and frames the reset
      // left pending run (on the fake clock they wait for it), so a measure sees the settled page.
      await page.clock.fastForward(3000);
      return;
    }
    await page.clock.fastForward(1000);
  }
  throw new Error(`cycle ${String(cycle)}: the kiosk did not return to its attract screen`);
}

/**
 * The soak's limits, last sample against the first: nodes, listeners and heap within 10%, at most
 * one WebGL context alive, no page error. Returns what broke (empty: passed).
 */
export function checkSoak(samples: readonly KioskSample[], pageErrors: number): string[] {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (first === undefined || last === undefined) return ['no samples'];
  const broken: string[] = [];
  const within = (name: string, a: number, b: number): void => {
    if (b > a * 1.1) broken.push(`${name} ${String(a)} → ${String(b)} (more than 10%)`);
  };
  within('DOM nodes', first.nodes, last.nodes);
  within('listeners', first.listeners, last.listeners);
  within('JS heap MB', Number(first.heapMb.toFixed(2)), Number(last.heapMb.toFixed(2)));
  const alive = Math.max(...samples.map((s) => s.webglAlive));
  if (alive > 1) broken.push(`${String(alive)} WebGL contexts alive`);
  if (pageErrors > 0) broken.push(`${String(pageErrors)} page errors`);
  return broken;
}
