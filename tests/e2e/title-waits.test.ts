/**
 * The title is left alone until a visitor is there (issue #15): before a sign of one (a pointer
 * that moves, a touch, a key, scrolling, focus) the page asks for nothing more, so a cheap phone
 * answers the first tap at once. With no sign at all the game still loads, after a quiet while.
 * A story chosen before the game's script has arrived has all its files asked for at once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { holdGameScript } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

/** The game's own script (src/app.ts), the map's script and the stories' files (not the title's list and index). */
const LATER =
  /\/assets\/(app|phaser|create-town-map)-[^/]*\.js$|\/scenarios\/(?!index\.json$|stories\.json$).*\.json$/;

/** Every request the page makes from now on, by path. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(new URL(request.url()).pathname));
  return seen;
}

/** A phone-sized page with its title up and answering (the script's, not the build's copy). */
async function phoneTitle(): Promise<{ page: Page; seen: string[] }> {
  const page = await e2e.session.newPage(e2e.site);
  await page.setViewportSize({ width: 390, height: 844 });
  const seen = requests(page);
  await page.goto(e2e.site.url);
  await page.locator('.title-screen:not([data-prerendered]) [data-story]').first().waitFor();
  return { page, seen };
}

describe('the title waits for a visitor', () => {
  it('a phone: nothing more is fetched until the visitor shows up; a moving pointer loads the game', async () => {
    const { page, seen } = await phoneTitle();
    await page.waitForTimeout(1500);
    expect(
      seen.filter((path) => LATER.test(path)),
      seen.join(' '),
    ).toEqual([]);
    await page.mouse.move(100, 300);
    await expect.poll(() => seen.some((path) => /\/assets\/app-/.test(path))).toBe(true);
    await expectClean(page);
  });

  it('with no sign of a visitor at all, the game still loads after a quiet while', async () => {
    const { page } = await phoneTitle();
    const appStart = (): Promise<number | undefined> =>
      page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .find((entry) => /\/assets\/app-[^/]*\.js$/.test(entry.name))?.startTime,
      );
    await expect.poll(appStart, { timeout: 15_000 }).toBeGreaterThan(0);
    // Not before the quiet time (3 s on a phone) has passed since the page began.
    expect(await appStart()).toBeGreaterThanOrEqual(3000);
    await expectClean(page);
  });

  it('a story chosen before the game arrives: all its files are asked for at once', async () => {
    const page = await e2e.session.newPage(e2e.site);
    const seen = requests(page);
    // The game's script is held back: whatever the page asks for meanwhile, the title asked for.
    const release = await holdGameScript(page);
    await page.goto(e2e.site.url);
    await page
      .locator('.title-screen:not([data-prerendered]) [data-focus-key="play-windpark"]')
      .click();
    const storyFiles = [
      '/scenarios/index.json',
      '/scenarios/techniques/catalogue.json',
      '/scenarios/techniques/locales/nl.json',
      '/scenarios/windpark/scenario.json',
      '/scenarios/windpark/locales/nl.json',
      '/scenarios/towns/lindewaard.json',
    ];
    const asked = (): string[] =>
      storyFiles.filter((file) => seen.some((path) => path.endsWith(file)));
    await expect.poll(asked).toEqual(storyFiles);
    // Only the chosen story's: no other story file was asked for.
    expect(seen.filter((path) => /scenario\.json$/.test(path))).toEqual([
      expect.stringMatching(/windpark\/scenario\.json$/),
    ]);
    release();
    await page.locator('.play-screen [data-screen-heading]').first().waitFor({ timeout: 15_000 });
    await expectClean(page);
  });
});
