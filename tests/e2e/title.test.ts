/**
 * The title screen as a player meets it: every Play button visible without scrolling on a laptop
 * and a large screen (with the five shipped stories and with four), nothing scrolling sideways
 * on a 320 px phone (WCAG 1.4.10), cards stacked on a phone, axe clean, no console errors.
 */

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { holdGameScript, type Lang, openGame, waitForStill } from './game';
import { editJson, expectClean, type Site, useSession } from './harness';

const e2e = useSession();

/** dist/ with four stories: the shipped ones without the last in scenarios/index.json (made once). */
let four: Promise<Site> | undefined;
const withFourStories = (): Promise<Site> => (four ??= serveFourStories());
async function serveFourStories(): Promise<Site> {
  const dir = await e2e.session.copyBuild(async (copy) => {
    await editJson(copy, 'scenarios/index.json', (index) => {
      (index.scenarios as string[]).pop();
    });
  });
  return e2e.session.serve(dir);
}

interface Layout {
  readonly scrollY: number;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly scrollWidth: number;
  /** Each Play button's story and box. */
  readonly plays: { story: string; top: number; left: number; bottom: number; right: number }[];
  /** Left edge and top of each story card, in order. */
  readonly cards: { left: number; top: number }[];
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => ({
    scrollY: window.scrollY,
    viewport: { width: window.innerWidth, height: window.innerHeight },
    scrollWidth: document.documentElement.scrollWidth,
    plays: [...document.querySelectorAll<HTMLElement>('button[data-story]')].map((b) => {
      const r = b.getBoundingClientRect();
      return { story: b.dataset.story ?? '', ...r.toJSON() } as {
        story: string;
        top: number;
        left: number;
        bottom: number;
        right: number;
      };
    }),
    cards: [...document.querySelectorAll('.story-card')].map((c) => {
      const r = c.getBoundingClientRect();
      return { left: Math.round(r.left), top: Math.round(r.top) };
    }),
  }));
}

