/**
 * Facilitator mode: the presenter's window drives a projector window in the same browser, with
 * no server in between (BroadcastChannel). Votes choose the move; rewind, blank, reload of the
 * projector and the five-step group debrief all reach the projector.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { waitForStill } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();
const heading = async (page: Page): Promise<string> =>
  ((await page.locator('[data-screen-heading]').first().textContent()) ?? '').trim();
/** What a window shows of the step: its heading, the moves on offer and the newest post. */
const stepView = async (
  page: Page,
): Promise<{ heading: string; moves: string[]; newestPost: string }> => ({
  heading: await heading(page),
  moves: (await page.locator('button.move').allTextContents()).map((m) => m.trim()),
  newestPost: (
    (await page.locator('[role="feed"] .feed-post .post-text').first().textContent()) ?? ''
  ).trim(),
});
const axe = async (page: Page): Promise<string[]> => {
  await waitForStill(page); // nothing caught half faded in
  return (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .setLegacyMode(true)
      .analyze()
  ).violations.map((v) => v.id);
};

describe('facilitator mode', () => {
  it('the room votes in the presenter view and the projector follows: move, rewind, reload, blank, group debrief', async () => {
    const presenter = await e2e.session.newPage(e2e.site);
    await presenter.goto(
      `${e2e.site.url}?mode=facilitator&scenario=marktplein&seed=5&renderer=canvas`,
    );
    await presenter.getByRole('heading', { level: 2, name: 'Presentator' }).waitFor();
    const projector = await e2e.session.newPage(e2e.site, { keepStorage: true });
    await projector.goto(`${e2e.site.url}?mode=audience&renderer=canvas`);
    await expect.poll(() => heading(projector)).toMatch(/^Stap 1 · /);
    expect(await projector.locator('header').count()).toBe(0);

    // Two votes for B, one for A: the room chooses B.
    await presenter.getByRole('button', { name: 'Eén stem meer voor B' }).click();
    await presenter.getByRole('button', { name: 'Eén stem meer voor B' }).click();
    await presenter.getByRole('button', { name: 'Eén stem meer voor A' }).click();
    await presenter.getByRole('button', { name: /^De zaal kiest B/ }).click();
    await expect.poll(() => heading(projector)).toMatch(/^Stap 2 · /);
    // The projector shows the presenter's step exactly: heading, moves and the newest post.
    const presenterView = await stepView(presenter);
    expect(presenterView.heading).toMatch(/^Stap 2 · /);
    expect(presenterView.moves.length).toBeGreaterThanOrEqual(2);
    expect(presenterView.newestPost).not.toBe('');
    await expect.poll(() => stepView(projector), { timeout: 30_000 }).toEqual(presenterView);
    // The presenter gets what that move did in the town, and why, as a talking point.
    expect(await presenter.locator('.facilitator-panel .last-outcome-notes').innerText()).toMatch(
      /^Wat je vorige zet deed\s+Op .+: [\d.]+ inwoners hoorden ervan/,
    );

    // PageUp rewinds one move, on both screens.
    await presenter.locator('body').press('PageUp');
    await expect.poll(() => heading(projector)).toMatch(/^Stap 1 · /);

    // The projector recovers its place after a reload.
    await presenter.getByRole('button', { name: 'Eén stem meer voor A' }).click();
    await presenter.locator('body').press('PageDown');
    await expect.poll(() => heading(projector)).toMatch(/^Stap 2 · /);
    await projector.reload();
    await expect.poll(() => heading(projector)).toMatch(/^Stap 2 · /);

    // B blanks the projector, and B again brings it back.
    await presenter.locator('body').press('b');
    await expect.poll(() => projector.locator('.projector-blank').isVisible()).toBe(true);
    await presenter.locator('body').press('b');
    await expect.poll(() => projector.locator('.projector-blank').isVisible()).toBe(false);
    expect(await axe(presenter)).toEqual([]);

    // Play on (one vote for the first move each step) to the ending, then the group debrief.
    for (
      let guard = 0;
      guard < 12 &&
      (await presenter.getByRole('button', { name: 'Eén stem meer voor A' }).count()) > 0;
      guard += 1
    ) {
      await presenter.getByRole('button', { name: 'Eén stem meer voor A' }).click();
      await presenter.getByRole('button', { name: /^De zaal kiest A/ }).click();
    }
    await expect.poll(() => heading(projector)).toMatch(/^Einde: /);

    // Switch sides: the room votes on the crisis team's response; the feedback and the next
    // moment reach the projector too.
    await presenter.getByRole('button', { name: 'Wissel van kant: speel de gemeente' }).click();
    await expect.poll(() => heading(projector)).toMatch(/^Moment 1 van \d/);
    await presenter.getByRole('button', { name: 'Eén stem meer voor B' }).click();
    await presenter.getByRole('button', { name: /^De zaal kiest B/ }).click();
    await expect
      .poll(() => heading(projector))
      .toMatch(
        /^(Goed gekozen|Dit helpt een beetje|Dit werkt hier averechts|Deels goed, deels averechts)$/,
      );
    await presenter.locator('body').press('PageDown');
    await expect.poll(() => heading(projector)).toMatch(/^(Moment 2 van \d|Nabespreking)/);

    await presenter.getByRole('button', { name: 'Naar de groepsnabespreking' }).click();
    await expect.poll(() => heading(projector)).toBe('Groepsnabespreking 1/5: Gevoel');
    await presenter.locator('body').press('PageDown');
    await expect.poll(() => heading(projector)).toBe('Groepsnabespreking 2/5: Feiten');
    expect(await axe(projector)).toEqual([]);
    await expectClean(presenter);
    await expectClean(projector);
  });
});
