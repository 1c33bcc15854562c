/**
 * Festival kiosk (?mode=kiosk): one tap in, the short route, and after the idle time a visible
 * countdown, then back to the attract screen with no trace of the previous player in the page or
 * in storage. Staff see anonymous counts behind Ctrl+Alt+K.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';

import { moveNames, openGame } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

describe('festival kiosk', () => {
  it('resets after a short configured idle time and leaves nothing of the previous player', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(
        path.join(copy, 'config.json'),
        JSON.stringify({ mode: 'kiosk', kioskIdleSeconds: 15 }),
      );
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await page.clock.install();
    await openGame(page, site, '?renderer=canvas');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .setLegacyMode(true)
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(await page.locator('a[href]:not([href^="#"])').count()).toBe(0);
    expect(await page.locator('input[type="text"], textarea').count()).toBe(0);

    await page.getByRole('button', { name: 'Tik hier om te beginnen' }).click();
    await page.locator('[role="feed"]').waitFor();
    const [first] = await moveNames(page);
    await page.getByRole('button', { name: first ?? '', exact: true }).click();
    const played = (await page.locator('.post-player').first().innerText()).trim();
    expect(played.length).toBeGreaterThan(0);
    const box = await page.locator('button.move').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

    await page.clock.fastForward(14_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.clock.fastForward(2_000); // config.json: 15 s
    await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
    await page.clock.fastForward(11_000);
    await page.getByRole('button', { name: 'Tik hier om te beginnen' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(played);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.filter((k) => k.startsWith('geruchtenmolen.'))).toEqual([]);

    await page.keyboard.press('Control+Alt+k');
    const panel = page.getByRole('dialog', { name: /Aantal spellen per dag/ });
    expect(await panel.locator('tbody tr').first().innerText()).toMatch(
      /^\d{4}-\d\d-\d\d\s+1\s+0$/,
    );
    await page.keyboard.press('Escape');
    await expectClean(page);
  });

  it('plays the short route to the debrief, with no link away, and "done" starts over', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?mode=kiosk&renderer=canvas');
    await page.getByRole('button', { name: 'Tik hier om te beginnen' }).click();
    let steps = 0;
    for (; steps < 12; steps += 1) {
      const moves = await moveNames(page);
      if (moves.length === 0) break;
      await page.getByRole('button', { name: moves[0] ?? '', exact: true }).click();
    }
    expect(steps).toBeLessThanOrEqual(6);
    await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nabespreking' }).waitFor();
    expect(await page.locator('a[href]:not([href^="#"])').count()).toBe(0);
    await page
      .getByRole('button', { name: 'Klaar: de volgende speler is aan de beurt' })
      .first()
      .click();
    await page.getByRole('button', { name: 'Tik hier om te beginnen' }).waitFor();
    await expectClean(page);
  });
});
