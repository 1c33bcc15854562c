/**
 * The Phaser town map: WebGL by default (SwiftShader here), Canvas with ?renderer=canvas, drawn
 * without errors, loaded only for the play screen, and following the game as moves are made:
 * after a move it steps through the simulation's newest ticks (or, under prefers-reduced-motion,
 * shows the last one at once), and the legend and summary say the same in words.
 *
 * These tests need the agent-based simulation (game.frames): until the engine appends frames
 * after a move, the map falls back to reach only and the "frames" checks fail with that message.
 */
import { inflateSync } from 'node:zlib';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  mapRests,
  moveNames,
  openGame,
  screenHeading,
  TEXT,
  waitForHeadingChange,
  waitForMap,
  waitForMapRest,
  waitForStill,
} from './game';
import { expectClean, recordOf, useSession } from './harness';

const e2e = useSession();

const NO_FRAMES =
  'the legend is not built from simulation frames (data-source is not "frames"): the engine appended no frames (game.frames) after the move';

interface Picture {
  readonly width: number;
  readonly height: number;
  /** RGBA, 4 bytes a pixel. */
  readonly pixels: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
function decodePng(png: Buffer): Picture {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6))
        throw new Error(`unsupported PNG (depth ${String(depth)}, colour ${String(colour)})`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const line = new Uint8Array(stride);
  const previous = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (line[x - channels] ?? 0) : 0;
      const b = previous[x] ?? 0;
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor =
        [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter] ?? 0;
      line[x] = (value + predictor) & 0xff;
    }
    for (let x = 0; x < width; x += 1) {
      for (let k = 0; k < 3; k += 1) out[(y * width + x) * 4 + k] = line[x * channels + k] ?? 0;
      out[(y * width + x) * 4 + 3] = channels === 4 ? (line[x * channels + 3] ?? 0) : 255;
    }
    previous.set(line);
  }
  return { width, height, pixels: out };
}

/** The map canvas as pixels (a clipped page screenshot: much faster than an element screenshot under SwiftShader). */
async function mapPicture(page: Page): Promise<Picture> {
  const canvas = page.locator('.map-canvas canvas');
  expect(await canvas.count()).toBe(1);
  const box = await canvas.boundingBox();
  if (box === null) throw new Error('the map canvas has no box');
  expect(box.width).toBeGreaterThan(200);
  expect(box.height).toBeGreaterThan(100);
  return decodePng(await page.screenshot({ clip: box }));
}

/** Share (0..1) of pixels that differ clearly between two pictures of the same size. */
function changedShare(a: Picture, b: Picture): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let changed = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    const d =
      Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0)) +
      Math.abs((a.pixels[i + 1] ?? 0) - (b.pixels[i + 1] ?? 0)) +
      Math.abs((a.pixels[i + 2] ?? 0) - (b.pixels[i + 2] ?? 0));
    if (d > 30) changed += 1;
  }
  return changed / (a.width * a.height);
}

/** Pixels near an Okabe–Ito colour of a reached state: exposed orange, believing vermillion, doubting blue. */
function stateColourPixels(picture: Picture): number {
  const targets = [
    [0xe6, 0x9f, 0x00],
    [0xd5, 0x5e, 0x00],
    [0x00, 0x72, 0xb2],
  ];
  let count = 0;
  for (let i = 0; i < picture.pixels.length; i += 4) {
    const [r, g, b] = [
      picture.pixels[i] ?? 0,
      picture.pixels[i + 1] ?? 0,
      picture.pixels[i + 2] ?? 0,
    ];
    if (
      targets.some(
        ([tr = 0, tg = 0, tb = 0]) => Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 40,
      )
    )
      count += 1;
  }
  return count;
}

/** Records, from before the page's own scripts, whether the map ever marked itself as animating. */
function watchAnimation(): void {
  const w = window as unknown as { mapAnimated?: boolean };
  w.mapAnimated = false;
  new MutationObserver(() => {
    if (document.querySelector('.map-canvas[data-animating]')) w.mapAnimated = true;
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-animating'],
  });
}

/** Makes the first move on offer and waits for the next step; returns the move's name. */
async function firstMoveMade(page: Page): Promise<string> {
  const before = await screenHeading(page);
  const [first] = await moveNames(page);
  await page.getByRole('button', { name: first ?? '', exact: true }).click();
  await waitForHeadingChange(page, before);
  return first ?? '';
}

/** Waits until the map has stepped through the newest ticks. */
async function animationDone(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.map-canvas[data-animating]') === null,
    null,
    { timeout: 15_000, polling: 50 },
  );
}

