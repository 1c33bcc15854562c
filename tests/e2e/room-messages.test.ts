/**
 * The room's channel only takes messages that pass the schema: another page of the same origin
 * posting junk (null, a group step of 1e9, a bare "blank", 200,000 moves, an unknown screen)
 * changes nothing on the projector or the presenter's screen and raises no error. Each broken
 * snapshot comes with a well-formed presenter (the newest take-over, which would win), so it is the
 * limit itself that refuses it; a refused flood costs each window a warning, not one per message.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { expectClean, useSession } from './harness';

const e2e = useSession();
const heading = async (page: Page): Promise<string> =>
  ((await page.locator('[data-screen-heading]').first().textContent()) ?? '').trim();

describe('the room channel', () => {
  it('ignores malformed messages from another page: no error, no change', async () => {
    const presenter = await e2e.session.newPage(e2e.site);
    await presenter.goto(
      `${e2e.site.url}?mode=facilitator&scenario=marktplein&seed=5&renderer=canvas`,
    );
    await presenter.getByRole('heading', { level: 2, name: 'Presentator' }).waitFor();
    const projector = await e2e.session.newPage(e2e.site, { keepStorage: true });
    const warnings = new Map<Page, string[]>([
      [presenter, []],
      [projector, []],
    ]);
    for (const [page, seen] of warnings)
      page.on('console', (message) => {
        if (message.type() === 'warning' && message.text().includes('room channel'))
          seen.push(message.text());
      });
    await projector.goto(`${e2e.site.url}?mode=audience&renderer=canvas`);
    await expect.poll(() => heading(projector)).toMatch(/^Stap 1 · /);
    await presenter.getByRole('button', { name: 'Eén stem meer voor A' }).click();
    await presenter.getByRole('button', { name: /^De zaal kiest A/ }).click();
    await expect.poll(() => heading(projector)).toMatch(/^Stap 2 · /);
    const before = { projector: await heading(projector), presenter: await heading(presenter) };

    const intruder = await e2e.session.newPage(e2e.site, { keepStorage: true });
    await intruder.goto(e2e.site.url);
    const answered = await intruder.evaluate(async () => {
      const bc = new BroadcastChannel('geruchtenmolen-room');
      const valid = {
        scenarioId: 'marktplein',
        seed: 5,
        moves: [],
        defence: [],
        screen: 'play',
        language: 'nl',
        blank: false,
        groupStep: 0,
        defenceFeedback: false,
      };
      // The newest take-over: a snapshot that passed the check with it would win the projector.
      const presenter = { id: 'INDRINGER', since: Date.now() };
      const broken = (change: Record<string, unknown>): unknown => ({
        type: 'snapshot',
        presenter,
        snapshot: { ...valid, ...change },
      });
      const junk: unknown[] = [
        null,
        'snapshot',
        42,
        [],
        { type: 'snapshot' },
        { type: 'snapshot', presenter, snapshot: null },
        { type: 'snapshot', snapshot: valid },
        broken({ groupStep: 1e9 }),
        { type: 'snapshot', presenter, snapshot: { blank: true } },
        { blank: true },
        broken({ moves: new Array(200_000).fill('a') }),
        broken({ screen: 'admin' }),
        broken({ scenarioId: 'nope' }),
        broken({ seed: -1 }),
        broken({ blank: 'ja' }),
        broken({ language: 'x'.repeat(10_000) }),
        { type: 'takeover' },
      ];
      for (const message of junk) bc.postMessage(message);
      // A well-formed hello afterwards: the presenter's answer proves the junk was handled.
      const reply = new Promise<boolean>((resolve) => {
        bc.onmessage = (event: MessageEvent<{ type?: string }>) => {
          if (event.data.type === 'snapshot') resolve(true);
        };
      });
      bc.postMessage({ type: 'hello' });
      return reply;
    });
    expect(answered).toBe(true);
    expect(await heading(projector)).toBe(before.projector);
    expect(await heading(presenter)).toBe(before.presenter);
    expect(await projector.locator('.projector-blank').isHidden()).toBe(true);
    expect(await projector.locator('body').innerText()).not.toContain('1000000001');
    for (const [page, seen] of warnings) {
      expect(seen.length, `warnings in ${page.url()}`).toBeGreaterThanOrEqual(1);
      expect(seen.length, `warnings in ${page.url()}`).toBeLessThan(5);
    }
    await expectClean(projector);
    await expectClean(presenter);
  });
});
