/**
 * The story a player chooses is read and checked first, alone: a player who clicks Play the
 * moment the title answers does not wait for the check of every story (issue #15). The other
 * stories follow in the background once the map is drawn; a broken one among them is told in a
 * notice, and the game goes on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { holdGameScript, openGame, TEXT, waitForMap } from './game';
import { editText, expectClean, useSession } from './harness';

const e2e = useSession();

/**
 * Runs before the game's scripts: records every story file (scenario.json) the page asks for,
 * and which of them it had asked for when the map was first drawn.
 */
const STORY_FETCHES = `(() => {
  const asked = (window.__storyFiles = []);
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    const url = String(input instanceof Request ? input.url : input);
    const story = /scenarios\\/([^/]+)\\/scenario\\.json$/.exec(url);
    if (story) asked.push(story[1]);
    return fetch.call(this, input, init);
  };
  new MutationObserver((_, observer) => {
    if (document.querySelector('.map-canvas[data-state="ready"], .map-canvas[data-state="failed"]')) {
      window.__storiesAtMap = [...asked];
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

interface StoryFiles {
  readonly asked: string[];
  readonly atMap: string[] | undefined;
}

const storyFiles = (page: Page): Promise<StoryFiles> =>
  page.evaluate(() => {
    const w = window as unknown as { __storyFiles: string[]; __storiesAtMap?: string[] };
    return { asked: [...w.__storyFiles], atMap: w.__storiesAtMap };
  });

/** Clicks Play on the early title before the game's script is there, then lets it come. */
async function quickPlay(page: Page, url: string, story: string): Promise<void> {
  await page.addInitScript(STORY_FETCHES);
  const release = await holdGameScript(page);
  await page.goto(url);
  // On the live title (the build's copy in index.html would load ?scenario= instead).
  await page
    .locator(`.title-screen:not([data-prerendered]) [data-focus-key="play-${story}"]`)
    .click();
  release();
  await page.locator('.play-screen [data-screen-heading]').first().waitFor({ timeout: 15_000 });
  await waitForMap(page);
}

/** Waits until the page has asked for every story file. */
async function waitForAllStories(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { __storyFiles: string[] }).__storyFiles.length >= n,
    count,
    { timeout: 20_000, polling: 100 },
  );
}

describe('the chosen story first', () => {
  it('a Play click on the early title: only that story file is read before its map is drawn; the others follow', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await quickPlay(page, e2e.site.url, 'marktplein');
    expect((await storyFiles(page)).atMap).toEqual(['marktplein']);
    // The others come afterwards, each once; back on the title all five are offered.
    await waitForAllStories(page, 5);
    const { asked } = await storyFiles(page);
    expect([...asked].sort()).toEqual(
      ['marktplein', 'nepbrief', 'verkiezingen', 'windpark', 'zwembad'].sort(),
    );
    await page.getByRole('button', { name: TEXT.nl.home }).click();
    await expect.poll(() => page.locator('.title-screen .story-card').count()).toBe(5);
    await expectClean(page);
  });

  it('a link that names a story (?scenario=) reads only that story before its map is drawn', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.addInitScript(STORY_FETCHES);
    await openGame(page, e2e.site, '?scenario=windpark');
    await waitForMap(page);
    expect((await storyFiles(page)).atMap).toEqual(['windpark']);
    await expectClean(page);
  });

  it('a broken story found in the background is told in a notice; the chosen one plays on', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      // Remove the first comma at the end of a line: zwembad's file is no longer JSON.
      await editText(copy, 'scenarios/zwembad/scenario.json', /,(\r?\n)/, '$1');
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await quickPlay(page, site.url, 'nepbrief');
    expect((await storyFiles(page)).atMap).toEqual(['nepbrief']);
    const notice = page.locator('.notices-slot').filter({ hasText: 'zwembad/scenario.json' });
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain('npm run check:scenarios');
    // Told once, as broken: not also as an out-of-date story index.
    expect(await page.locator('.notices-slot').innerText()).not.toContain('stories.json');
    expect(await page.locator('.play-screen').count()).toBe(1);
    // Back on the title: the four stories that work, not the broken one.
    await page.getByRole('button', { name: TEXT.nl.home }).click();
    await expect.poll(() => page.locator('.title-screen .story-card').count()).toBe(4);
    expect(await page.locator('[data-story-card="zwembad"]').count()).toBe(0);
    await expectClean(page);
    await site.close();
  });
});