describe('the town map', () => {
  for (const { query, renderer } of [
    { query: '', renderer: 'webgl' },
    { query: '&renderer=canvas', renderer: 'canvas' },
  ]) {
    it(`renders with ${renderer}${query === '' ? ' by default' : ` with ?renderer=${renderer}`}, and steps through the ticks after a move`, async () => {
      const page = await e2e.session.newPage(e2e.site);
      await page.addInitScript(watchAnimation);
      await openGame(page, e2e.site, `?scenario=marktplein&seed=5${query}`);
      expect(await waitForMap(page)).toEqual({ state: 'ready', renderer });
      const phaser = recordOf(page).requests.filter((url) =>
        /\/assets\/phaser-[^/]*\.js$/.test(url),
      );
      expect(phaser, 'the Phaser chunk is fetched once, from the sub-path').toHaveLength(1);
      await waitForMapRest(page, 0);
      const before = await mapPicture(page);
      const rests = await mapRests(page);

      await firstMoveMade(page);
      await animationDone(page);
      await waitForMapRest(page, rests);
      expect(await page.locator('.map-legend').getAttribute('data-source'), NO_FRAMES).toBe(
        'frames',
      );
      expect(
        await page.evaluate(() => (window as unknown as { mapAnimated: boolean }).mapAnimated),
        'the map steps through the ticks (data-animating while it does)',
      ).toBe(true);
      const after = await mapPicture(page);
      expect(
        changedShare(before, after),
        'share of the map that changed after the move',
      ).toBeGreaterThan(0.002);
      expect(stateColourPixels(after), 'dots in the colours of reached states').toBeGreaterThan(
        stateColourPixels(before),
      );
      expect(await page.locator('.map-canvas').getAttribute('data-state')).toBe('ready');
      expect(await page.locator('.map-summary').innerText()).toMatch(
        /^Het gerucht bereikte \d+% van Lindewaard\. /,
      );
      await expectClean(page);
    });
  }

  it('under prefers-reduced-motion shows the final picture at once (Canvas renderer)', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(watchAnimation);
    await openGame(page, e2e.site, '?scenario=zwembad&seed=1&renderer=canvas');
    expect(await waitForMap(page)).toEqual({ state: 'ready', renderer: 'canvas' });
    await waitForMapRest(page, 0);
    const before = await mapPicture(page);
    const rests = await mapRests(page);
    await firstMoveMade(page);
    // The first picture after the move is already a resting one: the loop went to sleep on it.
    await waitForMapRest(page, rests);
    const soon = await mapPicture(page);
    // A few more frames' time: a map still animating would have moved on.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let frames = 0;
          const next = (): void => {
            frames += 1;
            if (frames >= 10) resolve();
            else requestAnimationFrame(next);
          };
          requestAnimationFrame(next);
        }),
    );
    const later = await mapPicture(page);
    expect(await mapRests(page), 'the map did not wake up again without a move').toBe(rests + 1);
    expect(await page.locator('.map-legend').getAttribute('data-source'), NO_FRAMES).toBe('frames');
    expect(changedShare(before, soon), 'the map changed right after the move').toBeGreaterThan(
      0.002,
    );
    expect(
      changedShare(soon, later),
      'nothing moves afterwards: the first picture was the final one',
    ).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { mapAnimated: boolean }).mapAnimated),
    ).toBe(false);
    await expectClean(page);
  });

  it('has a legend and figures per neighbourhood that read as text, and the play screen stays axe-clean', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?scenario=zwembad&seed=1&renderer=canvas');
    await waitForMap(page);
    const legend = page.getByRole('region', { name: 'Legenda' });
    // The counts are visually hidden in the key (one row on the map) but read out: read the text, not the layout.
    expect(
      (await legend.getByRole('listitem').allTextContents()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual([
      expect.stringMatching(/^Weet van niets: [\d.]+ inwoners \(100%\)$/),
      'Gehoord, nog geen mening: 0 inwoners (0%)',
      'Gelooft het: 0 inwoners (0%)',
      'Twijfelt eraan: 0 inwoners (0%)',
    ]);
    await firstMoveMade(page);
    expect(await page.locator('.map-legend').getAttribute('data-source'), NO_FRAMES).toBe('frames');
    const items = (await legend.getByRole('listitem').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    expect(items.map((t) => t.replace(/:.*/, ''))).toEqual([
      'Weet van niets',
      'Gehoord, nog geen mening',
      'Gelooft het',
      'Twijfelt eraan',
    ]);
    const residents = items.map((t) =>
      Number(/: ([\d.]+) inwoners/.exec(t)?.[1]?.replace(/\./g, '') ?? 'NaN'),
    );
    expect(residents.every(Number.isFinite)).toBe(true);
    expect(
      residents.slice(1).reduce((a, b) => a + b, 0),
      'residents reached after the first move',
    ).toBeGreaterThan(0);
    await page.getByText('Bereik per wijk').click();
    const areas = await page.locator('.area-list li').allInnerTexts();
    expect(areas.length).toBeGreaterThan(3);
    for (const area of areas)
      expect(area).toMatch(/^[^:]+: \d+% bereikt, \d+% gelooft het, \d+% twijfelt$/);
    expect(await page.locator('.map-summary').innerText()).toMatch(
      /^Het gerucht (bereikte \d+% van Lindewaard\. |heeft nog geen wijk)/,
    );
    await waitForStill(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .setLegacyMode(true)
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    await expectClean(page);
  });

  it('is not needed for the title screen: the title is interactive before the Phaser chunk is even requested', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.addInitScript(() => {
      const w = window as unknown as { titleReadyAt?: number };
      new MutationObserver(() => {
        if (w.titleReadyAt !== undefined) return;
        // A story's Play button (named "Speel: …" by its label or its text).
        const play = [...document.querySelectorAll('button')].find((b) =>
          /^Speel/.test(b.getAttribute('aria-label') ?? b.textContent),
        );
        if (play !== undefined && !play.disabled) w.titleReadyAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    await openGame(page, e2e.site);
    // The chunk may be prefetched once the title screen is idle: wait until the network is quiet,
    // then every request made so far has a resource entry with its start time.
    await page.waitForLoadState('networkidle');
    const { titleReadyAt, phaserRequestedAt } = await page.evaluate(() => ({
      titleReadyAt: (window as unknown as { titleReadyAt?: number }).titleReadyAt ?? null,
      phaserRequestedAt:
        performance
          .getEntriesByType('resource')
          .find((r) => /\/assets\/phaser-[^/]*\.js$/.test(r.name))?.startTime ?? null,
    }));
    if (titleReadyAt === null) throw new Error('the title never offered an enabled Play button');
    // Not requested at all, or requested after the title was ready: never before.
    expect(phaserRequestedAt ?? Number.POSITIVE_INFINITY).toBeGreaterThan(titleReadyAt);
    expect(await page.getByRole('button', { name: TEXT.nl.play }).isEnabled()).toBe(true);
    await expectClean(page);
  });

  it('after the WebGL context is lost and restored, shows the current picture again and follows the next move', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?scenario=marktplein&seed=5');
    expect(await waitForMap(page)).toEqual({ state: 'ready', renderer: 'webgl' });
    await firstMoveMade(page);
    await animationDone(page);
    await page.waitForTimeout(300);
    const beforeLoss = await mapPicture(page);

    // What a GPU reset or a driver update does to a page: the context goes, then comes back.
    const restored = await page.evaluate(async () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const lose = gl?.getExtension('WEBGL_lose_context');
      if (!canvas || !gl || !lose) return 'no WEBGL_lose_context on the map canvas';
      const event = (name: string): Promise<void> =>
        new Promise((resolve) => {
          canvas.addEventListener(
            name,
            () => {
              resolve();
            },
            { once: true },
          );
        });
      const lost = event('webglcontextlost');
      lose.loseContext();
      await lost;
      // Restoring is allowed once the lost event has finished (Phaser cancels it to ask for a restore).
      await new Promise((resolve) => setTimeout(resolve, 50));
      const back = event('webglcontextrestored');
      lose.restoreContext();
      await back;
      return gl.isContextLost() ? 'the context is still lost' : 'restored';
    });
    expect(restored).toBe('restored');
    await page.waitForTimeout(500);
    const afterRestore = await mapPicture(page);
    expect(
      changedShare(beforeLoss, afterRestore),
      'share of the map that differs from the picture before the loss',
    ).toBeLessThan(0.002);

    await firstMoveMade(page);
    await animationDone(page);
    await page.waitForTimeout(300);
    const afterMove = await mapPicture(page);
    expect(
      changedShare(afterRestore, afterMove),
      'share of the map that changed after the move that followed the restore',
    ).toBeGreaterThan(0.002);
    expect(await page.locator('.map-canvas').getAttribute('data-state')).toBe('ready');
    await expectClean(page);
  });
});
