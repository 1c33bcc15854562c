/**
 * Sound, in a real Chromium under the strict CSP: off by default with no AudioContext at all;
 * turned on from the header (or the phone's menu) it makes sound in code, with no request and no
 * error; the choice survives a reload, and a reload makes no AudioContext until a move.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { moveNames, openGame, screenHeading, TEXT, waitForHeadingChange } from './game';
import { expectClean, recordOf, settle, useSession } from './harness';

const e2e = useSession();

/** Counts every AudioContext the page makes, and keeps them to read their state. */
const COUNT_AUDIO = `(() => {
  const Real = window.AudioContext;
  if (typeof Real !== 'function') return;
  const made = [];
  window.__audioContexts = made;
  window.AudioContext = class extends Real {
    constructor(...args) {
      super(...args);
      made.push(this);
    }
  };
})();`;

async function audioContexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window as unknown as { __audioContexts?: AudioContext[] }).__audioContexts ?? []).map(
      (c) => c.state,
    ),
  );
}

async function openCounted(page: Page, query = ''): Promise<void> {
  await page.addInitScript(COUNT_AUDIO);
  await openGame(page, e2e.site, query);
}

/** Makes the first move on offer and waits for the next step. */
async function move(page: Page): Promise<void> {
  const heading = await screenHeading(page);
  const [first] = await moveNames(page);
  await page.getByRole('button', { name: first ?? '', exact: true }).click();
  await waitForHeadingChange(page, heading);
}

describe('sound', () => {
  it('is off by default; turned on it plays with no request and no error, and is remembered', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 1366, height: 768 });
    await openCounted(page);
    const toggle = page.getByRole('button', { name: 'Geluid' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.isVisible()).toBe(true);

    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await move(page);
    expect(await audioContexts(page), 'no AudioContext while sound is off').toEqual([]);

    await settle(page);
    const requestsBefore = recordOf(page).requests.length;
    await toggle.click();
    await settle(page);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const states = await audioContexts(page);
    expect(states).toHaveLength(1);
    expect(states[0], 'started inside the click: not held back by the autoplay rule').toBe(
      'running',
    );
    expect(
      recordOf(page).requests.slice(requestsBefore),
      'turning sound on fetches nothing',
    ).toEqual([]);
    await move(page); // the move's cues play
    await expectClean(page);

    await page.reload();
    await page.locator('[data-screen-heading]').first().waitFor();
    expect(await page.getByRole('button', { name: 'Geluid' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await audioContexts(page), 'a reload makes no sound by itself').toEqual([]);
    await expectClean(page);
  });

  it('on a phone the toggle is in the header menu', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 390, height: 844 });
    await openCounted(page, '?lang=en');
    await page.getByRole('button', { name: TEXT.en.play }).click();
    const toggle = page.getByRole('button', { name: 'Sound' });
    expect(await toggle.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await toggle.isVisible()).toBe(true);
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Sound' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expectClean(page);
  });

  it('at a kiosk it starts off, whatever a visitor chose before', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openCounted(page);
    await page.getByRole('button', { name: 'Geluid' }).click();
    await openGame(page, e2e.site, '?mode=kiosk');
    expect(await page.getByRole('button', { name: 'Geluid' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(await audioContexts(page)).toEqual([]);
    await expectClean(page);
  });
});
