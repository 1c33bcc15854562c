/**
 * Whole games, title screen to debrief: by keyboard only (Dutch and English) and by mouse.
 * Moves are read off the screen, so these tests survive content changes; each flow takes a
 * different move (first, second, last) to walk different branches and endings.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  checkDebrief,
  type Chooser,
  focused,
  moveNames,
  openGame,
  playToEnding,
  screenHeading,
  tabTo,
  TEXT,
  waitForHeadingChange,
  waitForMap,
} from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

/**
 * Chooses the move at `pick` by keyboard, varying the keys: Tab to the first move and a number
 * key on steps 1, 4, 7…,
 * Tab + Enter on steps 2, 5…, Tab + Space on steps 3, 6…
 */
function keyboardChooser(pick: (moves: string[]) => number): Chooser {
  return async (page: Page, moves: string[], step: number) => {
    const index = pick(moves);
    const name = moves[index] ?? '';
    expect(name, 'a move to choose').not.toBe('');
    if (step % 3 === 1 && index < 9) {
      // The number keys work once focus is in the move list (WCAG 2.1.4): Tab to the first move.
      await tabTo(page, moves[0] ?? '');
      await page.keyboard.press(String(index + 1));
    } else {
      await tabTo(page, name);
      expect((await focused(page)).moveButton).toBe(true);
      // Visible focus (WCAG 2.4.7): the focused move has a real outline.
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement ?? document.body);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await page.keyboard.press(step % 3 === 2 ? 'Enter' : 'Space');
    }
    return name;
  };
}

describe('a whole game', () => {
  it('nl, keyboard only, default renderer (WebGL): title → every step (number keys, Tab+Enter, Tab+Space) → ending → debrief', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site);
    expect(await screenHeading(page)).toBe(TEXT.nl.appName);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await focused(page)).toMatchObject({ tag: 'h1', name: TEXT.nl.appName });

    await tabTo(page, TEXT.nl.play);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    expect(await focused(page)).toMatchObject({
      tag: 'h1',
      name: /^Stap 1 · /,
    });
    expect(await waitForMap(page)).toEqual({ state: 'ready', renderer: 'webgl' });

    const { chosen, ending } = await playToEnding(
      page,
      'nl',
      keyboardChooser(() => 0),
    );
    expect(chosen.length).toBeGreaterThanOrEqual(2);
    expect(ending).toMatch(TEXT.nl.ending);

    await tabTo(page, TEXT.nl.toDebrief);
    await page.keyboard.press('Enter');
    await checkDebrief(page, 'nl', chosen);
    await expectClean(page);
  });

  it('en, keyboard only: switch language with the keyboard, then play the second move each step to the debrief', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?renderer=canvas'); // WebGL is covered by the Dutch run
    await tabTo(page, TEXT.en.language, { backwards: true });
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: TEXT.en.appName }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(
      await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed'),
    ).toBe('false');
    expect((await focused(page)).name, 'focus stays on the language button').toBe('English');

    await tabTo(page, TEXT.en.play);
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 1, name: TEXT.en.step }).waitFor();
    const { chosen, ending } = await playToEnding(
      page,
      'en',
      keyboardChooser((moves) => Math.min(1, moves.length - 1)),
    );
    expect(ending).toMatch(TEXT.en.ending);

    await tabTo(page, TEXT.en.toDebrief);
    await page.keyboard.press('Enter');
    await checkDebrief(page, 'en', chosen);
    await expectClean(page);
  });

  it('nl, mouse: click the last move each step, debrief, back to the title, continue, play again', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?renderer=canvas'); // WebGL is covered by the keyboard run
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    const firstFeed = await page.getByRole('feed').getByRole('article').count();
    expect(firstFeed, 'the first step already has posts in the feed').toBeGreaterThan(0);
    // Reach and trust as meters; followers and credibility are the score above the map.
    expect(await page.getByRole('meter').count()).toBe(2);
    expect(await page.locator('.scoreboard').innerText()).toMatch(
      /Volgers\s*\d+[\s\S]*Geloofwaardigheid\s*\d+/,
    );
    await waitForMap(page);

    const { chosen } = await playToEnding(page, 'nl', async (p, moves) => {
      const name = moves[moves.length - 1] ?? '';
      await p.getByRole('button', { name, exact: true }).click();
      return name;
    });
    expect(await page.getByRole('feed').getByRole('article').count()).toBeGreaterThan(firstFeed);
    expect(
      await page.getByRole('button', { name: TEXT.nl.playAgain, exact: true }).isEnabled(),
    ).toBe(true);

    await page.getByRole('button', { name: TEXT.nl.toDebrief, exact: true }).click();
    await checkDebrief(page, 'nl', chosen);

    // The header's home button goes back to the title, which offers to continue the finished game.
    await page.getByRole('button', { name: TEXT.nl.home }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.appName }).waitFor();
    await page.getByRole('button', { name: TEXT.nl.continue }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();

    await page.getByRole('button', { name: 'Nog een keer spelen', exact: true }).click();
    const heading = await waitForHeadingChange(page, TEXT.nl.debrief);
    expect(heading).toMatch(/^Stap 1 · /);
    expect(await page.getByRole('feed').getByRole('article').count()).toBe(firstFeed);
    expect((await moveNames(page)).length).toBeGreaterThan(0);
    await waitForMap(page);
    await expectClean(page);
  });
});
