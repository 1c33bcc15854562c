#!/usr/bin/env node
/* global document, performance, window, requestAnimationFrame, MutationObserver */
/**
 * Frame-rate benchmark of the town map's animation, on the built game (dist/; this script
 * builds nothing: run `npx vite build` first).
 *
 *   node scripts/bench-fps.mjs [--moves 4] [--print-only] [--chromium /usr/bin/chromium]
 *
 * Serves dist/ with scripts/static-server.mjs (127.0.0.1, a sub-path, the strict CSP), starts
 * headless Chromium (and stops it again, by its process id if closing hangs), and for WebGL
 * (the default) and Canvas (?renderer=canvas) opens ?scenario=zwembad&seed=1 in a fresh
 * profile. It makes up to --moves moves with the keyboard (key 1: the first move on offer) and
 * records every requestAnimationFrame timestamp in the page from the key press until the map
 * has stepped through the newest ticks (the map container loses data-animating). Per move:
 * frames per second over the animation (frames ÷ time) and the worst frame (1000 ÷ the longest
 * gap between two frames). Afterwards it checks that the play screen goes idle again (the game
 * loop sleeps between moves). Prints Markdown and writes it into docs/performance.md as the
 * "Map animation frame rate" section (between markers; the rest of the file is kept).
 */
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const DOC = path.join(ROOT, 'docs', 'performance.md');
const BEGIN = '<!-- bench-fps:begin -->';
const END = '<!-- bench-fps:end -->';
const SCENARIO = '?scenario=zwembad&seed=1';

const { values: options } = parseArgs({
  options: {
    moves: { type: 'string', default: process.env.BENCH_MOVES ?? '4' },
    'print-only': { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium' },
  },
});
const MOVES = Number(options.moves);
if (!Number.isInteger(MOVES) || MOVES < 1)
  throw new Error(`--moves must be a whole number ≥ 1, got ${options.moves}`);
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(
    'dist/index.html is missing: run "npx vite build" first (this script measures the build, it does not make one).',
  );
  process.exit(1);
}

const ARGS = CHROMIUM_ARGS;

/**
 * Runs in the page before its own scripts: a requestAnimationFrame recorder that runs exactly
 * while the map container carries data-animating (the map stepping through the newest ticks),
 * plus the time of the key press, so the wait before the animation is reported apart.
 */
function recorder() {
  const state = { on: false, stamps: [], pressedAt: null, startedAt: null };
  const tick = (now) => {
    if (!state.on) return;
    state.stamps.push(now);
    requestAnimationFrame(tick);
  };
  new MutationObserver(() => {
    const animating = document.querySelector('.map-canvas[data-animating]') !== null;
    if (animating && !state.on) {
      state.on = true;
      state.startedAt = performance.now();
      requestAnimationFrame(tick);
    } else if (!animating && state.on) state.on = false;
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-animating'],
  });
  document.addEventListener(
    'keydown',
    () => {
      state.pressedAt = performance.now();
    },
    true,
  );
  window.__fps = {
    reset() {
      Object.assign(state, { on: false, stamps: [], pressedAt: null, startedAt: null });
    },
    read() {
      return { stamps: state.stamps, pressedAt: state.pressedAt, startedAt: state.startedAt };
    },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** How busy the main thread is over `duration` ms (share of wall time spent in tasks). */
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

/** One renderer: a fresh browser context, the scenario, up to MOVES moves, each one measured. */
async function measure(browser, url, renderer) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(recorder);
    await page.goto(`${url}${SCENARIO}${renderer === 'canvas' ? '&renderer=canvas' : ''}`);
    await page
      .locator('.map-canvas[data-state="ready"][data-renderer]')
      .waitFor({ timeout: 30_000 });
    const used = await page.locator('.map-canvas').getAttribute('data-renderer');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('.map-canvas canvas');
      return c ? `${c.width} × ${c.height}` : '?';
    });
    await page.waitForTimeout(1000);
    const idleBefore = await busyShare(page, 1500);
    const moves = [];
    for (let m = 0; m < MOVES; m += 1) {
      if ((await page.locator('button.move').count()) === 0) break; // an ending: no moves left
      const heading = await page.locator('[data-screen-heading]').first().textContent();
      await page.evaluate(() => window.__fps.reset());
      const t0 = Date.now();
      await page.keyboard.press('1');
      let animated = true;
      try {
        await page
          .locator('.map-canvas[data-animating]')
          .waitFor({ state: 'attached', timeout: 3000 });
      } catch {
        animated = false; // no new frames to step through (or reduced motion)
      }
      if (animated)
        await page.waitForFunction(
          () => document.querySelector('.map-canvas[data-animating]') === null,
          null,
          { timeout: 60_000, polling: 50 },
        );
      else await page.waitForTimeout(1500);
      const { stamps, pressedAt, startedAt } = await page.evaluate(() => window.__fps.read());
      const wall = Date.now() - t0;
      const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
      const span = stamps.length > 1 ? stamps[stamps.length - 1] - stamps[0] : NaN;
      moves.push({
        animated,
        wall,
        delay: pressedAt !== null && startedAt !== null ? startedAt - pressedAt : NaN,
        frames: stamps.length,
        span,
        fps: ((stamps.length - 1) * 1000) / span,
        worst: gaps.length > 0 ? 1000 / Math.max(...gaps) : NaN,
        medianFrameMs: median(gaps),
      });
      await page.waitForFunction(
        (before) => document.querySelector('[data-screen-heading]')?.textContent !== before,
        heading,
        { timeout: 10_000 },
      );
      await page.waitForTimeout(400);
    }
    const idleAfter = await busyShare(page, 2000);
    return { renderer, used, canvas, moves, idleBefore, idleAfter, errors };
  } finally {
    await context.close();
  }
}

