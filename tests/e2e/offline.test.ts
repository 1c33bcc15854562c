/**
 * The offline single file (npm run build:offline): opened from disk over file://, with no server,
 * it plays the whole game to the debrief and makes no request at all besides the file itself.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { firstMove, playToEnding, TEXT } from './game';
import { useSession } from './harness';

const e2e = useSession();
const FILE = path.resolve(import.meta.dirname, '../../dist-offline/geruchtenmolen.html');

describe('the offline single file', () => {
  it('plays from file:// to the debrief with no request but the file itself', async () => {
    expect(existsSync(FILE), 'run "npm run build:offline" first (npm test does)').toBe(true);
    const page = await e2e.session.newPage(e2e.site);
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url())) requests.push(r.url());
    });
    page.on('pageerror', (e) => {
      errors.push(e.message);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`file://${FILE}?renderer=canvas`);
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.locator('[role="feed"]').waitFor();
    await playToEnding(page, 'nl', firstMove);
    await page.getByRole('button', { name: TEXT.nl.toDebrief }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
    expect(await page.locator('.map-canvas').count()).toBe(0);
    expect(requests).toEqual([`file://${FILE}?renderer=canvas`]);
    expect(errors).toEqual([]);
  });
});
