/**
 * Issue #12's guided adaptation, as a municipality would do it in a built copy, without code:
 * rename the town, its mayor and alderman, two neighbourhoods and the pool in config.json; add a
 * small story of its own (listed in scenarios/index.json and config.json, with its own start
 * area and real case); add a language by dropping in a partial file (Frisian). Then play whole
 * games and read every screen a player can reach: the title, every step (every feed tab, every
 * thread opened, the map's text), the ending, the defender round, the debrief with every "Meer
 * over …" opened, the printed handout and the discernment check before and after. Visible text,
 * aria-labels, titles and document.title: no old name of the town profile may appear on any.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import nl from '../../src/i18n/locales/nl.json';
import {
  moveNames,
  openGame,
  screenHeading,
  waitForFeedLanded,
  waitForHeadingChange,
} from './game';
import { editJson, expectClean, type Site, useSession } from './harness';

const e2e = useSession();

const STORY = {
  $schema: '../scenario.schema.json',
  format: 1,
  id: 'mast',
  town: 'lindewaard',
  title: 'title',
  summary: 'summary',
  realCase: 'realCase',
  minutes: 3,
  start: 'start',
  simulation: { startArea: 'oude_haven' },
  accounts: [{ id: 'me', name: 'accounts.me', handle: '@bezorgde_{{area.oude_haven}}' }],
  nodes: [
    {
      id: 'start',
      text: 'nodes.start.text',
      feed: [{ author: 'municipality', text: 'nodes.start.post' }],
      choices: [
        {
          id: 'claim',
          label: 'nodes.start.claim',
          to: 'spread',
          effects: { reach: 10 },
          techniques: ['conspiracy'],
          post: { author: 'me', text: 'nodes.start.claim_post' },
        },
        { id: 'ask', label: 'nodes.start.ask', to: 'spread', techniques: ['emotion'] },
      ],
    },
    {
      id: 'spread',
      text: 'nodes.spread.text',
      choices: [{ id: 'stop', label: 'nodes.spread.stop', to: 'end' }],
    },
    { id: 'end', text: 'nodes.end.text', ending: { title: 'nodes.end.ending', kind: 'fizzled' } },
  ],
};

const texts = (lang: 'nl' | 'en') => {
  const nlText = {
    title: 'De mast bij de {{place.pool}}',
    summary: 'Een nieuwe zendmast in {{area.oude_haven}}. Jij maakt er een gerucht van.',
    realCase:
      'In 2020 gingen in Nederland zendmasten in brand na geruchten dat 5G corona zou verspreiden.',
    accounts: { me: 'Bezorgde buurtbewoner' },
    nodes: {
      start: {
        text: 'Er staat een nieuwe mast in {{area.oude_haven}}, vlak bij {{place.pool}}.',
        post: 'De gemeente {{town}} plaatst een nieuwe mast voor beter bereik.',
        claim: 'Zeg dat de mast mensen ziek maakt',
        claim_post: 'Sinds die mast er staat, is half {{area.oude_haven}} ziek!',
        ask: 'Vraag of iemand zich ook zorgen maakt',
      },
      spread: { text: 'Het gerucht gaat rond in {{area.de_velden}}.', stop: 'Stop ermee' },
      end: { text: 'Het gerucht dooft uit.', ending: 'Uitgedoofd' },
    },
  };
  if (lang === 'nl') return nlText;
  return {
    ...nlText,
    title: 'The mast by {{place.pool}}',
    summary: 'A new mast in {{area.oude_haven}}. You turn it into a rumour.',
    realCase: 'In 2020 phone masts in the Netherlands were set on fire after 5G rumours.',
    accounts: { me: 'Worried neighbour' },
    nodes: {
      start: {
        text: 'A new mast stands in {{area.oude_haven}}, near {{place.pool}}.',
        post: 'The municipality of {{town}} puts up a new mast.',
        claim: 'Say the mast makes people ill',
        claim_post: 'Since that mast went up, half of {{area.oude_haven}} is ill!',
        ask: 'Ask whether anyone else is worried',
      },
      spread: { text: 'The rumour goes round {{area.de_velden}}.', stop: 'Stop' },
      end: { text: 'The rumour dies down.', ending: 'Died down' },
    },
  };
};

/**
 * What the renaming replaces, as a player could meet it: the names of the shipped town profile
 * (Lindewaard, its mayor and alderman, the two neighbourhoods and the pool) and their handle
 * forms (@gemeente_lindewaard, @petra_develden, the old "_lw" abbreviation of the town).
 */
const OLD_NAMES: readonly RegExp[] = [
  /Lindewaard/i,
  /Bakker-Yilmaz/i,
  /Verbeek/i,
  /Oude Haven/,
  /oudehaven/i,
  /De Velden/,
  /develden/i,
  /Lindeplas/i,
  /_lw\b/i,
];

/** The names the municipality chose (config.json below). */
const NEW = { town: 'Havenkerk', pool: 'Het Havenbad', harbour: 'Het Hoofd' } as const;

