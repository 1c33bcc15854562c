/**
 * Kiosk soak: does a festival stand stay the same machine from 09:00 to 17:00?
 *
 *   npm run soak:kiosk -- [--cycles 200] [--every 20] [--in-page] [--print-only]
 *                         [--chromium /usr/bin/chromium]
 *
 * On the built game (dist/; run `npx vite build` first) with config.json set to kiosk mode and
 * the shortest idle time (15 s), it drives N unattended visits in headless Chromium with a
 * fast-forwarded clock (see scripts/kiosk-cycles.ts) and measures after cycle 1 and every
 * --every cycles, after forced garbage collection: DOM nodes, event listeners, JS heap and WebGL
 * contexts alive. By default each visit ends as the shipped kiosk's does while its server
 * answers: the kiosk reloads itself, and the measure is taken on the fresh page (page errors and
 * WebGL contexts made are counted over all pages). With --in-page the page's own address fails
 * after the first load, so every visit ends with the in-page reset (the kiosk's fallback), all
 * in one page: that run keeps leaks in the game's own code visible. Limits: nodes, listeners and
 * heap within 10% of cycle 1; at most one WebGL context alive; no page error. Prints a Markdown
 * table and writes it into docs/performance.md as the "Kiosk soak" section (between markers;
 * not with --print-only). Exits 1 if a limit is broken.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from './chromium-args.mjs';
import {
  checkSoak,
  failOwnAddress,
  kioskCycle,
  type KioskReset,
  type KioskSample,
  measure,
  metricsSession,
  WEBGL_COUNTER,
} from './kiosk-cycles';
import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const DOC = path.join(ROOT, 'docs', 'performance.md');
const BEGIN = '<!-- soak-kiosk:begin -->';
const END = '<!-- soak-kiosk:end -->';
const IDLE_SECONDS = 15;

const { values: options } = parseArgs({
  options: {
    cycles: { type: 'string', default: '200' },
    every: { type: 'string', default: '20' },
    'in-page': { type: 'boolean', default: false },
    'print-only': { type: 'boolean', default: false },
    chromium: { type: 'string', default: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium' },
  },
});
const cycles = Number(options.cycles);
const every = Number(options.every);
if (!Number.isInteger(cycles) || cycles < 1) throw new Error('--cycles must be a whole number ≥ 1');
if (!Number.isInteger(every) || every < 1) throw new Error('--every must be a whole number ≥ 1');
const reset: KioskReset = options['in-page'] ? 'in-page' : 'reload';

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'geruchtenmolen-soak-'));
  await cp(DIST, dir, { recursive: true });
  await writeFile(
    path.join(dir, 'config.json'),
    JSON.stringify({ mode: 'kiosk', kioskIdleSeconds: IDLE_SECONDS }),
  );
  const server = await startStaticServer({ dir, port: 0, base: '/soak/' });
  const browser = await chromium.launch({
    executablePath: options.chromium,
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
  const samples: KioskSample[] = [];
  const pageErrors: string[] = [];
  const started = Date.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(WEBGL_COUNTER);
    await page.clock.install();
    await page.goto(server.url);
    if (reset === 'in-page') await failOwnAddress(page);
    const cdp = await metricsSession(page);
    let madeOnEarlierPages = 0;
    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      madeOnEarlierPages += await kioskCycle(page, IDLE_SECONDS, cycle, reset);
      if (cycle === 1 || cycle % every === 0 || cycle === cycles) {
        const onThisPage = await measure(page, cdp, cycle);
        const sample = {
          ...onThisPage,
          webglCreated: onThisPage.webglCreated + madeOnEarlierPages,
        };
        samples.push(sample);
        console.error(
          `cycle ${String(cycle)}: ${String(sample.nodes)} nodes, ${String(sample.listeners)} listeners, ${sample.heapMb.toFixed(1)} MB, ${String(sample.webglAlive)} WebGL alive`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const verdict = checkSoak(samples, pageErrors.length);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const how =
    reset === 'reload'
      ? `each on a fresh page, as the kiosk ships: it reloads itself at each reset while its server answers (\`npm run soak:kiosk -- --cycles ${String(cycles)}\`,`
      : `in one page: the own address fails, so each reset is the in-page fallback (\`npm run soak:kiosk -- --cycles ${String(cycles)} --in-page\`,`;
  const table = [
    `Kiosk soak: ${String(cycles)} unattended visits ${how}`,
    `headless Chromium with SwiftShader WebGL, clock fast-forwarded, idle time ${String(IDLE_SECONDS)} s; each visit taps`,
    `the attract screen, makes three moves and walks away). Measured after forced garbage collection${reset === 'reload' ? ', on the attract screen of the page after the reload; page errors and WebGL contexts made over all pages' : ''}.`,
    `Run took ${minutes} min on the build machine. Page errors: ${String(pageErrors.length)}.`,
    '',
    '| cycle | DOM nodes | listeners | JS heap (MB) | WebGL contexts made | WebGL contexts alive |',
    '|---:|---:|---:|---:|---:|---:|',
    ...samples.map(
      (s) =>
        `| ${String(s.cycle)} | ${String(s.nodes)} | ${String(s.listeners)} | ${s.heapMb.toFixed(1)} | ${String(s.webglCreated)} | ${String(s.webglAlive)} |`,
    ),
    '',
    `Limits (last cycle against cycle 1): nodes, listeners and heap within 10%, at most one WebGL context alive, no page error: **${verdict.length === 0 ? 'passed' : `failed (${verdict.join('; ')})`}**.`,
  ].join('\n');
  console.log(table);
  if (pageErrors.length > 0) console.error(pageErrors.slice(0, 5).join('\n'));
  if (!options['print-only']) await writeSection(table);
  if (verdict.length > 0) process.exitCode = 1;
}

/** Replaces the section between the markers in docs/performance.md (or appends it). */
async function writeSection(table: string): Promise<void> {
  const doc = await readFile(DOC, 'utf8');
  const section = `${BEGIN}\n${table}\n${END}`;
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${section}${doc.slice(end + END.length)}`
      : `${doc.trimEnd()}\n\n## Kiosk soak\n\n${section}\n`;
  await writeFile(DOC, next);
}

await main();
