/**
 * A third language is added to a built copy by dropping in files and listing it in config.json,
 * without code: an interface file (locales/<code>.json beside index.html) and story texts
 * (scenarios/<id>/locales/<code>.json). What it lacks is shown in Dutch; Dutch players are never
 * affected. Two pseudo-locales made from the English texts stand in for real languages: one
 * accented and 40% longer (en-XA), one right to left (ar-XB).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { flattenLocale, type LocaleTree } from '../../src/content/locales';
import en from '../../src/i18n/locales/en.json';
import nl from '../../src/i18n/locales/nl.json';
import { lengthened, pseudoTree, rightToLeft } from '../support/pseudo-locale';
import { moveNames, openGame, screenHeading, waitForHeadingChange, waitForStill } from './game';
import { editJson, expectClean, useSession } from './harness';

const e2e = useSession();
/** The browser logs the 404 of a file a partial language does not have yet; the game goes on. */
const MISSING_FILE_OF_ADDED_LANGUAGE = /404 .*locales\/(en-XA|ar-XB)\.json/;

/** A built copy with en-XA (partial: no "clear data" text, only the market story's title) and ar-XB. */
async function buildWithPseudoLocales(): Promise<string> {
  return e2e.session.copyBuild(async (copy) => {
    await mkdir(path.join(copy, 'locales'), { recursive: true });
    await writeFile(
      path.join(copy, 'locales/en-XA.json'),
      JSON.stringify(pseudoTree(en, lengthened, ['header.clearData'])),
    );
    await writeFile(
      path.join(copy, 'locales/ar-XB.json'),
      JSON.stringify(pseudoTree(en, rightToLeft)),
    );
    const market = JSON.parse(
      await readFile(path.join(copy, 'scenarios/marktplein/locales/en.json'), 'utf8'),
    ) as { title: string };
    await writeFile(
      path.join(copy, 'scenarios/marktplein/locales/en-XA.json'),
      JSON.stringify({ title: lengthened(market.title) }),
    );
    await editJson(copy, 'config.json', (config) => {
      config.languages = ['nl', 'en', 'en-XA', 'ar-XB'];
    });
  });
}

/** Dutch text of the market story's first step, up to its first variable. */
async function dutchOpening(copy: string): Promise<string> {
  const read = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(path.join(copy, 'scenarios/marktplein', file), 'utf8')) as unknown;
  const scenario = (await read('scenario.json')) as {
    start: string;
    nodes: { id: string; text: string }[];
  };
  const key = scenario.nodes.find((n) => n.id === scenario.start)?.text ?? '';
  const texts = flattenLocale((await read('locales/nl.json')) as LocaleTree);
  return (texts.get(key)?.[0] ?? '').split('{{')[0]!.trim().slice(0, 30);
}

/** Clicks the first move at every step until no move is left (the ending). */
async function playFirstMoves(page: Page): Promise<number> {
  let heading = await screenHeading(page);
  for (let step = 0; step < 30; step += 1) {
    const moves = await moveNames(page);
    if (moves.length === 0) return step;
    await page.locator('button.move').first().click();
    heading = await waitForHeadingChange(page, heading);
  }
  throw new Error('No ending after 30 moves');
}

/**
 * Text that does not fit: an element with text of its own whose content is wider than its box
 * (cut off, or spilling over what is beside it), or any element reaching past the window's
 * sides, except inside a row that scrolls sideways on purpose (the phone's feed tabs) and
 * visually hidden text for screen readers.
 */
const clippedText = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 40)}"`;
    const scrollsSideways = (el: Element): boolean => {
      for (let at = el.parentElement; at !== null; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowX;
        if (overflow === 'auto' || overflow === 'scroll') return true;
      }
      return false;
    };
    /** Visually hidden for screen readers (clip: rect(0 0 0 0)), itself or inside such a box. */
    const hidden = (el: Element): boolean => {
      for (let at: Element | null = el; at !== null; at = at.parentElement)
        if (getComputedStyle(at).getPropertyValue('clip').startsWith('rect(0px')) return true;
      return false;
    };
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      // A drawing's parts are clipped by the drawing itself; its text alternative is checked.
      if (!(el instanceof HTMLElement)) continue;
      if (!el.checkVisibility() || hidden(el)) continue;
      const style = getComputedStyle(el);
      if (style.position === 'absolute' && el.clientWidth <= 1) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if ((rect.right > window.innerWidth + 1 || rect.left < -1) && !scrollsSideways(el))
        found.push(
          `past the window: ${name(el)} (${String(Math.round(rect.left))}…${String(Math.round(rect.right))})`,
        );
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!ownText || style.display === 'inline' || el.tagName === 'CANVAS') continue;
      if (el.scrollWidth > el.clientWidth + 1 && !scrollsSideways(el) && style.overflowX !== 'auto')
        found.push(`cut off: ${name(el)} (${String(el.scrollWidth)} > ${String(el.clientWidth)})`);
    }
    return found;
  });

const overflowsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe('a language added by files', () => {
  it('en-XA plays a whole story: its own texts where it has them, Dutch for the rest, Dutch players untouched', async () => {
    const copy = await buildWithPseudoLocales();
    const site = await e2e.session.serve(copy);
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?lang=en-XA');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await screenHeading(page)).toBe(lengthened(en.app.name));
    // Missing in en-XA: shown in Dutch, not English.
    await page
      .getByRole('button', { name: nl.header.clearData })
      .first()
      .waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: en.header.clearData }).count()).toBe(0);
    // The story's title is translated; its steps are not, so they are in Dutch.
    const title = JSON.parse(
      await readFile(path.join(copy, 'scenarios/marktplein/locales/en-XA.json'), 'utf8'),
    ) as { title: string };
    await page
      .getByRole('button', { name: lengthened(en.title.play).replace('{{title}}', title.title) })
      .click();
    await page.locator('button.move').first().waitFor();
    expect((await page.locator('main').textContent()) ?? '').toContain(await dutchOpening(copy));
    expect(await playFirstMoves(page)).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: lengthened(en.ending.toDebrief) }).click();
    await page.getByRole('heading', { level: 1, name: lengthened(en.debrief.heading) }).waitFor();
    await expectClean(page, { allowConsoleErrors: MISSING_FILE_OF_ADDED_LANGUAGE });

    // The same copy for a Dutch player: no trace of the added language.
    const dutch = await e2e.session.newPage(site);
    await openGame(dutch, site, '?lang=nl');
    expect(await screenHeading(dutch)).toBe(nl.app.name);
    expect((await dutch.locator('body').textContent()) ?? '').not.toContain('~~~');
    await expectClean(dutch, { allowConsoleErrors: MISSING_FILE_OF_ADDED_LANGUAGE });
  });

  it('ar-XB at 1366×768: borders and indents sit on the reading side (logical CSS), nothing sideways', async () => {
    const copy = await buildWithPseudoLocales();
    const site = await e2e.session.serve(copy);
    const page = await e2e.session.newPage(site);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openGame(page, site, '?lang=ar-XB');
    expect(await overflowsSideways(page), 'title').toBe(false);
    await page.locator('button.primary').first().click();
    await page.locator('button.move').first().waitFor();
    await page.locator('button.move').first().click();
    await page.locator('.move-feedback').first().waitFor();
    expect(await overflowsSideways(page), 'play').toBe(false);
    // The feedback's accent border starts where the line starts: on the right in RTL.
    const sides = await page
      .locator('.move-feedback')
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return { right: style.borderRightWidth, left: style.borderLeftWidth };
      });
    expect(sides).toEqual({ right: '4px', left: '0px' });
    if (process.env.SCREENS_DIR !== undefined)
      await page.screenshot({ path: path.join(process.env.SCREENS_DIR, 'rtl-play-1366.png') });
    await expectClean(page, { allowConsoleErrors: MISSING_FILE_OF_ADDED_LANGUAGE });
  });

  it('ar-XB reads right to left, and neither pseudo-locale pushes the page sideways on a phone', async () => {
    const copy = await buildWithPseudoLocales();
    const site = await e2e.session.serve(copy);
    for (const lang of ['ar-XB', 'en-XA']) {
      const page = await e2e.session.newPage(site);
      await page.setViewportSize({ width: 390, height: 844 });
      await openGame(page, site, `?lang=${lang}`);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(
        lang === 'ar-XB' ? 'rtl' : 'ltr',
      );
      expect(await overflowsSideways(page), `${lang}: title`).toBe(false);
      await page.locator('button.primary').first().click();
      await page.locator('button.move').first().waitFor();
      expect(await overflowsSideways(page), `${lang}: play`).toBe(false);
      await expectClean(page, { allowConsoleErrors: MISSING_FILE_OF_ADDED_LANGUAGE });
    }
  });

  it.each([
    ['en-XA', 1366, 768],
    ['en-XA', 390, 844],
    ['ar-XB', 1366, 768],
    ['ar-XB', 390, 844],
  ] as const)(
    '%s at %i×%i: no text cut off or spilling out of its box, nothing past the window sideways (title, play, debrief)',
    async (lang, width, height) => {
      const copy = await buildWithPseudoLocales();
      const site = await e2e.session.serve(copy);
      const page = await e2e.session.newPage(site);
      await page.setViewportSize({ width, height });
      await openGame(page, site, `?lang=${lang}`);
      const shot = async (screen: string): Promise<void> => {
        if (process.env.SCREENS_DIR !== undefined)
          await page.screenshot({
            path: path.join(
              process.env.SCREENS_DIR,
              `pseudo-${lang}-${screen}-${String(width)}.png`,
            ),
          });
      };
      expect(await clippedText(page), 'title').toEqual([]);
      await shot('title');
      await page.locator('button.primary').first().click();
      await page.locator('button.move').first().waitFor();
      await page.locator('button.move').first().click();
      await page.locator('.move-feedback').first().waitFor();
      await waitForStill(page);
      expect(await clippedText(page), 'play').toEqual([]);
      await shot('play');
      await playFirstMoves(page);
      await page.locator('.ending-panel button.primary').last().waitFor();
      expect(await clippedText(page), 'ending').toEqual([]);
      const toDebrief =
        lang === 'en-XA' ? lengthened(en.ending.toDebrief) : rightToLeft(en.ending.toDebrief);
      await page.getByRole('button', { name: toDebrief }).click();
      await page.locator('.results-card').first().waitFor();
      expect(await clippedText(page), 'debrief').toEqual([]);
      await expectClean(page, { allowConsoleErrors: MISSING_FILE_OF_ADDED_LANGUAGE });
    },
  );
});
