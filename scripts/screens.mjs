#!/usr/bin/env node
/* global document */
/**
 * Screenshots of the built game (dist/) for docs/screens/: the title, the play screen, a badge
 * being earned, the results card, a phone and a projector. One command: `npm run screens`
 * (builds first; it then runs tests/e2e/languages.test.ts with SCREENS_DIR=docs/screens for the
 * two pseudo-locales, pseudo-<lang>-<screen>-<width>.png, checked for cut-off text). Serves dist/ on 127.0.0.1 with the strict CSP, drives Debian's Chromium, and
 * plays zwembad by clicking the first move on offer, so the pictures follow the shipped content.
 *
 *   node scripts/screens.mjs [--out docs/screens] [--only title,play,...]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(ROOT, 'docs', 'screens') },
    only: { type: 'string', default: '' },
  },
});
const only = new Set(values.only.split(',').filter(Boolean));
const wanted = (name) => only.size === 0 || only.has(name);

/** Waits until the app shows a screen with the given heading pattern (or any screen). */
async function screen(page) {
  await page.locator('[data-screen-heading]').first().waitFor({ timeout: 20_000 });
}

/** Starts zwembad from the title (full route), and waits for the first step. */
async function startZwembad(page) {
  await page
    .locator('button[data-story="zwembad"], button:text-is("Speel: Het zwembad")')
    .first()
    .click();
  await page.locator('button.move').first().waitFor({ timeout: 20_000 });
}

/** Makes the first move on offer and waits until the next step (or the ending) is shown. */
async function move(page) {
  const before = await page.locator('[data-turn]').first().getAttribute('data-turn');
  await page.locator('button.move').first().click();
  await page.waitForFunction(
    (b) => document.querySelector('[data-turn]')?.getAttribute('data-turn') !== b,
    before,
    { timeout: 20_000 },
  );
}

/** Waits until the map says it is drawn and no animation is running (or gives up after 8 s). */
async function mapStill(page) {
  await page
    .waitForFunction(
      () => {
        const el = document.querySelector('.map-canvas');
        return el === null || (el.dataset.ready === 'true' && el.dataset.animating !== 'true');
      },
      undefined,
      { timeout: 8_000 },
    )
    .catch(() => undefined);
}

const server = await startStaticServer({ dir: path.join(ROOT, 'dist') });
const browser = await chromium.launch({
  executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
await mkdir(values.out, { recursive: true });
const shots = [];
async function shoot(name, viewport, run, extra = {}) {
  if (!wanted(name)) return;
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', ...extra });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
  await page.goto(`${server.url}?lang=nl`);
  await screen(page);
  await run(page);
  const file = path.join(values.out, `${name}.png`);
  await page.screenshot({ path: file });
  shots.push(file);
  await context.close();
}

/** Waits until the title's living town has replaced the SVG town (its still picture here). */
async function livingTown(page) {
  await page.locator('.title-town[data-hero="map"] .title-map canvas').waitFor({ timeout: 20_000 });
}

try {
  const desktop = { width: 1366, height: 768 };
  await shoot('title', desktop, livingTown);
  await shoot('title-1920', { width: 1920, height: 1080 }, livingTown);
  await shoot('play', desktop, async (page) => {
    await startZwembad(page);
    await mapStill(page);
  });
  await shoot('play-step3', desktop, async (page) => {
    await startZwembad(page);
    await move(page);
    await move(page);
    await mapStill(page);
  });
  await shoot('badge', desktop, async (page) => {
    await startZwembad(page);
    await move(page);
    await page
      .locator('.badge-toast')
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
  });
  await shoot('results', desktop, async (page) => {
    await startZwembad(page);
    for (let i = 0; i < 40; i += 1) {
      if ((await page.locator('button.move').count()) === 0) break;
      await move(page);
    }
    await page.locator('button:text-is("Naar de nabespreking")').first().click();
    await page
      .locator('.results-card')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
  });
  await shoot('phone', { width: 390, height: 844 }, async (page) => startZwembad(page), {
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  await shoot('projector', { width: 1920, height: 1080 }, async (page) => {
    await startZwembad(page);
    await move(page);
    await mapStill(page);
  });
} finally {
  await browser.close();
  await server.close();
}
for (const file of shots) console.log(path.relative(ROOT, file));
