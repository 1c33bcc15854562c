/**
 * The play screen plays like a game (issue "Play, not read"): on a laptop and a projector-sized
 * window the moves, the newest post and the map are all in view without scrolling the page, and
 * the map is the largest thing on screen; on a phone the header is one row and the first move is
 * on the first screen; the first use of a technique announces its badge by name.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { playToEnding, screenHeading, waitForHeadingChange, waitForMap } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

const ZWEMBAD = /^Speel: Het zwembad$/;

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}

/** The boxes the test looks at, read in the page. */
async function layout(page: Page): Promise<{
  moves: Box[];
  newestPost: Box | null;
  canvas: Box | null;
  viewport: { width: number; height: number };
  pageScroll: number;
}> {
  return page.evaluate(() => {
    const box = (el: Element | null): Box | null => {
      if (el === null) return null;
      const r = el.getBoundingClientRect();
      return {
        top: r.top,
        left: r.left,
        bottom: r.bottom,
        right: r.right,
        width: r.width,
        height: r.height,
      };
    };
    const feed = document.querySelector('[role="feed"]');
    // The newest post: the player's own when there is one, else the top of the feed on show.
    const newest = feed?.querySelector('.post-player') ?? feed?.querySelector('article') ?? null;
    // The post itself down to its thread's button: the replies of its open thread (the move
    // just made opens it) may run on below, scrolling inside the feed.
    const post = box(newest);
    const toggle = box(newest?.querySelector('.thread-toggle') ?? null);
    const newestPost =
      post === null || toggle === null
        ? post
        : { ...post, bottom: toggle.bottom, height: toggle.bottom - post.top };
    const root = document.scrollingElement ?? document.documentElement;
    return {
      moves: [...document.querySelectorAll('button.move')].map((b) => box(b) as Box),
      newestPost,
      canvas: box(document.querySelector('.map-canvas canvas')),
      viewport: { width: innerWidth, height: innerHeight },
      pageScroll: root.scrollHeight - root.clientHeight,
    };
  });
}

const inside = (b: Box, v: { width: number; height: number }): boolean =>
  b.top >= 0 && b.left >= 0 && b.bottom <= v.height + 0.5 && b.right <= v.width + 0.5;

async function startZwembad(page: Page): Promise<void> {
  const title = await screenHeading(page);
  await page.getByRole('button', { name: ZWEMBAD }).click();
  await waitForHeadingChange(page, title);
}

async function firstMove(page: Page): Promise<void> {
  const before = await screenHeading(page);
  await page.locator('button.move').first().click();
  await waitForHeadingChange(page, before);
}

describe('the play screen at laptop and projector size', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`shows every move, the newest post and a map of ≥35% of the screen at ${String(viewport.width)}×${String(viewport.height)}, steps 1 and 3`, async () => {
      const page = await e2e.session.newPage(e2e.site);
      await page.setViewportSize(viewport);
      await page.goto(e2e.site.url);
      await page.getByRole('button', { name: ZWEMBAD }).waitFor();
      await startZwembad(page);
      for (const step of [1, 3]) {
        while (Number(/^Stap (\d+)/.exec(await screenHeading(page))?.[1]) < step)
          await firstMove(page);
        await waitForMap(page);
        const seen = await layout(page);
        const where = `step ${String(step)} at ${String(viewport.width)}×${String(viewport.height)}`;
        expect(seen.pageScroll, `the page scrolls on ${where}`).toBeLessThanOrEqual(0);
        expect(seen.moves.length, where).toBeGreaterThan(0);
        seen.moves.forEach((m, i) => {
          expect(inside(m, seen.viewport), `move ${String(i + 1)} out of view on ${where}`).toBe(
            true,
          );
        });
        expect(seen.newestPost, where).not.toBeNull();
        expect(inside(seen.newestPost as Box, seen.viewport), `newest post on ${where}`).toBe(true);
        const canvas = seen.canvas as Box;
        expect(inside(canvas, seen.viewport), `map on ${where}`).toBe(true);
        const share = (canvas.width * canvas.height) / (viewport.width * viewport.height);
        expect(share, `map share of the screen on ${where}`).toBeGreaterThanOrEqual(0.35);
      }
      await expectClean(page);
    });
  }
});

