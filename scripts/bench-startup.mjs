#!/usr/bin/env node
/* global document, performance, window, Element, MutationObserver, PerformanceObserver, requestAnimationFrame */
/**
 * Startup benchmark for the built game (dist/; this script builds nothing).
 *
 *   node scripts/bench-startup.mjs [--runs 7] [--write] [--renderer auto|canvas] [--chromium /usr/bin/chromium]
 *
 * Serves dist/ with scripts/static-server.mjs (127.0.0.1, a sub-path, the strict CSP) and, per
 * run, launches headless Chromium with a fresh profile (so nothing is cached) twice:
 *   A. "quick player": clicks Play the moment the title screen is interactive;
 *   B. "idle title": waits 3 s on the title screen (the map chunk is prefetched when idle), then
 *      clicks Play.
 *   C. (when the build put the title in index.html) a Play on that copy with scripts off until
 *      the click: the form loads ?scenario=<id>; navigation → map drawn in that second page.
 * A and B click the live title's Play (the first script's, not the build's copy).
 * Times are measured inside the page with performance.now() (0 = navigation start) by a
 * MutationObserver installed before any page script. JS heap comes from the Chrome DevTools
 * Protocol after a forced garbage collection (performance.memory is coarse and bucketed).
 * Prints Markdown; --write also writes docs/performance.md.
 */
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const DOC = path.join(ROOT, 'docs', 'performance.md');
const IDLE_MS = 3000;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' },
    write: { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium' },
    renderer: { type: 'string', default: 'auto' },
  },
});
if (!['auto', 'canvas'].includes(options.renderer))
  throw new Error(`--renderer must be auto or canvas, got ${options.renderer}`);
