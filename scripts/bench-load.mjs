#!/usr/bin/env node
/* global document, performance, window, MutationObserver */
/**
 * npm run bench:load — the game beside a blank Phaser 4 game built with Vite (bench/blank-phaser),
 * measured the same way in one run (issue #15):
 *
 *   node scripts/bench-load.mjs [--loads 5] [--cpu 4] [--write] [--chromium /usr/bin/chromium]
 *
 * Builds the baseline (the game's dist/ must exist: npm run build). Loads are interleaved (game,
 * blank, game, blank, …), each in a new headless Chromium with a fresh profile, with the CPU slowed
 * down (CDP Emulation.setCPUThrottlingRate), served from 127.0.0.1 by scripts/static-server.mjs
 * without compression (raw bytes, as the issue measured). Measures per load:
 * - navigation → first enabled button (the title's first control, in index.html itself since the
 *   build prerenders the title; the baseline's button, enabled when its scene is created), by a
 *   MutationObserver installed before the page's scripts; also first contentful paint and the first
 *   enabled button the page's script drew (the live title; for the baseline the same button);
 * - JavaScript (gzip size of each file, from disk) fetched before that moment;
 * - JS heap after load (CDP, after a forced garbage collection), 2 s after the button.
 * And once: JavaScript (gzip) in the whole build. --write puts the table in docs/performance.md.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';
import { build } from 'vite';

import { median, writeSection } from './bench-report.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GAME = path.join(ROOT, 'dist');
const BLANK_ROOT = path.join(ROOT, 'bench', 'blank-phaser');
const BLANK = path.join(ROOT, 'dist-blank-phaser');
const DOC = path.join(ROOT, 'docs', 'performance.md');

const { values: options } = parseArgs({
  options: {
    loads: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '4' },
    write: { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium' },
  },
});
const LOADS = Number(options.loads);
const CPU = Number(options.cpu);
if (!existsSync(path.join(GAME, 'index.html'))) {
  console.error('dist/index.html is missing: run "npm run build" first.');
  process.exit(1);
}

/** In the page, before its scripts: when the first enabled button appears. */
function probe() {
  const marks = { button: null, live: null };
  window.__load = marks;
  const check = () => {
    if (marks.live !== null) return;
    for (const button of document.querySelectorAll('button')) {
      if (button.disabled) continue;
      marks.button ??= performance.now();
      // The game's title as its script draws it (the build's copy in index.html is marked).
      if (button.closest('[data-prerendered]') === null) {
        marks.live = performance.now();
        return;
      }
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'data-prerendered'],
  });
}

/** gzip -9 size of every .js file of a build, by its path under the site's root. */
async function jsGzipSizes(dir) {
  const sizes = new Map();
  for (const name of await readdir(path.join(dir, 'assets'))) {
    if (!name.endsWith('.js')) continue;
    const raw = await readFile(path.join(dir, 'assets', name));
    sizes.set(`assets/${name}`, gzipSync(raw, { level: 9 }).length);
  }
  return sizes;
}

async function loadOnce(url, sizes) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bench-load-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await page.addInitScript(probe);
    await page.goto(url);
    await page.waitForFunction(() => window.__load?.live != null, null, {
      timeout: 60_000,
      polling: 10,
    });
    const { button, live, paint, scripts } = await page.evaluate(() => {
      const at = window.__load.button;
      const entries = performance.getEntriesByType('resource');
      return {
        button: at,
        live: window.__load.live,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: entries
          .filter((e) => e.responseEnd <= at && /\.js$/.test(new URL(e.name).pathname))
          .map((e) => new URL(e.name).pathname),
      };
    });
    const jsBefore = scripts.reduce((sum, p) => {
      const key = p.slice(p.indexOf('assets/'));
      return sum + (sizes.get(key) ?? 0);
    }, 0);
    await page.waitForTimeout(2000);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    return { button, live, paint, jsBefore, heap, version: context.browser()?.version() ?? '' };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await build({ configFile: path.join(BLANK_ROOT, 'vite.config.ts'), logLevel: 'warn' });
const sites = {
  game: { dir: GAME, base: '/gemeente/spel/', sizes: await jsGzipSizes(GAME), runs: [] },
  blank: { dir: BLANK, base: '/blank/', sizes: await jsGzipSizes(BLANK), runs: [] },
};
const servers = {};
for (const [name, site] of Object.entries(sites))
  servers[name] = await startStaticServer({ dir: site.dir, base: site.base, compress: false });
let version = '';
try {
  for (let i = 0; i < LOADS; i++) {
    for (const name of ['game', 'blank']) {
      const run = await loadOnce(servers[name].url, sites[name].sizes);
      version = run.version;
      sites[name].runs.push(run);
      console.error(
        `${name} #${i + 1}: button ${run.button.toFixed(0)} ms (by script ${run.live.toFixed(0)} ms), JS before ${(run.jsBefore / 1000).toFixed(1)} kB, heap ${(run.heap / 1e6).toFixed(1)} MB`,
      );
    }
  }
} finally {
  for (const server of Object.values(servers)) await server.close();
}

const total = (sizes) => [...sizes.values()].reduce((a, b) => a + b, 0);
const rows = [
  [
    'navigation → first enabled button',
    (s) => median(s.runs.map((r) => r.button)),
    (v) => `${Math.round(v).toLocaleString('en')} ms`,
  ],
  [
    'navigation → first contentful paint',
    (s) => median(s.runs.map((r) => r.paint ?? Number.NaN)),
    (v) => `${Math.round(v).toLocaleString('en')} ms`,
  ],
  [
    "navigation → first enabled button drawn by the page's script",
    (s) => median(s.runs.map((r) => r.live)),
    (v) => `${Math.round(v).toLocaleString('en')} ms`,
  ],
  [
    'JS (gzip) loaded before the first enabled button',
    (s) => median(s.runs.map((r) => r.jsBefore)),
    (v) => `${(v / 1000).toFixed(1)} KB`,
  ],
  [
    'JS heap after load',
    (s) => median(s.runs.map((r) => r.heap)),
    (v) => `${(v / 1e6).toFixed(1)} MB`,
  ],
  ['JS (gzip) in the whole build', (s) => total(s.sizes), (v) => `${(v / 1000).toFixed(1)} KB`],
];
const range = (name, pick) => {
  const values = sites[name].runs.map(pick);
  return `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
};
const date = new Date().toISOString().slice(0, 10);
const table = [
  `Measured on ${date} with \`npm run bench:load -- --loads ${LOADS} --cpu ${CPU}\`: ${LOADS} loads each, interleaved,`,
  `Chromium ${version} headless at ${CPU}× CPU slowdown, a fresh profile per load, served from 127.0.0.1`,
  'without compression; medians. One 2-core machine shared with other work: noisy, compare the ratios.',
  '',
  '| measure | Geruchtenmolen | blank Phaser game | ratio |',
  '|---|---:|---:|---:|',
  ...rows.map(([label, pick, format]) => {
    const game = pick(sites.game);
    const blank = pick(sites.blank);
    return `| ${label} | ${format(game)} | ${format(blank)} | ${(game / blank).toFixed(2)} |`;
  }),
  '',
  `Range of navigation → first enabled button: game ${range('game', (r) => r.button)} ms, blank ${range('blank', (r) => r.button)} ms.`,
].join('\n');
console.log(table);

if (options.write) {
  await writeSection(DOC, 'bench-load', table, 'Beside a blank Phaser game');
  console.error(`wrote ${path.relative(ROOT, DOC)}`);
}