describe('the play screen on a phone', () => {
  it('has a header of at most 80 px and the first move on the first screen', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(e2e.site.url);
    await page.getByRole('button', { name: ZWEMBAD }).waitFor();
    await startZwembad(page);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(80);
    const move = await page.locator('button.move').first().boundingBox();
    expect(move?.y).toBeLessThan(844);
    const goal = await page.locator('.scoreboard').boundingBox();
    expect(goal?.y, 'the goal card comes after the moves').toBeGreaterThan(move?.y ?? 0);
    // The tools are one tap away, in the menu.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await page.getByRole('button', { name: 'English' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expectClean(page);
  });

  it('puts the newest post right after the moves, in reading order and on screen, on steps 1 and 2', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(e2e.site.url);
    await page.getByRole('button', { name: ZWEMBAD }).waitFor();
    await startZwembad(page);
    for (const step of [1, 2]) {
      if (step === 2) await firstMove(page);
      const seen = await page.evaluate(() => {
        const moves = [...document.querySelectorAll('button.move')];
        const lastMove = moves.at(-1);
        if (lastMove === undefined) return null;
        // What a reader meets after the last move, in document order: posts, the score, the map.
        const after = [
          ...document.querySelectorAll('[role="feed"] article, .scoreboard, .badge-bar, .stage'),
        ].filter((el) => lastMove.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        const next = after[0];
        const newest =
          document.querySelector('[role="feed"] .post-new') ??
          document.querySelector('[role="feed"] article');
        const bottom = lastMove.getBoundingClientRect().bottom;
        const tops = [...document.querySelectorAll('.scoreboard, .badge-bar, .stage')].map(
          (el) => el.getBoundingClientRect().top,
        );
        const row = document.querySelector('[role="tablist"]')?.getBoundingClientRect();
        const open = document.querySelector('[role="tab"][aria-selected="true"]');
        const tab = open?.getBoundingClientRect();
        return {
          openTabInRow:
            row !== undefined &&
            tab !== undefined &&
            tab.left >= row.left - 0.5 &&
            tab.right <= row.right + 0.5,
          nextIsNewest: next !== undefined && next === newest,
          nextIsMine: next?.classList.contains('post-player') ?? false,
          nextTop: next?.getBoundingClientRect().top ?? 0,
          bottom,
          nothingBetween: tops.every((top) => top > (next?.getBoundingClientRect().bottom ?? 0)),
        };
      });
      const where = `step ${String(step)} at 390×844`;
      expect(seen, where).not.toBeNull();
      expect(seen?.nextIsNewest, `the first post after the moves is the newest on ${where}`).toBe(
        true,
      );
      if (step === 2)
        expect(seen?.nextIsMine, 'after a move: the player’s own post leads').toBe(true);
      expect(seen?.nextTop ?? 0, where).toBeGreaterThan(seen?.bottom ?? 0);
      // Between them only the feeds' heading and one compact row of tabs (it was 365 px: a
      // two-by-two grid of tabs and the platform's description).
      expect((seen?.nextTop ?? 0) - (seen?.bottom ?? 0), where).toBeLessThan(240);
      expect(seen?.openTabInRow, `the open feed's tab is in view on ${where}`).toBe(true);
      expect(seen?.nothingBetween, `no score or map between moves and post on ${where}`).toBe(true);
    }
    await expectClean(page);
  });

  it('brings the ending into view after the last move', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(e2e.site.url);
    await page.getByRole('button', { name: ZWEMBAD }).waitFor();
    await startZwembad(page);
    // The last move of each step: the long way to an ending.
    await playToEnding(page, 'nl', async (p, moves) => {
      const name = moves.at(-1) ?? '';
      await p.getByRole('button', { name, exact: true }).click();
      return name;
    });
    // The ending's heading is on the first screen, not left far above while only the feed shows
    // (it was at about −410 to −590 px).
    const box = await page.locator('[data-screen-heading]').boundingBox();
    expect(box?.y ?? -1, 'the ending heading top').toBeGreaterThan(-1);
    expect((box?.y ?? 0) + (box?.height ?? 0), 'the ending heading bottom').toBeLessThanOrEqual(
      844,
    );
    await expectClean(page);
  });
});

describe('technique badges', () => {
  it('the first use of a technique announces its badge by name, politely', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.goto(e2e.site.url);
    await page.getByRole('button', { name: ZWEMBAD }).waitFor();
    await startZwembad(page);
    await firstMove(page);
    const status = page.locator('.play-screen [role="status"][aria-live="polite"]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Nieuwe badge: \S/);
    const earned = page.locator('.badge-bar [role="img"][aria-label^="Badge verdiend: "]');
    expect(await earned.count()).toBeGreaterThan(0);
    const label = (await earned.first().getAttribute('aria-label')) ?? '';
    const name = label.replace('Badge verdiend: ', '');
    expect(await status.textContent()).toContain(`Nieuwe badge: ${name}.`);
    await expectClean(page);
  });
});
