/**
 * The projector fits the room's screen: at 1280×720 and 1920×1080 the audience view shows the
 * whole step of each story's heaviest step (the most moves, then the longest move texts, on any
 * path): every lettered move in at least 28 px type, the newest post and the map with its key,
 * and nothing anywhere on the screen cut off by the window or by a box around it. After the game
 * too: the ending, a defence moment and its feedback, and the debrief's results card, whole at
 * both sizes and in at least 28 px type at 1920×1080.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { selectChoice } from '../../src/engine/actions';
import { reduce } from '../../src/engine/reducer';
import { availableChoices } from '../../src/engine/selectors';
import { createInitialState, type GameState } from '../../src/engine/state';
import { createWorld, structureOnly } from '../../src/engine/world';
import { checkContent } from '../../src/tools/check-content';
import { fileSource } from '../../src/tools/file-source';
import { waitForMap } from './game';
import { expectClean, useSession } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
const content = await checkContent(fileSource(root));

/** The step with the most moves, then the most Dutch text on them, and the moves that lead there. */
async function heaviestStep(id: string): Promise<{ moves: string[]; count: number }> {
  const loaded = content.scenarios.find((s) => s.scenario.id === id);
  if (loaded === undefined) throw new Error(`no story ${id}`);
  const world = structureOnly(createWorld(loaded.scenario, loaded.town));
  const nl = JSON.parse(
    await readFile(path.join(root, 'scenarios', id, 'locales', 'nl.json'), 'utf8'),
  ) as Record<string, unknown>;
  const text = (key: string): string => {
    const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], nl);
    return typeof value === 'string' ? value : '';
  };
  let best = { moves: [] as string[], count: 0, length: 0 };
  const seen = new Set<string>();
  const walk = (state: GameState, moves: string[]): void => {
    const key = `${state.nodeId}|${JSON.stringify(state.variables)}|${JSON.stringify(state.meters)}`;
    if (state.ending !== null || seen.has(key)) return;
    seen.add(key);
    const choices = availableChoices(world, state);
    const length = choices.reduce((sum, c) => sum + text(c.label).length, 0);
    if (choices.length > best.count || (choices.length === best.count && length > best.length))
      best = { moves, count: choices.length, length };
    for (const c of choices) walk(reduce(world, state, selectChoice(c.id)), [...moves, c.id]);
  };
  walk(createInitialState(world, 1), []);
  return best;
}

/**
 * Every visible piece of text on the screen that is cut off: outside the window, or outside a box
 * around it that hides what overflows. Empty when the whole screen can be read.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const screen = document.querySelector('.screen');
    if (screen === null) return ['no screen'];
    const within = (inner: DOMRect, outer: DOMRect): boolean =>
      inner.top >= outer.top - 1 &&
      inner.bottom <= outer.bottom + 1 &&
      inner.left >= outer.left - 1 &&
      inner.right <= outer.right + 1;
    const view = new DOMRect(0, 0, innerWidth, innerHeight);
    const items = screen.querySelectorAll('h1, h2, h3, p, li, button, article, dt, dd, time');
    for (const el of items) {
      if (el.closest('.visually-hidden') !== null || !el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}"`;
      if (!within(box, view)) {
        out.push(`${name} outside the window`);
        continue;
      }
      for (let up = el.parentElement; up !== null && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        if (!within(box, up.getBoundingClientRect())) {
          out.push(`${name} cut by ${up.tagName.toLowerCase()}.${up.className}`);
          break;
        }
      }
    }
    return out;
  });
}

/** What the room sees of the step: the moves' boxes and type, the posts, the map and its key. */
function shown(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element): boolean => el.checkVisibility();
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
    };
    return {
      view: { width: innerWidth, height: innerHeight },
      moves: [...document.querySelectorAll('button.move')].filter(visible).map((el) => ({
        ...box(el),
        fontSize: parseFloat(getComputedStyle(el).fontSize),
      })),
      posts: [...document.querySelectorAll('[role="feed"] > .feed-post')].filter(visible).length,
      map: box(document.querySelector('.map-canvas canvas')),
      key: [...document.querySelectorAll('.map-legend-list li, .map-summary')].filter(visible)
        .length,
    };
  });
}

const e2e = useSession();
const STORIES = content.scenarios.map((s) => s.scenario.id);

