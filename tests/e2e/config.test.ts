/**
 * config.json is how a municipality adapts a built copy without code: its names must reach the
 * scenario text, its colour and logo the page, and a broken file must fall back with a notice.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { openGame } from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#7a1f5c"/></svg>';

describe('config.json', () => {
  it('renames the town in every text, sets the accent colour and shows the logo', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(
        path.join(copy, 'config.json'),
        JSON.stringify({
          town: {
            name: 'Zuidhaven',
            alderman: 'Bram Kaya',
            places: { pool: 'Het Havenbad' },
            areas: { de_velden: 'Zeezicht' },
          },
          colours: { accent: '#7a1f5c' },
          logo: 'logo.svg',
          languages: ['en', 'nl'],
          defaultLanguage: 'en',
        }),
      );
      await writeFile(path.join(copy, 'logo.svg'), LOGO);
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect
      .poll(async () => (await page.locator('img.logo').getAttribute('alt')) ?? '')
      .toBe('Logo of Zuidhaven');
    expect(
      await page.locator('img.logo').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(40);
    const accent = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('button.primary') ?? document.body).backgroundColor,
    );
    expect(accent).toBe('rgb(122, 31, 92)');
    await page.locator('button.primary').first().click();
    await page.locator('[role="feed"]').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Zuidhaven');
    expect(text).not.toContain('Lindewaard');
    // Places are renamed too: no old name is left (the renamed pool is checked in the unit tests of
    // resolve-config; the title's one call to play opens the market story, which has no pool).
    expect(text).not.toMatch(/Lindeplas|De Velden/);
    expect(await page.locator('.notices').count()).toBe(0); // no notice at all: the region is not there
    await expectClean(page);
  });

  it('a broken config.json falls back to the defaults with a notice naming the place, and the game plays', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(
        path.join(copy, 'config.json'),
        '{\n  "town": { "name": "Zuidhaven" }\n  "mode": "solo"\n}\n',
      );
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    const notice = (await page.locator('.notices').textContent()) ?? '';
    expect(notice).toContain('config.json');
    // In the player's language (Dutch by default), the place included.
    expect(notice).toContain('geen geldige JSON (regel 3, kolom 3)');
    await page.locator('button.primary').first().click();
    await page.locator('[role="feed"]').waitFor();
    expect((await page.locator('main').textContent()) ?? '').toContain('Lindewaard');
  });

  it('a bad value is named and replaced by its default; the rest still applies', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await writeFile(
        path.join(copy, 'config.json'),
        JSON.stringify({
          town: { name: 'Zuidhaven' },
          colours: { accent: '#ffee00' },
          colour: 'red',
        }),
      );
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    const notice = (await page.locator('.notices').textContent()) ?? '';
    expect(notice).toContain('colours.accent: de kleur #ffee00');
    expect(notice).toContain('minstens 4,5:1');
    expect(notice).toContain('de onbekende instelling colour.');
    expect(notice).not.toMatch(/contrast of|is not|ignored|default/);
    await page.locator('button.primary').first().click();
    await page.locator('[role="feed"]').waitFor();
    expect((await page.locator('main').textContent()) ?? '').toContain('Zuidhaven');
  });
});