const server = await startStaticServer({ dir: DIST, base: '/gemeente/spel/' });
// A browser server, so this script knows the process id of the Chromium it started.
const browserServer = await chromium.launchServer({
  executablePath: options.chromium,
  headless: true,
  args: ARGS,
});
const pid = browserServer.process().pid;
const browser = await chromium.connect(browserServer.wsEndpoint());
let results;
let version;
try {
  version = browser.version();
  results = [];
  for (const renderer of ['webgl', 'canvas'])
    results.push(await measure(browser, server.url, renderer));
} finally {
  // Close politely; if Chromium hangs, stop exactly the process this script started.
  const closed = await Promise.race([
    browser
      .close()
      .then(() => browserServer.close())
      .then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]);
  if (!closed && pid !== undefined) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await server.close();
}

const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const pct = (x) => `${Math.round(x * 100)} %`;
const cpu = (() => {
  const result = spawnSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], {
    encoding: 'utf8',
  });
  return (result.stdout || os.cpus()[0]?.model || 'unknown CPU').trim();
})();
const date = new Date().toISOString().slice(0, 10);

const rows = results.map((r) => {
  const animated = r.moves.filter((m) => m.animated);
  const label = r.renderer === 'webgl' ? 'WebGL (default)' : 'Canvas (`?renderer=canvas`)';
  return `| ${label}${r.used !== r.renderer ? ` (got ${r.used})` : ''} | ${animated.length} of ${r.moves.length} | ${fmt(median(animated.map((m) => m.fps)))} | ${fmt(Math.min(...animated.map((m) => m.fps)))} | ${fmt(Math.min(...animated.map((m) => m.worst)))} | ${fmt(median(animated.map((m) => m.span / 1000)), 1)} s | ${fmt(median(animated.map((m) => m.delay)))} ms | ${pct(r.idleBefore)} / ${pct(r.idleAfter)} |`;
});
const perMove = results.flatMap((r) =>
  r.moves.map(
    (m, i) =>
      `| ${r.renderer} | ${i + 1} | ${m.animated ? 'yes' : 'no'} | ${fmt(m.delay)} ms | ${fmt(m.span)} ms | ${m.frames} | ${fmt(m.fps)} | ${fmt(m.medianFrameMs, 1)} ms | ${fmt(m.worst)} |`,
  ),
);
const errors = results.flatMap((r) => r.errors.map((e) => `- ${r.renderer}: ${e}`));

const markdown = [
  '## Map animation frame rate',
  '',
  `Measured on ${date} with \`npm run bench:fps\` (\`node scripts/bench-fps.mjs --moves ${MOVES}\`) on the`,
  `built game: headless Chromium ${version} with SwiftShader (software WebGL, no GPU), ${os.cpus().length} cores (${cpu}),`,
  `Node ${process.version}. One machine and one run: compare numbers between runs of this script only;`,
  'a real GPU is much faster than SwiftShader.',
  '',
  '**Method.** `dist/` is served by `scripts/static-server.mjs` on 127.0.0.1 under `/gemeente/spel/`',
  `with the strict CSP. For each renderer a fresh browser context opens \`${SCENARIO}\` (1280 × 800),`,
  `waits until the map is drawn, and makes up to ${MOVES} moves with the keyboard (key 1, the first move on offer).`,
  'A `requestAnimationFrame` loop in the page records a timestamp per frame while the map steps through',
  'the newest simulation ticks (from the moment its container gets `data-animating` until it loses it,',
  "seen by a `MutationObserver` installed before the game's scripts). Frame rate = frames ÷ time between",
  'the first and last frame; worst frame = 1000 ÷ the longest gap. "Key press → animation starts" is the',
  'time the move itself takes before the map moves (the engine simulating the town, the DOM updating). The',
  'main-thread share comes from the DevTools `TaskDuration` metric over 1.5 s before the first move and',
  '2 s after the last animation: with the game loop asleep between moves it should be close to 0 %.',
  `The map draws only the pixels it is shown with (see \`mapResolution\` in \`src/game/keys.ts\`): here a canvas of ${results[0]?.canvas ?? '?'} pixels for the 1000 × 600 town.`,
  '',
  '| renderer | moves animated | fps (median of moves) | fps (lowest move) | worst single frame (fps) | animation time (median) | key press → animation starts (median) | main thread busy, idle before / after |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  '<details><summary>Per move</summary>',
  '',
  '| renderer | move | animated | key press → animation | animation | frames | fps | median frame time | worst frame (fps) |',
  '|---|---:|---|---:|---:|---:|---:|---:|---:|',
  ...perMove,
  '',
  '</details>',
  ...(results.some((r) => r.moves.every((m) => !m.animated))
    ? [
        '',
        'No animation was seen for at least one renderer: the engine appended no new simulation frames',
        'after a move (or reduced motion was on), so there was nothing to step through.',
      ]
    : []),
  ...(errors.length > 0 ? ['', 'Page errors during the run:', '', ...errors] : []),
].join('\n');

console.log(markdown);

if (!options['print-only']) {
  const section = `${BEGIN}\n${markdown}\n${END}`;
  const before = existsSync(DOC) ? await readFile(DOC, 'utf8') : '# Performance\n';
  const start = before.indexOf(BEGIN);
  const end = before.indexOf(END);
  const doc =
    start >= 0 && end > start
      ? `${before.slice(0, start)}${section}${before.slice(end + END.length)}`
      : `${before.trimEnd()}\n\n${section}\n`;
  await writeFile(DOC, doc);
  console.error(`\nwrote the "Map animation frame rate" section of ${path.relative(ROOT, DOC)}`);
}