describe('the projector fits the room', () => {
  it.each(STORIES)(
    '%s: the heaviest step at 1280×720 and 1920×1080, whole and readable',
    async (id) => {
      const step = await heaviestStep(id);
      expect(step.count).toBeGreaterThanOrEqual(2);
      const presenter = await e2e.session.newPage(e2e.site);
      await presenter.goto(e2e.site.url);
      await presenter.evaluate(
        ([scenarioId, moves]) => {
          localStorage.setItem(
            `geruchtenmolen.save.${scenarioId}`,
            JSON.stringify({ format: 1, scenarioId, seed: 7, moves, screen: 'play' }),
          );
        },
        [id, step.moves] as const,
      );
      await presenter.goto(`${e2e.site.url}?mode=facilitator&scenario=${id}&seed=7&lang=nl`);
      await presenter.locator('.facilitator-panel').waitFor();
      await expect
        .poll(() => presenter.locator('button.move').count(), { timeout: 30_000 })
        .toBe(step.count);
      const projector = await e2e.session.newPage(e2e.site, { keepStorage: true });
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await projector.setViewportSize({ width, height });
        if (width === 1280) await projector.goto(`${e2e.site.url}?mode=audience&renderer=canvas`);
        await expect
          .poll(() => projector.locator('button.move').count(), { timeout: 30_000 })
          .toBe(step.count);
        expect((await waitForMap(projector)).state).toBe('ready');
        await expect.poll(() => cutOff(projector), { timeout: 20_000 }).toEqual([]);
        // The map's canvas follows a new window size a few frames later (Phaser's scale manager).
        await expect
          .poll(
            async () => {
              const map = (await shown(projector)).map;
              return (map?.bottom ?? 0) - (map?.top ?? 0);
            },
            { timeout: 20_000 },
          )
          .toBeGreaterThan(height / 5);
        const seen = await shown(projector);
        expect(seen.moves).toHaveLength(step.count);
        for (const move of seen.moves) {
          expect(move.top).toBeGreaterThanOrEqual(0);
          expect(move.bottom).toBeLessThanOrEqual(height);
          expect(move.right).toBeLessThanOrEqual(width);
          expect(move.fontSize).toBeGreaterThanOrEqual(28);
        }
        expect(seen.posts, 'the newest post').toBeGreaterThanOrEqual(1);
        expect(seen.key, 'the map key: the summary and the four states').toBe(5);
        expect(seen.map).not.toBeNull();
        // The map is drawn big enough to read from the back: at least a fifth of the height.
        expect((seen.map?.bottom ?? 0) - (seen.map?.top ?? 0)).toBeGreaterThan(height / 5);
      }
      await expectClean(presenter);
      await expectClean(projector);
    },
  );
});

/** The size of every visible piece of text in `scope` that is smaller than the room can read. */
function smallText(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(selector))
      for (const el of root.querySelectorAll('h1, h2, h3, p, li, button, dt, dd, blockquote')) {
        if (el.closest('.visually-hidden') !== null || !el.checkVisibility()) continue;
        if (el.textContent.trim() === '') continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 28)
          out.push(
            `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${String(size)}px`,
          );
      }
    return out;
  }, scope);
}

describe('the projector fits the room after the game too', () => {
  it('the ending, a defence moment, its feedback and the results card: whole at 1280×720 and 1920×1080, in the room’s type', async () => {
    const presenter = await e2e.session.newPage(e2e.site);
    await presenter.goto(
      `${e2e.site.url}?mode=facilitator&scenario=marktplein&seed=5&lang=nl&renderer=canvas`,
    );
    await presenter.locator('.facilitator-panel').waitFor();
    const projector = await e2e.session.newPage(e2e.site, { keepStorage: true });
    await projector.goto(`${e2e.site.url}?mode=audience&renderer=canvas`);
    const heading = async (): Promise<string> =>
      ((await projector.locator('[data-screen-heading]').first().textContent()) ?? '').trim();
    await expect.poll(heading, { timeout: 30_000 }).toMatch(/^Stap 1 · /);
    const vote = (letter: string) =>
      presenter.getByRole('button', { name: `Eén stem meer voor ${letter}` });
    for (let guard = 0; guard < 14 && (await vote('A').count()) > 0; guard += 1) {
      await vote('A').click();
      await presenter.getByRole('button', { name: /^De zaal kiest A/ }).click();
    }
    /** The screen as the room sees it at both sizes: nothing cut off, the main part ≥ 28 px at 1920. */
    const judge = async (scope: string): Promise<void> => {
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await projector.setViewportSize({ width, height });
        await expect.poll(() => cutOff(projector), { timeout: 20_000 }).toEqual([]);
        expect(await projector.locator(scope).first().isVisible()).toBe(true);
        if (width === 1920) expect(await smallText(projector, scope)).toEqual([]);
      }
    };
    await expect.poll(heading, { timeout: 30_000 }).toMatch(/^Einde: /);
    await judge('.ending-panel');

    await presenter.getByRole('button', { name: 'Wissel van kant: speel de gemeente' }).click();
    await expect.poll(heading, { timeout: 30_000 }).toMatch(/^Moment 1 van \d/);
    expect(await projector.locator('.responses button.move').count()).toBeGreaterThanOrEqual(4);
    await judge('.defence-moment');
    await vote('B').click();
    await presenter.getByRole('button', { name: /^De zaal kiest B/ }).click();
    await expect.poll(() => projector.locator('.defence-feedback').count()).toBe(1);
    await judge('.defence-feedback');

    // On to the debrief: PageDown leaves the feedback for the next moment (the room answers B)
    // or, after the last one, for the debrief.
    for (let guard = 0; guard < 6 && (await heading()) !== 'Nabespreking'; guard += 1) {
      const before = await heading();
      await presenter.locator('body').press('PageDown');
      await expect.poll(heading, { timeout: 30_000 }).not.toBe(before);
      if (!/^Moment \d/.test(await heading())) continue;
      await vote('B').click();
      await presenter.getByRole('button', { name: /^De zaal kiest B/ }).click();
      await expect.poll(() => projector.locator('.defence-feedback').count()).toBe(1);
    }
    await expect.poll(heading, { timeout: 30_000 }).toBe('Nabespreking');
    await judge('.results-card');
    await expectClean(presenter);
    await expectClean(projector);
  });
});