async function openTitle(site: Site, width: number, height: number, lang: Lang): Promise<Page> {
  const page = await e2e.session.newPage(site);
  await page.setViewportSize({ width, height });
  await openGame(page, site, `?lang=${lang}`);
  // The fonts decide how tall the cards are: measure with the real ones.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** The Play buttons that are not wholly inside the viewport (empty when all can be seen). */
function outside(l: Layout): string[] {
  return l.plays
    .filter(
      (b) => b.top < 0 || b.left < 0 || b.bottom > l.viewport.height || b.right > l.viewport.width,
    )
    .map((b) => `${b.story} (bottom ${String(Math.round(b.bottom))})`);
}

describe('title screen', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const)
    for (const lang of ['nl', 'en'] as const)
      it(`${String(width)}×${String(height)} ${lang}: every Play button is in view without scrolling, with 4 and with 5 stories`, async () => {
        const fewer = await withFourStories();
        for (const [site, count] of [
          [e2e.site, 5],
          [fewer, 4],
        ] as const) {
          const page = await openTitle(site, width, height, lang);
          const found = await layout(page);
          expect(found.plays).toHaveLength(count);
          expect(found.scrollY).toBe(0);
          expect(outside(found), `${String(count)} stories`).toEqual([]);
          // One row of cards on a laptop.
          expect(new Set(found.cards.map((c) => c.top)).size).toBe(1);
          await expectClean(page);
        }
      });

  it('390×844: the cards stack; 320×640: nothing scrolls sideways', async () => {
    const phone = await openTitle(e2e.site, 390, 844, 'nl');
    const stacked = await layout(phone);
    expect(new Set(stacked.cards.map((c) => c.left)).size).toBe(1);
    expect(stacked.scrollWidth).toBeLessThanOrEqual(stacked.viewport.width);
    await expectClean(phone);
    for (const lang of ['nl', 'en'] as const) {
      const narrow = await openTitle(e2e.site, 320, 640, lang);
      const found = await layout(narrow);
      expect(found.scrollWidth, lang).toBeLessThanOrEqual(found.viewport.width);
      expect(found.plays.every((b) => b.right <= found.viewport.width)).toBe(true);
      await expectClean(narrow);
    }
  });

  it('without the map (its script fails to load), the SVG town stays: the sails and the residents move, and stand still under reduced motion', async () => {
    const page = await e2e.session.newPage(e2e.site);
    // The living town (title-hero.test.ts) needs the map's chunks; without them the SVG stays.
    await page.route(/\/assets\/(create-town-map|phaser)-[^/]*\.js$/, (route) => route.abort());
    await page.setViewportSize({ width: 1366, height: 768 });
    await openGame(page, e2e.site, '?lang=nl');
    await page.waitForFunction(
      () =>
        performance
          .getEntriesByType('resource')
          .some((r) => /\/assets\/create-town-map-[^/]*\.js$/.test(r.name)),
      undefined,
      { timeout: 20_000, polling: 100 },
    );
    await page.waitForFunction(() => document.querySelector('.title-map') === null, undefined, {
      timeout: 20_000,
      polling: 100,
    });
    expect(await page.locator('.title-town').getAttribute('data-hero')).toBeNull();
    const moving = (): Promise<{ sails: number; residents: number }> =>
      page.evaluate(() => {
        const running = document.getAnimations().filter((a) => a.playState === 'running');
        const on = (selector: string): number =>
          running.filter((a) => {
            const target = (a.effect as KeyframeEffect | null)?.target;
            return target instanceof Element && target.matches(selector);
          }).length;
        return { sails: on('.windmill-sails'), residents: on('.resident') };
      });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const lively = await moving();
    expect(lively.sails).toBeGreaterThan(0);
    expect(lively.residents).toBeGreaterThan(20);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving()).toEqual({ sails: 0, residents: 0 });
    await expectClean(page, { allowConsoleErrors: /Failed to load resource|create-town-map/ });
  });

  for (const lang of ['nl', 'en'] as const)
    it(`${lang}: axe finds no violations, also with a content note open`, async () => {
      const page = await openTitle(e2e.site, 1366, 768, lang);
      const run = async (): Promise<string[]> => {
        await waitForStill(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .setLegacyMode(true)
          .analyze();
        return results.violations.flatMap((v) =>
          v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`),
        );
      };
      expect(await run()).toEqual([]);
      await page.locator('.story-card details summary').first().click();
      await page.locator('.story-card details[open] p').first().waitFor();
      expect(await run()).toEqual([]);
      await expectClean(page);
    });
});

describe('the title before the game (drawn from scenarios/stories.json)', () => {
  it('answers before the game’s script has loaded; the story chosen there starts when it arrives', async () => {
    const page = await e2e.session.newPage(e2e.site);
    // Hold the game's chunk (src/app.ts) until the player has chosen.
    const release = await holdGameScript(page);
    await page.goto(e2e.site.url);
    // The live title (the build's copy in index.html has no script behind it).
    const hero = page.locator('.title-screen:not([data-prerendered]) button.hero-play');
    await hero.waitFor();
    expect(await hero.isEnabled()).toBe(true);
    const loaded = await page.evaluate(() => ({
      screens: document.querySelectorAll('[data-screen-heading]').length,
      scripts: performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => /\/assets\/.*\.js$/.test(n) && !/\/assets\/(index|rolldown)-/.test(n)),
      stories: document.querySelectorAll('.story-card').length,
    }));
    // The title stands alone: five stories, no game script, not yet the app's screen.
    expect(loaded).toEqual({ screens: 0, scripts: [], stories: 5 });
    await hero.click();
    // Busy while the choice waits for the game, not after: screen readers would hold back.
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('true');
    release();
    await page.locator('.play-screen [data-screen-heading]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#app').getAttribute('aria-busy')).toBeNull();
    await expectClean(page);
  });

  it('the page asks for the title’s files itself, paints with the title’s styles alone and fetches one interface language', async () => {
    /** In the page, before its scripts: what had been fetched when the first button answered. */
    const probe = (): void => {
      const seen: { resources: [string, string][]; playRules: boolean } = {
        resources: [],
        playRules: true,
      };
      (window as unknown as { __first?: typeof seen }).__first = seen;
      const observer = new MutationObserver(() => {
        // The live title's first button (the build's copy in index.html answers before any file).
        const live = (b: HTMLButtonElement): boolean =>
          !b.disabled && b.closest('[data-prerendered]') === null;
        if (![...document.querySelectorAll('button')].some(live)) return;
        observer.disconnect();
        seen.resources = performance
          .getEntriesByType('resource')
          .map((r) => [new URL(r.name).pathname, (r as PerformanceResourceTiming).initiatorType]);
        seen.playRules = [...document.styleSheets].some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('.play-screen')),
        );
        Object.assign(seen, { done: true });
      });
      observer.observe(document, { subtree: true, childList: true });
    };
    for (const lang of ['nl', 'en'] as const) {
      const page = await e2e.session.newPage(e2e.site);
      await page.addInitScript(probe);
      await openGame(page, e2e.site, `?lang=${lang}`);
      const first = await page.evaluate(
        () =>
          (window as unknown as { __first: { resources: [string, string][]; playRules: boolean } })
            .__first,
      );
      const fetched = (file: string): string[] =>
        first.resources.filter(([p]) => p.endsWith(`/${file}`)).map(([, by]) => by);
      // Asked for by index.html (<link rel="preload">) while the script was on its way, once.
      for (const file of ['config.json', 'scenarios/index.json', 'scenarios/stories.json'])
        expect(fetched(file), file).toEqual(['link']);
      // Dutch is in the first script; English is fetched only when the title shows English.
      const english = first.resources.filter(([p]) => /\/assets\/en-[^/]*\.js$/.test(p));
      expect(english).toHaveLength(lang === 'en' ? 1 : 0);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // The play screen's styles were not there yet (they come with the game's chunk).
      expect(first.playRules).toBe(false);
      await expectClean(page);
    }
  });

  it('a keyboard user keeps their place when the game’s own title takes over', async () => {
    const page = await e2e.session.newPage(e2e.site);
    const release = await holdGameScript(page);
    await page.goto(e2e.site.url);
    const play = page.locator(
      '.title-screen:not([data-prerendered]) [data-focus-key="play-nepbrief"]',
    );
    await play.focus();
    release();
    await page.locator('[data-screen-heading]').first().waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-focus-key')))
      .toBe('play-nepbrief');
    expect(await page.locator('#app').getAttribute('aria-busy')).toBeNull();
    await expectClean(page);
  });

  it('a story edited in a built copy wins over the index, and a notice says the index is out of date', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await editJson(copy, 'scenarios/zwembad/locales/nl.json', (texts) => {
        texts.title = 'Het nieuwe zwembad';
      });
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?lang=nl');
    await expect
      .poll(() => page.locator('[data-story-card="zwembad"] .story-title').textContent())
      .toBe('Het nieuwe zwembad');
    expect(await page.locator('.notices-slot').textContent()).toContain('scenarios/stories.json');
    await expectClean(page);
  });
});