async function adaptedCopy(): Promise<string> {
  return e2e.session.copyBuild(async (copy) => {
    const story = path.join(copy, 'scenarios/mast');
    await mkdir(path.join(story, 'locales'), { recursive: true });
    await writeFile(path.join(story, 'scenario.json'), JSON.stringify(STORY, null, 2));
    await writeFile(path.join(story, 'locales/nl.json'), JSON.stringify(texts('nl'), null, 2));
    await writeFile(path.join(story, 'locales/en.json'), JSON.stringify(texts('en'), null, 2));
    // Frisian: only the story's title and one move so far.
    await writeFile(
      path.join(story, 'locales/fy.json'),
      JSON.stringify({
        $schema: '../../locale.schema.json',
        title: 'De mêst by {{place.pool}}',
        nodes: { start: { ask: 'Freegje oft immen him ek soargen makket' } },
      }),
    );
    // Frisian interface: a few texts; the rest falls back to Dutch.
    await mkdir(path.join(copy, 'locales'), { recursive: true });
    await writeFile(
      path.join(copy, 'locales/fy.json'),
      JSON.stringify({
        $schema: '../locale.schema.json',
        lang: { fy: 'Frysk' },
        app: { name: 'Geroftemûne' },
        title: { play: 'Spylje: {{title}}' },
      }),
    );
    await editJson(copy, 'scenarios/index.json', (index) => {
      index.scenarios = ['mast', ...(index.scenarios as string[])];
    });
    await editJson(copy, 'config.json', (config) => {
      config.town = {
        name: NEW.town,
        mayor: 'Sanne de Vries',
        alderman: 'Joris Bakker',
        areas: { oude_haven: NEW.harbour, de_velden: 'Westerkwartier' },
        places: { pool: NEW.pool },
      };
      config.scenarios = ['mast', 'zwembad', 'marktplein'];
      config.languages = ['nl', 'fy', 'en'];
    });
  });
}

/** One screen as read: where, and everything a player can see or hear on it. */
interface Reading {
  readonly where: string;
  readonly text: string;
}

/**
 * Everything on the page a player can read or hear: the page title, the text (visible and, for
 * what a screen reader reaches, hidden), and the names and descriptions in attributes.
 */
async function read(page: Page, where: string): Promise<Reading> {
  const text = await page.evaluate(() => {
    const parts = [document.title, document.body.innerText, document.body.textContent];
    const attributes = ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'alt'];
    for (const el of document.querySelectorAll('*'))
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value !== null) parts.push(value);
      }
    return parts.join('\n');
  });
  return { where, text };
}

/** Opens what a curious player opens: every closed disclosure in the screen (details, "Meer over …", threads). */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('main details'))
      details.setAttribute('open', '');
  });
  // Only what the player can see: a thread in a feed tab that is not open waits for its tab.
  const closed = page.locator('main button[aria-expanded="false"]').locator('visible=true');
  for (let guard = 0; guard < 60; guard += 1) {
    const before = await closed.count();
    if (before === 0) return;
    await closed.first().click();
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('main button[aria-expanded="false"]')].filter((b) =>
          b.checkVisibility(),
        ).length < n,
      before,
      { timeout: 5_000, polling: 25 },
    );
  }
}

/** A play step: every feed tab in turn, with every thread opened, and the map's text. */
async function readStep(page: Page, step: number): Promise<Reading[]> {
  await waitForFeedLanded(page);
  const readings: Reading[] = [];
  const tabs = page.locator('[role="tablist"] [role="tab"]');
  const count = await tabs.count();
  for (let i = 0; i < Math.max(count, 1); i += 1) {
    if (count > 0) {
      await tabs.nth(i).click();
      await page.locator('[role="tablist"] [role="tab"][aria-selected="true"]').nth(0).waitFor();
    }
    await openEverything(page);
    readings.push(await read(page, `step ${String(step)}, feed tab ${String(i + 1)}`));
  }
  return readings;
}

/** Plays the first move at every step to the ending, reading each step. */
async function playAndRead(page: Page, readings: Reading[]): Promise<string> {
  await page.locator('button.move').first().waitFor();
  let heading = await screenHeading(page);
  for (let step = 1; step <= 30; step += 1) {
    readings.push(...(await readStep(page, step)));
    if ((await moveNames(page)).length === 0) return heading;
    await page.locator('button.move').first().click();
    heading = await waitForHeadingChange(page, heading);
  }
  throw new Error('No ending after 30 moves');
}

/** After the ending: the defender round (if offered), the debrief opened up, and its printed handout. */
async function afterTheEnding(page: Page, readings: Reading[]): Promise<void> {
  const switchSides = page.getByRole('button', { name: nl.ending.switchSides });
  if ((await switchSides.count()) > 0) {
    await switchSides.click();
    for (let moment = 1; moment <= 5; moment += 1) {
      await page.locator('.defence-screen').waitFor();
      const responses = page.locator('.defence-screen .responses button.move');
      if ((await responses.count()) === 0) break;
      readings.push(await read(page, `defence moment ${String(moment)}`));
      await responses.first().click();
      await page.locator('.defence-feedback').waitFor();
      await openEverything(page);
      readings.push(await read(page, `defence moment ${String(moment)}, feedback`));
      const next = page.getByRole('button', { name: nl.defence.next });
      if ((await next.count()) === 0) break;
      const heading = await screenHeading(page);
      await next.click();
      await waitForHeadingChange(page, heading);
    }
  }
  await page.getByRole('button', { name: nl.ending.toDebrief }).first().click();
  await page.getByRole('heading', { level: 1, name: nl.debrief.heading, exact: true }).waitFor();
  await openEverything(page);
  readings.push(await read(page, 'debrief'));
  await page.emulateMedia({ media: 'print' });
  readings.push(await read(page, 'handout (print)'));
  await page.emulateMedia({ media: 'screen' });
}

