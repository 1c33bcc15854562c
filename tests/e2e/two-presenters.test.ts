/**
 * One presenter per browser: a second `?mode=facilitator` window of the same profile only
 * watches (read-only, says who presents), "Neem over" hands it the seat and turns the first one
 * read-only, the projector follows the presenting window only, and when the presenting window
 * closes the other one takes the seat by itself. The save names the window that holds it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { expectClean, useSession } from './harness';

const e2e = useSession();
const heading = async (page: Page): Promise<string> =>
  ((await page.locator('[data-screen-heading]').first().textContent()) ?? '').trim();
const seatStatus = async (page: Page): Promise<string> =>
  ((await page.locator('.seat-status, .seat-notice').first().textContent()) ?? '').trim();
/** The window's own short name, from "Dit venster presenteert (venster K7QD)." */
const ownName = async (page: Page): Promise<string> => {
  await expect
    .poll(() => seatStatus(page), { timeout: 20_000 })
    .toMatch(/^Dit venster presenteert \(venster \w{4}\)\.$/);
  return /\(venster (\w{4})\)/.exec(await seatStatus(page))?.[1] ?? '';
};
const save = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('geruchtenmolen.save.marktplein') ?? 'null') as {
        moves: string[];
        presenter?: string;
      } | null,
  );
/** A vote for A and "De zaal kiest A": one move, as the room makes it. */
async function roomMove(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Eén stem meer voor A' }).click();
  await page.getByRole('button', { name: /^De zaal kiest A/ }).click();
}
/** What a read-only window does when a move is forced on it: a click event past `inert`, and the clicker key. */
async function tryToMove(page: Page): Promise<void> {
  await page.locator('button.move').first().dispatchEvent('click');
  await page.locator('body').press('PageDown');
}
const step = (page: Page) => heading(page).then((h) => /^Stap (\d+)/.exec(h)?.[1] ?? h);

describe('two presenter windows', () => {
  it('the second watches read-only, takes over on request, and takes the seat when the first closes; the projector follows the presenter only', async () => {
    const first = await e2e.session.newPage(e2e.site);
    await first.goto(`${e2e.site.url}?mode=facilitator&scenario=marktplein&seed=5&renderer=canvas`);
    const firstName = await ownName(first);
    const projector = await e2e.session.newPage(e2e.site, { keepStorage: true });
    await projector.goto(`${e2e.site.url}?mode=audience&renderer=canvas`);
    await expect.poll(() => step(projector), { timeout: 20_000 }).toBe('1');

    // The second window: told who presents, its game inert, no votes, no controls.
    const second = await e2e.session.newPage(e2e.site, { keepStorage: true });
    await second.goto(`${e2e.site.url}?mode=facilitator&renderer=canvas`);
    await expect
      .poll(() => seatStatus(second), { timeout: 20_000 })
      .toMatch(
        new RegExp(
          `^Alleen meekijkenVenster ${firstName} presenteert deze sessie, sinds \\d\\d:\\d\\d\\. Dit venster \\(\\w{4}\\) volgt het alleen`,
        ),
      );
    const secondName = /Dit venster \((\w{4})\)/.exec(await seatStatus(second))?.[1] ?? '';
    expect(secondName).not.toBe(firstName);
    await expect.poll(() => step(second), { timeout: 20_000 }).toBe('1');
    expect(await second.locator('.screen-slot').evaluate((el: HTMLElement) => el.inert)).toBe(true);
    expect(await second.getByRole('button', { name: /Eén stem meer/ }).count()).toBe(0);
    await tryToMove(second);
    await roomMove(first);
    await expect.poll(() => step(projector), { timeout: 20_000 }).toBe('2');
    await expect.poll(() => step(second), { timeout: 20_000 }).toBe('2');
    expect(await step(first)).toBe('2');
    expect(await save(first)).toMatchObject({ presenter: firstName });
    expect((await save(first))?.moves).toHaveLength(1);

    // A snapshot from a window that does not present (an old presenter's last word) is ignored.
    // A junk message after it, from the same sender, arrives after it: its one warning says the
    // projector has handled both.
    const handled = projector.waitForEvent('console', {
      predicate: (m) => m.text().includes('a message on the room channel was ignored'),
    });
    await projector.evaluate(() => {
      const bc = new BroadcastChannel('geruchtenmolen-room');
      bc.postMessage({
        type: 'snapshot',
        presenter: { id: 'ZZZZ', since: 1 },
        snapshot: {
          scenarioId: 'marktplein',
          seed: 5,
          moves: [],
          defence: [],
          screen: 'title',
          language: 'nl',
          blank: true,
          groupStep: 0,
          defenceFeedback: false,
        },
      });
      bc.postMessage({ type: 'junk' });
      bc.close();
    });
    await handled;
    expect(await step(projector)).toBe('2');
    expect(await projector.locator('.projector-blank').isHidden()).toBe(true);

    // "Neem over": the second presents, the first watches; the projector follows the second.
    await second.getByRole('button', { name: 'Neem over' }).click();
    expect(await ownName(second)).toBe(secondName);
    await expect
      .poll(() => seatStatus(first), { timeout: 20_000 })
      .toMatch(new RegExp(`^Alleen meekijkenVenster ${secondName} presenteert deze sessie`));
    await expect.poll(() => save(second)).toMatchObject({ presenter: secondName });
    await tryToMove(first);
    await roomMove(second);
    await expect.poll(() => step(projector), { timeout: 20_000 }).toBe('3');
    await expect.poll(() => step(first), { timeout: 20_000 }).toBe('3');
    expect(await projector.locator('.projector-blank').isHidden()).toBe(true);
    expect((await save(second))?.moves).toHaveLength(2);

    // The presenting window closes: the first takes the seat by itself and drives the projector.
    await expectClean(second);
    await second.close();
    expect(await ownName(first)).toBe(firstName);
    await expect.poll(() => save(first)).toMatchObject({ presenter: firstName });
    await roomMove(first);
    await expect.poll(() => step(projector), { timeout: 20_000 }).toBe('4');
    expect((await save(first))?.moves).toHaveLength(3);
    await expectClean(first);
    await expectClean(projector);
  });
});