// Each renderer has its own section in docs/performance.md.
const BEGIN = `<!-- bench-startup:begin renderer=${options.renderer} -->`;
const END = `<!-- bench-startup:end renderer=${options.renderer} -->`;
const QUERY = options.renderer === 'canvas' ? '?renderer=canvas' : '';
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got ${options.runs}`);
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(
    'dist/index.html is missing: run "npm run build" first (this script measures the build, it does not make one).',
  );
  process.exit(1);
}

const ARGS = CHROMIUM_ARGS;

/** Runs in the page before its own scripts: timestamps of the moments we care about. */
function probe() {
  const marks = {
    titleReady: null,
    liveReady: null,
    playClick: null,
    mapReady: null,
    mapRenderer: null,
    longTasks: [],
  };
  window.__bench = marks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the long-task rows stay empty
  }
  // A story's Play button shows a short word; its accessible name says which story.
  const isPlay = (el) =>
    /^(Speel|Play): /.test(el.getAttribute('aria-label') ?? el.textContent ?? '');
  const check = () => {
    const now = performance.now();
    if (marks.titleReady === null || marks.liveReady === null) {
      for (const button of document.querySelectorAll('button')) {
        if (!isPlay(button) || button.disabled) continue;
        marks.titleReady ??= now;
        // The live title: the script's own, not the build's copy in index.html.
        if (button.closest('[data-prerendered]') === null) {
          marks.liveReady = now;
          break;
        }
      }
    }
    if (marks.mapReady === null && document.querySelector('.map-canvas[data-state="ready"]'))
      marks.mapReady = now;
    if (marks.mapRenderer === null) {
      const map = document.querySelector('.map-canvas[data-renderer]');
      if (map) marks.mapRenderer = { at: now, renderer: map.getAttribute('data-renderer') };
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state', 'data-renderer', 'disabled', 'data-prerendered'],
  });
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (marks.playClick === null && target && isPlay(target)) marks.playClick = performance.now();
    },
    true,
  );
}

/** Paint, DOMContentLoaded, load and the Phaser chunk's download, from the page's own timeline. */
function pageTimings(cutoff) {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const resources = performance.getEntriesByType('resource');
  const phaser = resources.find((r) => /\/assets\/phaser-[^/]+\.js$/.test(r.name));
  return {
    fcp: fcp ? fcp.startTime : null,
    dcl: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
    phaserStart: phaser ? phaser.startTime : null,
    phaserEnd: phaser ? phaser.responseEnd : null,
    // What had arrived by `cutoff` (the interactive title screen): the first screen's cost.
    bytes:
      resources
        .filter((r) => r.responseEnd <= cutoff)
        .reduce((sum, r) => sum + (r.encodedBodySize || 0), 0) + (nav ? nav.encodedBodySize : 0),
    requests: resources.filter((r) => r.responseEnd <= cutoff).length + 1,
  };
}

async function waitFor(page, predicate, arg, timeout = 30_000) {
  await page.waitForFunction(predicate, arg, { timeout, polling: 10 });
}

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  return {
    used: get('JSHeapUsedSize'),
    total: get('JSHeapTotalSize'),
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
  };
}

async function busyShare(page, duration) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      ?.value ?? 0;
  const before = await task();
  await page.waitForTimeout(duration);
  const after = await task();
  await cdp.detach();
  return (after - before) / (duration / 1000);
}

/** A headless Chromium with a new, empty profile (nothing cached), at 1280×800. */
async function freshBrowser() {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'geruchtenmolen-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return { profile, context };
}

/** One fresh browser, one page load, Play clicked after `idleMs` on the title screen. */
async function runOnce(url, idleMs) {
  const { profile, context } = await freshBrowser();
  try {
    const version = context.browser()?.version() ?? '';
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(probe);
    await page.goto(url);
    // The quick player clicks the live title's Play (the build's copy in index.html would load
    // the page again with ?scenario=: row C).
    await waitFor(page, () => window.__bench?.liveReady != null);
    let titleHeap = null;
    if (idleMs > 0) {
      await page.waitForTimeout(idleMs);
      titleHeap = await heap(page);
    }
    // Main-thread tasks over 50 ms between the interactive title screen and the Play click:
    // what a player who clicks at once may have to wait for (e.g. the map chunk being evaluated).
    const early = await page.evaluate(() =>
      window.__bench.longTasks.filter((t) => t.start + t.duration > window.__bench.liveReady),
    );
    await page
      .locator('.title-screen:not([data-prerendered])')
      .getByRole('button', { name: /^(Speel|Play): / })
      .first()
      .click();
    await waitFor(page, () => window.__bench?.mapRenderer != null);
    // Let the first frames be drawn before measuring the heap of the play screen.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.waitForTimeout(500);
    const playHeap = await heap(page);
    // How busy the page's main thread is while the player reads and nothing changes (Phaser keeps
    // its game loop running): share of 2 s spent in tasks.
    const idleBusy = await busyShare(page, 2000);
    const marks = await page.evaluate(() => window.__bench);
    const timings = await page.evaluate(pageTimings, marks.liveReady);
    return {
      version,
      titleReady: marks.titleReady,
      liveReady: marks.liveReady,
      fcp: timings.fcp,
      dcl: timings.dcl,
      load: timings.load,
      titleBytes: timings.bytes,
      titleRequests: timings.requests,
      phaserStart: timings.phaserStart,
      phaserEnd: timings.phaserEnd,
      clickToMap: marks.mapReady - marks.playClick,
      longestAfterTitle: early.reduce((max, t) => Math.max(max, t.duration), 0),
      blockingAfterTitle: early.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      clickToFirstFrame: marks.mapRenderer.at - marks.playClick,
      renderer: marks.mapRenderer.renderer,
      titleHeap,
      playHeap,
      idleBusy,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * C. The Play of the page as served, before any script (scripts are off until it is pressed): the
 * form loads `?scenario=<id>`; measured in that second page, navigation start → map drawn.
 */
async function formOnce(url) {
  const { profile, context } = await freshBrowser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(probe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(url);
    const play = page
      .locator('[data-prerendered]')
      .getByRole('button', { name: /^(Speel|Play): / });
    await play.first().waitFor();
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await play.first().click();
    await page.waitForURL(/[?&]scenario=/);
    await waitFor(page, () => window.__bench?.mapReady != null);
    return await page.evaluate(() => window.__bench.mapReady);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;
const kb = (x) => `${(x / 1024).toFixed(1)} kB`;

function row(label, values, format) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return `| ${label} | – | – | – |`;
  return `| ${label} | ${format(median(xs))} | ${format(Math.min(...xs))} | ${format(Math.max(...xs))} |`;
}

async function distSizes() {
  const dir = path.join(DIST, 'assets');
  const files = (await readdir(dir)).filter((f) => /\.(js|css)$/.test(f)).sort();
  const rows = [];
  for (const file of files) {
    const data = await readFile(path.join(dir, file));
    rows.push({
      file,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      phaser: /^phaser-/.test(file),
    });
  }
  return rows;
}

function chromiumVersion(fromBrowser) {
  if (fromBrowser) return fromBrowser;
  try {
    return execFileSync(options.chromium, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

// --- run ---------------------------------------------------------------------------------------

const server = await startStaticServer({ dir: DIST, port: 0, base: '/gemeente/spel/' });
const quick = [];
const idle = [];
const form = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    quick.push(await runOnce(server.url + QUERY, 0));
    idle.push(await runOnce(server.url + QUERY, IDLE_MS));
    // Without a prerendered title (no data-prerendered) there is no form to press.
    if (quick[i].titleReady !== quick[i].liveReady) form.push(await formOnce(server.url + QUERY));
    process.stderr.write(
      `run ${i + 1}/${RUNS}: title ${ms(quick[i].titleReady)} (live ${ms(quick[i].liveReady)}), map ${ms(quick[i].clickToMap)} (quick) / ${ms(idle[i].clickToMap)} (after idle)${form[i] === undefined ? '' : ` / ${ms(form[i])} (form page load)`}\n`,
    );
  }
} finally {
  await server.close();
}

const sizes = await distSizes();
const phaserRows = sizes.filter((s) => s.phaser);
const otherRows = sizes.filter((s) => !s.phaser);
const sum = (rows, key) => rows.reduce((total, r) => total + r[key], 0);
const all = [...quick, ...idle];
const version = chromiumVersion(quick[0]?.version);
const date = new Date().toISOString().slice(0, 10);

const markdown = [
  `### Renderer: ${options.renderer === 'canvas' ? 'Canvas (`?renderer=canvas`)' : 'default (WebGL where available)'}`,
  '',
  `Measured on ${date} with \`node scripts/bench-startup.mjs --runs ${RUNS}${options.renderer === 'canvas' ? ' --renderer canvas' : ''}\`: ${RUNS} runs × 2 page loads,`,
  `each in a fresh browser profile (nothing cached). Machine: 2 cores, headless Chromium 156 with SwiftShader;`,
  `one machine, noisy (this run: ${os.cpus().length} cores, ${version}, Node ${process.version}). Served by`,
  '`scripts/static-server.mjs` from 127.0.0.1 under `/gemeente/spel/` with the strict CSP, no compression.',
  '',
  '#### Startup',
  '',
  'Times from navigation start (`performance.now()` in the page). "Interactive title screen" is the',
  'moment the first "Speel: …" button of the live title exists and is enabled (a MutationObserver',
  "installed before the game's scripts); A and B click that one. Median and range over all page",
  'loads unless the row says which kind.',
  '',
  '| measure | median | min | max |',
  '|---|---:|---:|---:|',
  row(
    'first contentful paint',
    all.map((r) => r.fcp),
    ms,
  ),
  row(
    "**title with an enabled Play** (the build's copy in index.html, before any script)",
    all.map((r) => r.titleReady),
    ms,
  ),
  row(
    '**interactive title screen** (the live title, its script running)',
    all.map((r) => r.liveReady),
    ms,
  ),
  row(
    'DOMContentLoaded',
    all.map((r) => r.dcl),
    ms,
  ),
  row(
    'load event',
    all.map((r) => r.load),
    ms,
  ),
  row(
    'bytes fetched by the time the title screen is interactive',
    all.map((r) => r.titleBytes),
    kb,
  ),
  row(
    'Phaser chunk requested (idle prefetch, B)',
    idle.map((r) => r.phaserStart),
    ms,
  ),
  row(
    'Phaser chunk downloaded (B)',
    idle.map((r) => r.phaserEnd),
    ms,
  ),
  row(
    'A, quick player: Play click → map drawn (`data-state=ready`)',
    quick.map((r) => r.clickToMap),
    ms,
  ),
  row(
    'B, after 3 s on the title: Play click → map drawn',
    idle.map((r) => r.clickToMap),
    ms,
  ),
  row(
    'C, Play on the page as served (no script yet): page load with `?scenario=` → map drawn',
    form,
    ms,
  ),
  row(
    'Play click → renderer known (`data-renderer`, first frame)',
    all.map((r) => r.clickToFirstFrame),
    ms,
  ),
  row(
    'play screen left alone: main thread busy (share of 2 s)',
    all.map((r) => r.idleBusy * 100),
    (x) => `${x.toFixed(0)} %`,
  ),
  row(
    'B: longest main-thread task in the 3 s after the title is interactive',
    idle.map((r) => r.longestAfterTitle),
    ms,
  ),
  row(
    'B: blocking time (sum of task time over 50 ms) in those 3 s',
    idle.map((r) => r.blockingAfterTitle),
    ms,
  ),
  '',
  `Renderer in use: ${[...new Set(all.map((r) => r.renderer))].join(', ')}. Requests until the title screen is interactive: ${median(all.map((r) => r.titleRequests))} (the page, its script and stylesheet, two fonts and the content files).`,
  '',
  '#### Memory (CDP `Performance.getMetrics` after `HeapProfiler.collectGarbage`)',
  '',
  '| point | JS heap used (median) | min | max | DOM nodes (median) | event listeners (median) |',
  '|---|---:|---:|---:|---:|---:|',
  heapRow(
    'title screen, 3 s after load (map chunk prefetched) (B)',
    idle.map((r) => r.titleHeap),
  ),
  heapRow(
    'play screen with the map drawn (A)',
    quick.map((r) => r.playHeap),
  ),
  heapRow(
    'play screen with the map drawn (B)',
    idle.map((r) => r.playHeap),
  ),
  '',
  '#### Build size (`dist/assets`, gzip -9 computed by the script)',
  '',
  '| file | raw | gzip -9 |',
  '|---|---:|---:|',
  ...sizes.map(
    (s) => `| \`${s.file}\`${s.phaser ? ' (Phaser chunk)' : ''} | ${kb(s.raw)} | ${kb(s.gzip)} |`,
  ),
  `| **Phaser chunk** | **${kb(sum(phaserRows, 'raw'))}** | **${kb(sum(phaserRows, 'gzip'))}** |`,
  `| **everything else (JS + CSS)** | **${kb(sum(otherRows, 'raw'))}** | **${kb(sum(otherRows, 'gzip'))}** |`,
  '',
  'Fonts (woff/woff2) are not counted above; the title screen loads two woff2 files.',
].join('\n');