/** The discernment check: every item read, answered, and the results read. */
async function checkAndRead(
  page: Page,
  offer: string,
  readings: Reading[],
  where: string,
): Promise<void> {
  await page.getByRole('button', { name: offer }).click();
  const groups = page.locator('form fieldset');
  await groups.first().waitFor();
  readings.push(await read(page, `${where}: the posts`));
  const count = await groups.count();
  for (let i = 0; i < count; i += 1)
    await groups.nth(i).getByRole('radio', { name: nl.check.reliable }).check();
  await page.getByRole('button', { name: nl.check.submit }).click();
  await page.locator('.check-results').waitFor();
  await openEverything(page);
  readings.push(await read(page, `${where}: the results`));
  await page.getByRole('button', { name: nl.check.done, exact: true }).click();
}

/** Every old name found, with the screen it was on. */
function oldNamesIn(readings: readonly Reading[]): string[] {
  return readings.flatMap(({ where, text }) =>
    OLD_NAMES.flatMap((name) => {
      const match = name.exec(text);
      if (match === null) return [];
      const at = match.index;
      return [`${where}: "${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}"`];
    }),
  );
}

describe('make it yours: a new town, story and language in a built copy, without code', () => {
  let site: Site;
  beforeAll(async () => {
    site = await e2e.session.serve(await adaptedCopy());
  });

  it('the new story in partial Frisian, Dutch filling the gaps: every screen to the handout has only the new names', async () => {
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?lang=fy');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fy');
    expect(await screenHeading(page)).toBe('Geroftemûne');
    const readings: Reading[] = [await read(page, 'title')];

    // The player is told that Frisian is not complete, in Dutch (Frisian has no such text yet),
    // naming the files the missing texts belong in.
    const notices = (await page.locator('.notices').textContent()) ?? '';
    expect(notices).toContain('Nog niet alles is vertaald in deze taal (fy)');
    expect(notices).toContain('scenarios/mast/locales/fy.json');
    expect(notices).toContain('locales/fy.json');
    expect(notices).not.toMatch(/…\./);

    await page.getByRole('button', { name: `Spylje: De mêst by ${NEW.pool}` }).click();
    await page.locator('button.move').first().waitFor();
    // One move is Frisian, the other falls back to Dutch (not English).
    const moves = await moveNames(page);
    expect(moves).toContain('Freegje oft immen him ek soargen makket');
    expect(moves).toContain('Zeg dat de mast mensen ziek maakt');
    expect(await playAndRead(page, readings)).toBe('Einde: Uitgedoofd');
    await afterTheEnding(page, readings);

    const all = readings.map((r) => r.text).join('\n');
    expect(all).toContain(`Er staat een nieuwe mast in ${NEW.harbour}, vlak bij ${NEW.pool}.`);
    expect(all).toContain(`De gemeente ${NEW.town} plaatst een nieuwe mast`);
    expect(all).toContain('@bezorgde_hethoofd');
    // The story's own case stands in the debrief beside the catalogue's.
    expect(all).toContain(nl.debrief.storyCase);
    expect(all).toContain('In 2020 gingen in Nederland zendmasten in brand');
    expect(readings.length).toBeGreaterThanOrEqual(6);
    expect(oldNamesIn(readings)).toEqual([]);
    // The browser logs the 404 of each file Frisian does not have yet; the game goes on.
    await expectClean(page, { allowConsoleErrors: /404 .*locales\/fy\.json/ });
  });

  it('a shipped story about the renamed pool, with the check before and after: only the new names', async () => {
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?lang=nl');
    const readings: Reading[] = [await read(page, 'title')];
    await checkAndRead(page, nl.check.offerBefore, readings, 'check before');
    await page.getByRole('button', { name: 'Speel: Het zwembad' }).click();
    await playAndRead(page, readings);
    await afterTheEnding(page, readings);
    await checkAndRead(page, nl.check.offerAfter, readings, 'check after');

    const all = readings.map((r) => r.text).join('\n');
    expect(all).toContain(NEW.pool);
    expect(all).toContain(NEW.town);
    expect(all).toContain('Sanne de Vries');
    expect(readings.length).toBeGreaterThanOrEqual(10);
    expect(oldNamesIn(readings)).toEqual([]);
    // Frisian is on offer, so its (missing) story files are asked for too.
    await expectClean(page, { allowConsoleErrors: /404 .*locales\/fy\.json/ });
  });
});
