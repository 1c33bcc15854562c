/**
 * The town's four feeds in a real browser: a tab list of the four platforms, each panel an ARIA
 * feed of article posts, the player's post on the platform it landed on, threads of replies that
 * open, one short status per move, and axe-core clean with every tab selected and at 320 px.
 * Written against roles and the town profile's feed names, never against scenario ids.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  focused,
  moveNames,
  openGame,
  screenHeading,
  TEXT,
  waitForFeedLanded,
  waitForHeadingChange,
  waitForStill,
} from './game';
import { DIST, expectClean, useSession } from './harness';

const e2e = useSession();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PLATFORMS = ['microblog', 'chat', 'group', 'news'] as const;

/** The fictional feed names of the default town, as the built game ships them. */
async function feedNames(): Promise<string[]> {
  const town = JSON.parse(
    await readFile(path.join(DIST, 'scenarios/towns/lindewaard.json'), 'utf8'),
  ) as {
    name: string;
    platforms?: Record<string, { name: string }>;
  };
  expect(
    town.platforms,
    'the town profile names no feeds yet (scenarios/towns/lindewaard.json: platforms)',
  ).toBeDefined();
  // Feed names may use {{town}} ("{{town}} Praat"); the game shows the town's name there.
  return PLATFORMS.map((p) => (town.platforms?.[p]?.name ?? p).replaceAll('{{town}}', town.name));
}

