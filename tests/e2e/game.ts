/**
 * Page helpers for the game, written against the contract in the design (roles, accessible
 * names and the interface texts), never against scenario ids: moves are read off the screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import type { Site } from './harness';

export type Lang = 'nl' | 'en';

/** The interface texts the tests rely on (src/i18n/locales/{nl,en}.json). */
export const TEXT = {
  nl: {
    appName: 'Geruchtenmolen',
    language: 'Nederlands',
    // The short Marktplein story: quick, and the one these flows are written against.
    play: /^Speel: Het Marktplein$/,
    continue: /^Verder spelen: /,
    step: /^Stap (\d+) · \S/,
    ending: /^Einde: \S/,
    toDebrief: 'Naar de nabespreking',
    playAgain: 'Opnieuw spelen',
    debrief: 'Nabespreking',
    techniquesUsed: 'Technieken die je gebruikte',
    clearData: 'Opgeslagen gegevens wissen',
    errorHeading: 'Het spel kan dit verhaal niet laden',
    damaged: /beschadigd/,
    older: /oudere versie/,
    cleared: /gewist/,
    unknownParameter: /onbekende instelling/,
    home: /^Geruchtenmolen: Naar het begin$/,
  },
  en: {
    appName: 'Rumour Mill',
    language: 'English',
    play: /^Play: The Market Square$/,
    continue: /^Continue: /,
    step: /^Step (\d+) · \S/,
    ending: /^The end: \S/,
    toDebrief: 'Go to the debrief',
    playAgain: 'Play again',
    debrief: 'Debrief',
    techniquesUsed: 'Techniques you used',
    clearData: 'Clear saved data',
    errorHeading: 'The game cannot load this story',
    damaged: /damaged/,
    older: /older version/,
    cleared: /deleted/,
    unknownParameter: /unknown setting/,
    home: /^Rumour Mill: Back to the start$/,
  },
} as const;

/** Opens the game (optionally with a query such as "?lang=en") and waits until a screen is shown. */
export async function openGame(page: Page, site: Site, query = ''): Promise<void> {
  await page.goto(`${site.url}${query}`);
  await waitForScreen(page);
}

/** The boot screen in index.html has no data-screen-heading; every real screen has one. */
export async function waitForScreen(page: Page): Promise<void> {
  await page.locator('[data-screen-heading]').first().waitFor({ timeout: 15_000 });
}

/** The level-1 heading of the current screen. */
export async function screenHeading(page: Page): Promise<string> {
  return ((await page.locator('[data-screen-heading]').first().textContent()) ?? '').trim();
}

/** The accessible names of the moves on offer, in order. */
export async function moveNames(page: Page): Promise<string[]> {
  return (await page.locator('button.move').allTextContents()).map((s) => s.trim());
}

/** What the focused element is (tag, accessible name), for keyboard-only flows. */
export async function focused(
  page: Page,
): Promise<{ tag: string; name: string; id: string; moveButton: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return { tag: '', name: '', id: '', moveButton: false };
    return {
      tag: el.tagName.toLowerCase(),
      name: (el.getAttribute('aria-label') ?? el.textContent).trim(),
      id: el.id,
      moveButton: el.classList.contains('move'),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  options: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  const matches = (value: string): boolean =>
    typeof name === 'string' ? value === name : name.test(value);
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 40); i += 1) {
    await page.keyboard.press(options.backwards === true ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now.name)) return;
    seen.push(`${now.tag}:${now.name.slice(0, 40)}`);
  }
  throw new Error(`Tab never reached ${String(name)}; focus went to: ${seen.join(' | ')}`);
}

export interface PlaySnapshot {
  readonly heading: string;
  readonly feed: string[];
  /** aria-valuenow of each role=meter, in order (credibility, reach, trust). */
  readonly meterValues: string[];
  /** The text of the meter list, including followers. */
  readonly metersText: string;
  /** The score above the map: goal, followers and credibility (counted up to their final values). */
  readonly scoreText: string;
}

