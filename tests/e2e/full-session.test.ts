/**
 * A whole session as a player meets it: the discernment check before play, the story, switching
 * sides to answer your own campaign as the crisis team, the debrief, and the check again after.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { firstMove, openGame, playToEnding, TEXT, waitForStill } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

async function answerCheck(
  page: Page,
  pick: (i: number) => 'Betrouwbaar' | 'Manipulatief',
): Promise<void> {
  const groups = page.locator('form fieldset');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1)
    await groups
      .nth(i)
      .getByRole('radio', { name: pick(i) })
      .check();
  await page.getByRole('button', { name: 'Klaar, laat de uitslag zien' }).click();
  await page.getByRole('heading', { level: 2, name: 'Je uitslag' }).waitFor();
}

async function axe(page: Page): Promise<string[]> {
  await waitForStill(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('a full session', () => {
  it('check before → play → switch sides (three moments) → debrief → check after, compared', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?renderer=canvas');

    await page.getByRole('button', { name: /^Test eerst je oordeel/ }).click();
    await answerCheck(page, () => 'Manipulatief'); // distrust everything: scores 0
    // Distrusting everything tells nothing apart, and the result says it leaned to suspicion.
    const first = await page.locator('.check-results').innerText();
    expect(first).toContain('Echt en nep uit elkaar houden lukte nog niet');
    expect(first).toContain('Je neigde naar wantrouwen');
    await page.getByRole('button', { name: 'Klaar', exact: true }).click();

    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.locator('[role="feed"]').waitFor();
    await playToEnding(page, 'nl', firstMove);

    await page.getByRole('button', { name: 'Wissel van kant: speel de gemeente' }).click();
    const moments: string[] = [];
    for (let guard = 0; guard < 5; guard += 1) {
      const heading = (await page.locator('[data-screen-heading]').first().innerText()).trim();
      if (!/^Moment \d van \d/.test(heading)) break;
      moments.push(heading);
      if (moments.length === 1) expect(await axe(page)).toEqual([]);
      await page.getByRole('button', { name: 'Snel de feiten geven op eigen kanalen' }).click();
      await page.locator('.defence-feedback').waitFor();
      expect(await page.locator('.defence-feedback .effect').innerText()).toMatch(
        /Het gerucht (verliest terrein|blijft even groot|groeit juist): [\d,]+% van de inwoners gelooft het/,
      );
      expect(await page.locator('.snapshot-areas li').count()).toBeGreaterThan(0);
      const next = page.getByRole('button', { name: 'Volgend moment' });
      if ((await next.count()) > 0) await next.click();
      else break;
    }
    expect(moments.length).toBeGreaterThanOrEqual(1);
    expect(moments.length).toBeLessThanOrEqual(3);
    expect(moments[0]).toMatch(new RegExp(`^Moment 1 van ${String(moments.length)}`));
    await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
    const summary = page.getByRole('region', { name: 'Jouw verdediging' });
    expect(await summary.locator('li').count()).toBe(moments.length);

    await page.getByRole('button', { name: 'Test je oordeel nu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Test je oordeel, na afloop' }).waitFor();
    await answerCheck(page, (i) => (i % 2 === 0 ? 'Betrouwbaar' : 'Manipulatief'));
    expect(await page.locator('.comparison').innerText()).toMatch(
      /^Vergeleken met de test voor het spel: .+ Je neiging: eerst naar wantrouwen, nu .+\.$/,
    );
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Klaar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();

    // A reload keeps the finished game on the debrief, defence included.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Jouw verdediging' }).locator('li').count()).toBe(
      moments.length,
    );
    await expectClean(page);
  });
});