async function axeViolations(page: Page): Promise<string[]> {
  await waitForStill(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}: ${node.failureSummary ?? v.help}`),
  );
}

/** Starts the Marktplein story in Dutch and checks the feeds are tabs at all (fails clearly before the engine has platforms). */
async function startGame(page: Page): Promise<Locator> {
  await openGame(page, e2e.site, '?renderer=canvas&lang=nl');
  await page.getByRole('button', { name: TEXT.nl.play }).click();
  await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
  const tablist = page.getByRole('tablist');
  expect(await tablist.count(), 'the play screen has no tab list of feeds').toBe(1);
  expect(await tablist.getByRole('tab').count()).toBe(4);
  return tablist;
}

const selectedTab = (page: Page): Locator => page.getByRole('tab', { selected: true });
const tabName = async (tab: Locator): Promise<string> =>
  ((await tab.locator('.tab-name').textContent()) ?? '').trim();

/** Where the newest post of the player is: its tab panel's id, or null when the player has not posted. */
async function newestPlayerPostPanel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const mine = [...document.querySelectorAll<HTMLElement>('article.post-player')];
    const id = (el: HTMLElement): number =>
      Number(/^post-(\d+)-/.exec(el.getAttribute('aria-labelledby') ?? '')?.[1] ?? -1);
    const newest = mine.sort((a, b) => id(b) - id(a))[0];
    return newest?.closest('[role="tabpanel"]')?.id ?? null;
  });
}

describe('the four feeds', () => {
  it('nl: each platform is a feed of articles; the player’s post lands on its platform; one status per move; threads open', async () => {
    const page = await e2e.session.newPage(e2e.site);
    const names = await feedNames();
    const tablist = await startGame(page);
    expect(
      (await tablist.getByRole('tab').locator('.tab-name').allTextContents()).map((s) => s.trim()),
    ).toEqual(names);

    let heading = await screenHeading(page);
    const landed = new Set<string>();
    while (!TEXT.nl.ending.test(heading)) {
      const [first] = await moveNames(page);
      await page.getByRole('button', { name: first ?? '', exact: true }).click();
      heading = await waitForHeadingChange(page, heading);
      // The status sums up the new posts per feed by name, never the posts themselves (after the
      // badges the move earned, if any).
      const status =
        (await page.locator('main [role="status"][aria-live="polite"]').textContent()) ?? '';
      expect(status).toMatch(
        new RegExp(
          `^(Nieuwe badge: [^.]+\\. De truc: .+?\\. )*(\\d+ (nieuw bericht|nieuwe berichten) op (${names.join('|')})(, \\d+ op (${names.join('|')}))*\\.|Geen nieuwe berichten\\.) `,
        ),
      );
      expect(await page.locator('main [aria-live]').count(), 'one live region').toBe(1);
      // After a move the feed on show is where the player's newest post landed.
      const panel = await newestPlayerPostPanel(page);
      if (panel !== null) {
        expect(await selectedTab(page).getAttribute('aria-controls')).toBe(panel);
        landed.add(panel);
        const visible = page.getByRole('tabpanel');
        expect(await visible.getAttribute('id')).toBe(panel);
        expect(
          await visible
            .getByRole('feed')
            .getByRole('article')
            .filter({ hasText: 'Jouw bericht' })
            .count(),
        ).toBeGreaterThan(0);
      }
    }
    expect(landed.size, 'the player posted at least once').toBeGreaterThan(0);

    // Every platform: a tab panel holding an ARIA feed of articles with author and text.
    const threads: string[] = [];
    for (const name of names) {
      await tablist
        .getByRole('tab')
        .filter({ has: page.locator('.tab-name', { hasText: name }) })
        .click();
      expect(await tabName(selectedTab(page))).toBe(name);
      const feed = page.getByRole('tabpanel').getByRole('feed');
      expect(await feed.count(), `${name} has a role=feed`).toBe(1);
      const articles = feed.getByRole('article');
      expect(await articles.count(), `${name} has posts`).toBeGreaterThan(0);
      expect(
        ((await articles.first().locator('.post-author').textContent()) ?? '').trim(),
      ).not.toBe('');
      expect(((await articles.first().locator('.post-text').textContent()) ?? '').trim()).not.toBe(
        '',
      );
      threads.push(
        ...(
          await page
            .getByRole('tabpanel')
            .getByRole('button', { name: /^(\d+ van )?[\d.]+ reacties? lezen$/ })
            .allTextContents()
        ).map(() => name),
      );
    }

    // A thread opens inline with residents, their neighbourhood and what they wrote.
    expect(
      threads.length,
      'some post has replies to read (the simulation adds replies with words)',
    ).toBeGreaterThan(0);
    const threadFeed = threads[0] ?? '';
    await tablist
      .getByRole('tab')
      .filter({ has: page.locator('.tab-name', { hasText: threadFeed }) })
      .click();
    const toggle = page
      .getByRole('tabpanel')
      .getByRole('button', { name: /^(\d+ van )?[\d.]+ reacties? lezen$/ })
      .first();
    // The button says how many replies it shows: the first number ('4 van 224 reacties lezen').
    const count = Number(/^(\d+)/.exec((await toggle.textContent()) ?? '')?.[1]);
    // The thread under the player's latest post starts open: close it first.
    if ((await toggle.getAttribute('aria-expanded')) === 'true') {
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    }
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const list = page
      .locator(`#${(await toggle.getAttribute('aria-controls')) ?? 'none'}`)
      .getByRole('list');
    expect(await list.getByRole('listitem').count()).toBe(count);
    const firstReply = (await list.getByRole('listitem').first().innerText()).trim();
    expect(firstReply).toMatch(/ uit \S/);
    await expectClean(page);
  });

  it('nl: the move lands: the new post in view and highlighted, its counts counting up, its replies arriving one by one', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 1366, height: 768 });
    await startGame(page);
    // From inside the page: every change in how many of the new post's replies are on screen,
    // and whether a count was ever seen between 0 and its end.
    await page.evaluate(() => {
      const w = window as unknown as { arrivals: number[][]; counted: boolean };
      w.arrivals = [];
      w.counted = false;
      new MutationObserver(() => {
        const post = document.querySelector('.post-new');
        if (post === null) return;
        if (post.querySelector('[data-counting]') !== null) w.counted = true;
        const n = post.querySelectorAll('.thread .reply:not(.pending)').length;
        const run = w.arrivals.at(-1);
        if (run === undefined) return;
        if (run.at(-1) !== n) run.push(n);
      }).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['class', 'data-counting'],
      });
    });
    let heading = await screenHeading(page);
    let landed: { replies: number; toggle: string; inView: boolean; arrivals: number[] } | null =
      null;
    while (landed === null && !TEXT.nl.ending.test(heading)) {
      await page.evaluate(() => {
        (window as unknown as { arrivals: number[][] }).arrivals.push([]);
      });
      const [first] = await moveNames(page);
      await page.getByRole('button', { name: first ?? '', exact: true }).click();
      heading = await waitForHeadingChange(page, heading);
      await waitForFeedLanded(page);
      landed = await page.evaluate(() => {
        const post = document.querySelector('.post-new');
        const panel = document.querySelector('.feed-panel');
        const replies = post?.querySelectorAll('.thread .reply').length ?? 0;
        if (post === null || panel === null || replies < 2) return null;
        const box = post.getBoundingClientRect();
        const view = panel.getBoundingClientRect();
        const w = window as unknown as { arrivals: number[][] };
        return {
          replies,
          toggle: post.querySelector('.thread-toggle')?.textContent ?? '',
          inView: box.top >= view.top && box.top < view.bottom && box.top < innerHeight,
          arrivals: w.arrivals.at(-1) ?? [],
        };
      });
    }
    expect(landed, 'a move of the player got replies').not.toBeNull();
    if (landed === null) return;
    expect(landed.inView, 'the new post is brought into view').toBe(true);
    expect(landed.toggle).toMatch(
      new RegExp(`^${String(landed.replies)}( van [\\d.]+)? reacties lezen$`),
    );
    // The replies came one at a time: 0, 1, 2, … up to all of them.
    expect(landed.arrivals).toEqual(Array.from({ length: landed.replies + 1 }, (_, i) => i));
    expect(await page.evaluate(() => (window as unknown as { counted: boolean }).counted)).toBe(
      true,
    );
    expect(await focused(page)).toMatchObject({ tag: 'h1', name: heading });
    await expectClean(page);
  });

  it('nl: arrow keys, Home and End move between the tabs and select them', async () => {
    const page = await e2e.session.newPage(e2e.site);
    const names = await feedNames();
    await startGame(page);
    await selectedTab(page).focus();
    const start = names.indexOf(await tabName(selectedTab(page)));
    await page.keyboard.press('ArrowRight');
    expect(await tabName(selectedTab(page))).toBe(names[(start + 1) % 4]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe(
      'true',
    );
    await page.keyboard.press('End');
    expect(await tabName(selectedTab(page))).toBe(names[3]);
    await page.keyboard.press('ArrowRight');
    expect(await tabName(selectedTab(page))).toBe(names[0]);
    await page.keyboard.press('ArrowLeft');
    expect(await tabName(selectedTab(page))).toBe(names[3]);
    await page.keyboard.press('Home');
    expect(await tabName(selectedTab(page))).toBe(names[0]);
    // Visible focus on the tab (WCAG 2.4.7).
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement ?? document.body);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    // A number key on a feed tab makes no move (WCAG 2.1.4: shortcuts only in the move list).
    const heading = await screenHeading(page);
    await page.keyboard.press('2');
    expect(await tabName(selectedTab(page))).toBe(names[0]);
    expect(await screenHeading(page)).toBe(heading);
    expect(heading).toMatch(/^Stap 1\b/);
    await expectClean(page);
  });

  for (const width of [1280, 320]) {
    it(`axe-core finds nothing with each tab selected and a thread open (${String(width)} px wide)`, async () => {
      const page = await e2e.session.newPage(e2e.site);
      await page.setViewportSize({ width, height: 800 });
      await startGame(page);
      // Two moves in, so the feeds hold the player's posts, reactions and replies.
      for (let i = 0; i < 2; i += 1) {
        const heading = await screenHeading(page);
        if (TEXT.nl.ending.test(heading)) break;
        const [first] = await moveNames(page);
        await page.getByRole('button', { name: first ?? '', exact: true }).click();
        await waitForHeadingChange(page, heading);
      }
      const found: Record<string, string[]> = {};
      for (let i = 0; i < 4; i += 1) {
        const tab = page.getByRole('tab').nth(i);
        await tab.click();
        const toggle = page
          .getByRole('tabpanel')
          .getByRole('button', { name: /reacties? lezen$/ })
          .first();
        if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false')
          await toggle.click();
        found[await tabName(tab)] = await axeViolations(page);
      }
      expect(Object.values(found).flat(), JSON.stringify(found, null, 1)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      await expectClean(page);
    });
  }
});