/** Everything the player can read on the play screen that a reload or a replay must restore. */
export async function snapshotPlay(page: Page): Promise<PlaySnapshot> {
  // Numbers that count up after a move (score, the new post's reactions) are read when they
  // stop, and the new post's replies once they have all arrived.
  await waitForFeedLanded(page);
  const feed = await page.getByRole('feed').getByRole('article').allInnerTexts();
  const meterValues = await page
    .getByRole('meter')
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-valuenow') ?? ''));
  const metersText = await page.locator('.meters').innerText();
  const score = page.locator('.scoreboard');
  const scoreText = (await score.count()) > 0 ? await score.innerText() : '';
  return { heading: await screenHeading(page), feed, meterValues, metersText, scoreText };
}

/**
 * Waits until the move has landed in the feed: the counts stopped counting up and the new
 * post's replies have all arrived (the feed panel drops data-animating, within about 4 s).
 */
export async function waitForFeedLanded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-counting], .feed-panel[data-animating]') === null,
    undefined,
    { timeout: 10_000, polling: 50 },
  );
}

/**
 * Waits until the screen stands still for a check that reads colours (axe): the handler has
 * finished typing, the move has landed in the feed, and no finite CSS animation is running (a
 * bubble or post half faded in has, for that moment, too little contrast). Endless animations
 * (the mill's sails, the typing dots) do not count.
 */
export async function waitForStill(page: Page): Promise<void> {
  await waitForFeedLanded(page);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-typing]') === null &&
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
        ),
    undefined,
    { timeout: 15_000, polling: 50 },
  );
}

/** Waits until the screen heading is no longer `previous` (a move was made, a screen changed). */
export async function waitForHeadingChange(page: Page, previous: string): Promise<string> {
  // Poll on a timer, not per animation frame: under SwiftShader a WebGL frame can take 100 ms.
  await page.waitForFunction(
    (before) => {
      const text = document.querySelector('[data-screen-heading]')?.textContent.trim();
      return text !== undefined && text !== before;
    },
    previous,
    { timeout: 10_000, polling: 25 },
  );
  return screenHeading(page);
}

/** Chooses one move; returns the accessible name of the move it chose. */
export type Chooser = (page: Page, moves: string[], step: number) => Promise<string>;

/** Clicks the first move on offer. */
export const firstMove: Chooser = async (page, moves) => {
  const name = moves[0] ?? '';
  await page.getByRole('button', { name, exact: true }).click();
  return name;
};

/**
 * Plays from the current step to an ending, one move per step, checking each time that the
 * step number goes up and that focus lands on the new heading. Returns the moves chosen.
 */
export async function playToEnding(
  page: Page,
  lang: Lang,
  choose: Chooser,
): Promise<{ chosen: string[]; ending: string }> {
  const chosen: string[] = [];
  let heading = await screenHeading(page);
  for (let guard = 0; guard < 30; guard += 1) {
    if (TEXT[lang].ending.test(heading)) return { chosen, ending: heading };
    const step = Number(TEXT[lang].step.exec(heading)?.[1]);
    expect(step, `expected a step heading, got "${heading}"`).toBe(chosen.length + 1);
    const moves = await moveNames(page);
    expect(moves.length, `step ${String(step)} offers no moves`).toBeGreaterThan(0);
    chosen.push(await choose(page, moves, step));
    heading = await waitForHeadingChange(page, heading);
    const now = await focused(page);
    expect(now.tag, `focus after move ${String(step)}`).toBe('h1');
    expect(now.name).toBe(heading);
  }
  throw new Error('No ending after 30 moves');
}