function heapRow(label, heaps) {
  const h = heaps.filter(Boolean);
  if (h.length === 0) return `| ${label} | – | – | – | – | – |`;
  const used = h.map((x) => x.used);
  return `| ${label} | ${mb(median(used))} | ${mb(Math.min(...used))} | ${mb(Math.max(...used))} | ${Math.round(median(h.map((x) => x.nodes)))} | ${Math.round(median(h.map((x) => x.listeners)))} |`;
}

console.log(markdown);

if (options.write) {
  const section = `${BEGIN}\n${markdown}\n${END}`;
  let doc;
  if (existsSync(DOC)) {
    const before = await readFile(DOC, 'utf8');
    const start = before.indexOf(BEGIN);
    const end = before.indexOf(END);
    doc =
      start >= 0 && end > start
        ? `${before.slice(0, start)}${section}${before.slice(end + END.length)}`
        : `${before.trimEnd()}\n\n${section}\n`;
  } else {
    doc = `${[
      '# Performance',
      '',
      'How fast the game starts and how big it is, measured by a script anyone can run:',
      '',
      '```sh',
      'npm run build',
      'node scripts/bench-startup.mjs            # prints the tables',
      'node scripts/bench-startup.mjs --write    # and updates this page (between the markers)',
      'node scripts/bench-startup.mjs --runs 15  # more runs, less noise',
      'node scripts/bench-startup.mjs --renderer canvas --write   # the same with ?renderer=canvas',
      '```',
      '',
      '## Method',
      '',
      '- The built game (`dist/`) is served by `scripts/static-server.mjs` on 127.0.0.1 under a',
      '  sub-path with the strict Content-Security-Policy, exactly as the end-to-end tests serve it.',
      '- Every page load starts a new headless Chromium with a fresh profile: a cold cache, as on a',
      "  visitor's first visit. Per run there are two loads: **A** clicks Play the moment the title",
      '  screen is interactive (the worst case for the map, whose chunk may still be loading), **B**',
      '  waits 3 s on the title screen first (the map chunk is prefetched when the browser is idle).',
      '- Times are taken inside the page with `performance.now()` (0 = navigation start) by a',
      "  `MutationObserver` installed with `addInitScript` before the game's own scripts, plus the",
      '  Navigation, Paint and Resource Timing entries.',
      '- Memory is read over the Chrome DevTools Protocol after a forced garbage collection',
      '  (`HeapProfiler.collectGarbage`, then `Performance.getMetrics`).',
      '- WebGL runs on SwiftShader (software) here, which is much slower than any real GPU: treat the',
      '  map timings as an upper bound and compare numbers between runs of this script only.',
      '',
      '## Results',
      '',
      section,
      '',
    ].join('\n')}`;
  }
  await writeFile(DOC, doc);
  console.error(`\nwrote ${path.relative(ROOT, DOC)}`);
}
