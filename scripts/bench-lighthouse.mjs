/**
 * npm run bench:lighthouse — Lighthouse (mobile, its simulated throttling) on the built game and
 * on the blank Phaser 4 game of bench/blank-phaser, interleaved (game, blank, game, …), each run
 * in a new headless Chromium with a fresh profile, both served compressed by
 * scripts/static-server.mjs as a real host would (the game with its strict CSP).
 *
 *   npm run build && node scripts/bench-lighthouse.mjs [--runs 3] [--write] [--chromium /usr/bin/chromium]
 *
 * Prints the medians; --write puts them into docs/performance.md between the bench-lighthouse
 * markers. Nothing leaves the machine: both sites are on 127.0.0.1 and Chromium resolves no other host.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
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
    runs: { type: 'string', default: '3' },
    write: { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium' },
  },
});
const RUNS = Number(options.runs);
if (!existsSync(path.join(GAME, 'index.html'))) throw new Error('Run "npm run build" first.');

/** One Lighthouse run in a fresh Chromium profile: the scores and the metrics we report. */
async function run(url) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'geruchtenmolen-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromium,
    userDataDir: profile,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (result === undefined) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    const value = (id) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: categories.performance?.score ?? Number.NaN,
      accessibility: categories.accessibility?.score ?? Number.NaN,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      version: result.lhr.lighthouseVersion,
      chromium: result.lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '',
    };
  } finally {
    chrome.kill();
    await rm(profile, { recursive: true, force: true });
  }
}

await build({ configFile: path.join(BLANK_ROOT, 'vite.config.ts'), logLevel: 'warn' });
const sites = {
  game: { dir: GAME, base: '/gemeente/spel/', runs: [] },
  blank: { dir: BLANK, base: '/blank/', runs: [] },
};
const servers = {};
for (const [name, site] of Object.entries(sites))
  servers[name] = await startStaticServer({ dir: site.dir, base: site.base, compress: true });
try {
  for (let i = 0; i < RUNS; i++) {
    for (const name of ['game', 'blank']) {
      const result = await run(`${servers[name].url}`);
      sites[name].runs.push(result);
      console.error(
        `${name} ${String(i + 1)}/${String(RUNS)}: performance ${result.performance.toFixed(2)}, TBT ${Math.round(result.tbt)} ms`,
      );
    }
  }
} finally {
  for (const server of Object.values(servers)) await server.close();
}

const pick = (name, key) => median(sites[name].runs.map((r) => r[key]));
const range = (name, key, f) => {
  const values = sites[name].runs.map((r) => r[key]);
  return `${f(Math.min(...values))}–${f(Math.max(...values))}`;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const score = (s) => s.toFixed(2);
const rows = [
  ['performance', 'performance', score],
  ['accessibility', 'accessibility', score],
  ['first contentful paint', 'fcp', seconds],
  ['largest contentful paint', 'lcp', seconds],
  ['total blocking time', 'tbt', (ms) => `${String(Math.round(ms))} ms`],
  ['cumulative layout shift', 'cls', (v) => String(Math.round(v * 1000) / 1000)],
];
const first = sites.game.runs[0];
const date = new Date().toISOString().slice(0, 10);
const load = os.loadavg()[0].toFixed(1);
const table = [
  `Measured on ${date} with \`npm run bench:lighthouse -- --runs ${String(RUNS)}\`: Lighthouse ${first.version}, mobile`,
  `(simulated throttling), performance and accessibility, ${String(RUNS)} runs each, interleaved, Chromium ${first.chromium}`,
  `headless with a fresh profile per run, both served compressed by \`scripts/static-server.mjs\`; medians.`,
  `Load average at the end: ${load} on ${String(os.cpus().length)} cores (shared with other work: noisy).`,
  '',
  '| measure | Geruchtenmolen | blank Phaser game |',
  '|---|---:|---:|',
  ...rows.map(
    ([label, key, f]) => `| ${label} | ${f(pick('game', key))} | ${f(pick('blank', key))} |`,
  ),
  '',
  `Range of performance: game ${range('game', 'performance', score)}, blank ${range('blank', 'performance', score)}; of total blocking time: game ${range('game', 'tbt', (v) => String(Math.round(v)))} ms, blank ${range('blank', 'tbt', (v) => String(Math.round(v)))} ms.`,
].join('\n');
console.log(table);

if (options.write) {
  await writeSection(DOC, 'bench-lighthouse', table, 'Lighthouse (mobile)');
  console.error(`wrote ${path.relative(ROOT, DOC)}`);
}