/** Checks the debrief: its headings, the moves in the timeline, and one h3 per technique used. */
export async function checkDebrief(
  page: Page,
  lang: Lang,
  chosen: readonly string[],
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: TEXT[lang].debrief, exact: true }).waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'h1', name: TEXT[lang].debrief });
  await page
    .getByRole('heading', { level: 2, name: TEXT[lang].techniquesUsed, exact: true })
    .waitFor();
  const timeline = await page.locator('ol.timeline > li').allInnerTexts();
  expect(timeline).toHaveLength(chosen.length);
  chosen.forEach((move, i) => {
    expect(timeline[i]).toContain(move);
  });
  // Every technique badge in the timeline has its own section with an h3 naming it, and vice versa.
  // A badge is a medal with a spoken label ("Badge verdiend: Emotie") and its short name beside it.
  const medals = page.locator('ol.timeline [role="img"].tech-badge');
  const labels = await medals.evaluateAll((els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
  const ids = await medals.evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-technique') ?? ''),
  );
  const spoken = lang === 'nl' ? /^Badge (verdiend|gebarsten): / : /^Badge (earned|cracked): /;
  labels.forEach((label) => {
    expect(label).toMatch(spoken);
  });
  const badges = new Set(
    (await page.locator('ol.timeline .move-badge-name').allTextContents()).map((s) => s.trim()),
  );
  expect(badges.size).toBe(new Set(ids).size);
  const sections = page.getByRole('region', { name: TEXT[lang].techniquesUsed, exact: true });
  const h3s = (await sections.getByRole('heading', { level: 3 }).allTextContents()).map((s) =>
    s.trim(),
  );
  expect(h3s.length).toBeGreaterThan(0);
  // The badge carries the short name: the h3's name without its explanation in brackets.
  expect(new Set(h3s.map((name) => name.replace(/\s*\(.*\)\s*$/, '')))).toEqual(badges);
}

/** localStorage of the page, only this game's keys. */
export async function gameStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith('geruchtenmolen.')) out[key] = localStorage.getItem(key) ?? '';
    }
    return out;
  });
}

/** How many times the map has come to rest (drawn its final picture and put its loop to sleep). */
export async function mapRests(page: Page): Promise<number> {
  return Number((await page.locator('.map-canvas').getAttribute('data-rests')) ?? '0');
}

/** Waits until the map has come to rest more than `after` times: its picture is final until the next move. */
export async function waitForMapRest(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset.rests ?? '0') > n,
    after,
    { timeout: 20_000, polling: 50 },
  );
}

/** The map panel once Phaser has drawn it. */
export async function waitForMap(page: Page): Promise<{ state: string; renderer: string }> {
  const map = page.locator('.map-canvas');
  // Settled means drawn (ready, with the renderer written) or given up (failed): never wait 20 s for a failure.
  await page
    .locator('.map-canvas[data-state="ready"][data-renderer], .map-canvas[data-state="failed"]')
    .waitFor({ timeout: 20_000 });
  return {
    state: (await map.getAttribute('data-state')) ?? '',
    renderer: (await map.getAttribute('data-renderer')) ?? '',
  };
}

/** A golden playthrough as tests/playthroughs/*.json records it. */
export interface GoldenPlaythrough {
  readonly seed: number;
  readonly route: string;
  readonly moves: string[];
  readonly expect: { readonly techniques: string[] };
}

/** For every story, the full-route golden playthrough with the most techniques: the longest debrief. */
export function mostTechniquePlaythroughs(): (readonly [string, GoldenPlaythrough])[] {
  const golden = path.resolve(import.meta.dirname, '../playthroughs');
  return readdirSync(golden).map((file) => {
    const data = JSON.parse(readFileSync(path.join(golden, file), 'utf8')) as {
      scenario: string;
      playthroughs: GoldenPlaythrough[];
    };
    const full = data.playthroughs.filter((p) => p.route === 'full');
    const most = full.reduce((a, b) =>
      b.expect.techniques.length > a.expect.techniques.length ? b : a,
    );
    return [data.scenario, most] as const;
  });
}

/** Opens the debrief of a played game by putting its save in storage and reloading (the page is open). */
export async function openDebriefOf(
  page: Page,
  scenarioId: string,
  play: GoldenPlaythrough,
): Promise<void> {
  await page.evaluate(
    ([id, seed, moves]) => {
      localStorage.setItem(
        `geruchtenmolen.save.${id}`,
        JSON.stringify({ format: 1, scenarioId: id, seed, moves, screen: 'debrief' }),
      );
      localStorage.setItem('geruchtenmolen.current', id);
    },
    [scenarioId, play.seed, play.moves] as const,
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
}

/** Holds back the game's chunk (src/app.ts) until the returned function is called. */
export async function holdGameScript(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => {
    release();
  };
}
