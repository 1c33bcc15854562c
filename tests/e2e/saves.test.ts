/**
 * Saved games in localStorage: a reload resumes exactly, a broken save is discarded with a
 * notice (never a crash), and "clear saved data" removes everything the game stored.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  gameStorage,
  moveNames,
  openGame,
  screenHeading,
  snapshotPlay,
  TEXT,
  waitForHeadingChange,
  waitForMap,
  waitForScreen,
} from './game';
import { expectClean, recordOf, useSession } from './harness';

const e2e = useSession();
const SAVE_KEY = 'geruchtenmolen.save.marktplein';
const CURRENT_KEY = 'geruchtenmolen.current';

/** Clicks the first move on offer and waits for the next step. */
async function clickFirstMove(page: Page): Promise<string> {
  const before = await screenHeading(page);
  const [first] = await moveNames(page);
  await page.getByRole('button', { name: first ?? '', exact: true }).click();
  return waitForHeadingChange(page, before);
}

/** From the title screen: start the (only) story and make `moves` moves. */
async function startAndPlay(page: Page, moves: number): Promise<void> {
  await page.getByRole('button', { name: TEXT.nl.play }).click();
  await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
  for (let i = 0; i < moves; i += 1) await clickFirstMove(page);
}

describe('saved games', () => {
  it('a reload mid-game resumes at the same step with the same feed and meters', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?renderer=canvas');
    await startAndPlay(page, 2);
    await waitForMap(page);
    const before = await snapshotPlay(page);
    expect(before.heading).toMatch(/^Stap 3 · /);
    expect(before.feed.length).toBeGreaterThan(0);
    expect(before.meterValues).toHaveLength(2); // reach and trust (the score shows the others)

    const stored = await gameStorage(page);
    expect(stored[CURRENT_KEY]).toBe('marktplein');
    const save = JSON.parse(stored[SAVE_KEY] ?? 'null') as {
      format: number;
      scenarioId: string;
      seed: number;
      moves: string[];
      screen: string;
    };
    expect(save).toMatchObject({ format: 1, scenarioId: 'marktplein', screen: 'play' });
    expect(Number.isSafeInteger(save.seed)).toBe(true);
    expect(save.moves).toHaveLength(2);

    await page.reload();
    await waitForScreen(page);
    expect(await snapshotPlay(page)).toEqual(before);
    expect((await waitForMap(page)).state).toBe('ready');

    // On to the ending and the debrief: a reload there resumes the debrief, not the game.
    let heading = await screenHeading(page);
    while (!TEXT.nl.ending.test(heading)) heading = await clickFirstMove(page);
    await page.getByRole('button', { name: TEXT.nl.toDebrief, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
    const debrief = await page.locator('main').innerText();
    await page.reload();
    await waitForScreen(page);
    expect(await screenHeading(page)).toBe(TEXT.nl.debrief);
    expect(await page.locator('main').innerText()).toBe(debrief);
    await expectClean(page);
  });

  const broken = [
    { what: 'not JSON', raw: '{not json', notice: TEXT.nl.damaged },
    {
      what: 'the wrong shape',
      raw: JSON.stringify({ format: 1, scenarioId: 'marktplein', seed: 'zeven', moves: 'alles' }),
      notice: TEXT.nl.damaged,
    },
    {
      what: 'moves the story no longer has',
      raw: JSON.stringify({
        format: 1,
        scenarioId: 'marktplein',
        seed: 7,
        moves: ['no_such_move'],
        screen: 'play',
      }),
      notice: TEXT.nl.older,
    },
  ];
  /** Puts `raw` in storage as the marktplein save and reloads, as a returning player would. */
  async function reloadWithSave(page: Page, raw: string): Promise<void> {
    await page.evaluate(
      ([key, value, current]) => {
        localStorage.setItem(key, value);
        localStorage.setItem(current, 'marktplein');
      },
      [SAVE_KEY, raw, CURRENT_KEY] as const,
    );
    await page.reload();
    await waitForScreen(page);
  }

  it('a save from a newer version is explained and kept, and the title screen stays playable', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?renderer=canvas');
    const raw = JSON.stringify({
      format: 99,
      scenarioId: 'marktplein',
      seed: 7,
      moves: [],
      screen: 'play',
    });
    await reloadWithSave(page, raw);
    expect(await screenHeading(page)).toBe(TEXT.nl.appName);
    const status = page.getByRole('status').filter({ hasText: /nieuwere versie/ });
    await status.waitFor();
    expect(await status.count()).toBe(1);
    expect((await gameStorage(page))[SAVE_KEY]).toBe(raw);
    await expectClean(page);
  });

  it.each(broken)(
    'a save with $what is discarded with a notice and the title screen stays playable',
    async ({ raw, notice }) => {
      const page = await e2e.session.newPage(e2e.site);
      await openGame(page, e2e.site, '?renderer=canvas');
      await reloadWithSave(page, raw);

      expect(await screenHeading(page)).toBe(TEXT.nl.appName);
      const status = page.getByRole('status').filter({ hasText: notice });
      await status.waitFor();
      expect(await status.count()).toBe(1);
      expect(await gameStorage(page)).not.toHaveProperty(SAVE_KEY);
      expect(await page.getByRole('button', { name: TEXT.nl.continue }).count()).toBe(0);

      // The notice can be closed, and the story can be started afresh.
      await status.getByRole('button').click();
      expect(await page.getByRole('status').filter({ hasText: notice }).count()).toBe(0);
      await page.getByRole('button', { name: TEXT.nl.play }).click();
      expect(await waitForHeadingChange(page, TEXT.nl.appName)).toMatch(/^Stap 1 · /);
      expect((await gameStorage(page))[SAVE_KEY]).toContain('"moves":[]');
      await expectClean(page);
    },
  );

  it('without usable storage (a locked-down browser) the game says so and can still be played', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied access', 'SecurityError');
        },
      });
    });
    await openGame(page, e2e.site, '?renderer=canvas');
    expect(await screenHeading(page)).toBe(TEXT.nl.appName);
    await page
      .getByRole('status')
      .filter({ hasText: /opslaan niet toe/ })
      .waitFor();
    await startAndPlay(page, 2);
    expect(await screenHeading(page)).toMatch(/^Stap 3 · /);
    await expectClean(page);
  });

  it('"clear saved data" asks first, then removes the save and shows the title screen', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?renderer=canvas');
    await startAndPlay(page, 1);
    await page.getByRole('button', { name: 'English' }).click(); // also stores a language setting
    await page.getByRole('button', { name: 'Nederlands' }).click();
    expect(Object.keys(await gameStorage(page)).sort()).toEqual([
      CURRENT_KEY,
      SAVE_KEY,
      'geruchtenmolen.settings',
    ]);
    // A key of another app on the same origin must survive.
    await page.evaluate(() => {
      localStorage.setItem('andere-app.instelling', 'blijft');
    });

    // Cancel: nothing changes.
    const record = recordOf(page);
    record.confirmAnswer = false;
    await page.getByRole('button', { name: TEXT.nl.clearData }).click();
    expect(record.dialogs).toEqual([
      { type: 'confirm', message: expect.stringMatching(/Weet je het zeker/) },
    ]);
    expect(await screenHeading(page)).toMatch(/^Stap 2 · /);
    expect(Object.keys(await gameStorage(page))).toHaveLength(3);

    // Confirm: everything of the game is gone, and the player is told.
    record.confirmAnswer = true;
    await page.getByRole('button', { name: TEXT.nl.clearData }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.appName }).waitFor();
    expect(record.dialogs).toHaveLength(2);
    expect(await gameStorage(page)).toEqual({});
    expect(await page.evaluate(() => localStorage.getItem('andere-app.instelling'))).toBe('blijft');
    await page.getByRole('status').filter({ hasText: TEXT.nl.cleared }).waitFor();
    expect(await page.getByRole('button', { name: TEXT.nl.continue }).count()).toBe(0);

    // And a reload starts fresh on the title screen.
    await page.reload();
    await waitForScreen(page);
    expect(await screenHeading(page)).toBe(TEXT.nl.appName);
    expect(await page.getByRole('button', { name: TEXT.nl.continue }).count()).toBe(0);
    await expectClean(page);
  });
});
