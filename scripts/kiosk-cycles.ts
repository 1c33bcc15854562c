/**
 * Drives festival-kiosk visits in a page and measures what an all-day stand must keep flat. Used
 * by `npm run soak:kiosk` (scripts/soak-kiosk.ts, 200 cycles, table into docs/performance.md) and
 * by the e2e suite (tests/e2e/kiosk-soak.test.ts, 20 cycles, asserts the counts).
 *
 * One cycle, as an unattended visitor: tap the attract screen, make up to three moves, walk away;
 * the page's clock is fast-forwarded through the idle time and the countdown until the attract
 * screen is back, on a fresh page (the kiosk reloads itself when its server answers) or, with the
 * own address made to fail, in the same page. Before a measurement, garbage is collected (CDP), so
 * only what is still reachable counts.
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
/** The idle warning's length (src/ui/kiosk/kiosk-idle.ts COUNTDOWN_SECONDS). */
const COUNTDOWN_SECONDS = 20;

/**
 * How a visit ends. `reload`: what ships when the server answers, the kiosk resets and reloads
 * itself, so the next visitor starts on a fresh page. `in-page`: the reset the kiosk falls back to
 * when its own address does not answer (the caller makes that address fail, see
 * failOwnAddress), so leaks in the game's own code stay visible.
 */
export type KioskReset = 'reload' | 'in-page';

/**
 * Makes the page's own address fail from now on (the files it loaded stay), as when the server
 * or the network is gone: the kiosk then resets in the page instead of reloading.
 */
export async function failOwnAddress(page: Page): Promise<void> {
  const own = new URL(page.url());
  await page.route(
    (url) => url.origin === own.origin && url.pathname === own.pathname,
    (route) => route.abort(),
  );
}

/**
 * One unattended visit. The page must have `page.clock.install()` and the kiosk open on its
 * attract screen; `idleSeconds` is the kiosk's configured idle time. Resolves to the number of
 * WebGL contexts the page made that the visit reloaded away from (0 when it stayed on its page).
 */
export async function kioskCycle(
  page: Page,
  idleSeconds: number,
  cycle: number,
  reset: KioskReset = 'in-page',
): Promise<number> {
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
  if (reset === 'reload') return walkAwayFromPage(page, idleSeconds, cycle);
  // Walk away: the idle time, then the countdown (at most a minute), then the attract screen.
  await page.clock.fastForward((idleSeconds + 1) * 1000);
  for (let waited = 0; waited < 90; waited += 1) {
    if ((await page.getByRole('button', { name: START }).count()) > 0) {
      await settleAttract(page);
      return 0;
    }
    await page.clock.fastForward(1000);
  }
  throw new Error(`cycle ${String(cycle)}: the kiosk did not return to its attract screen`);
}

/**
 * Walks away and waits for the kiosk to reload itself onto a fresh attract screen. Two jumps of
 * the clock (the idle time, then the whole countdown, which is counted from the clock): each jump
 * is replayed into every later page by Playwright, so the fewer the better over 200 reloads.
 */
async function walkAwayFromPage(page: Page, idleSeconds: number, cycle: number): Promise<number> {
  const made = (await webglCounts(page)).created;
  await page.evaluate((visit) => {
    (window as unknown as { __kioskVisit?: number }).__kioskVisit = visit;
  }, cycle);
  // Watched from here (the page's own timeline is under the fake clock, which hides it).
  const mapCode = Promise.all(
    ['/create-town-map-', '/phaser-'].map((chunk) =>
      page.waitForEvent('requestfinished', {
        predicate: (request) => request.url().includes(chunk),
        timeout: 120_000,
      }),
    ),
  );
  mapCode.catch(() => undefined); // awaited below; a timeout there says which cycle
  await page.clock.fastForward((idleSeconds + 1) * 1000);
  await page.clock.fastForward((COUNTDOWN_SECONDS + 1) * 1000);
  try {
    // The mark is gone only on a new document (waitForFunction follows the page's navigations).
    await page.waitForFunction(() => !('__kioskVisit' in window), undefined, {
      polling: 50,
      timeout: 60_000,
    });
    await page.getByRole('button', { name: START }).waitFor({ timeout: 60_000 });
  } catch (error) {
    throw new Error(`cycle ${String(cycle)}: the kiosk did not reload onto its attract screen`, {
      cause: error,
    });
  }
  await settleAttract(page);
  // A fresh page fetches the map's code in an idle moment (src/app.ts prefetchMap), as a page
  // that has run a game holds it: the measure waits for it, so every page is measured alike.
  await mapCode;
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          setTimeout(resolve, 0);
        });
      }),
  );
  return made;
}

/**
 * The attract screen shows a while before the next visitor: timers and frames the reset left
 * pending run (on the fake clock they wait for it), so a measure sees the settled page.
 */
async function settleAttract(page: Page): Promise<void> {
  await page.clock.fastForward(3000);
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
