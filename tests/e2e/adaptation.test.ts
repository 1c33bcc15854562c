/**
 * Issue #12's guided adaptation, as a municipality would do it in a built copy, without code:
 * rename the town, two neighbourhoods and the pool in config.json; add a small story of its own
 * (listed in scenarios/index.json and config.json, with its own start area and real case); add
 * a language by dropping in a partial file (Frisian). Then play the new story to its ending in
 * Frisian: what Frisian lacks is shown in Dutch, and the player is told which file it belongs in.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { moveNames, openGame, screenHeading, waitForHeadingChange } from './game';
import { editJson, expectClean, useSession } from './harness';

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

/** Names from the shipped town profile that the renaming replaces. */
const OLD_NAMES = ['Lindewaard', 'Oude Haven', 'De Velden', 'De Lindeplas'];

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
        name: 'Havenkerk',
        mayor: 'Sanne de Vries',
        alderman: 'Joris Bakker',
        areas: { oude_haven: 'Het Hoofd', de_velden: 'Westerkwartier' },
        places: { pool: 'Het Havenbad' },
      };
      config.scenarios = ['mast', 'marktplein'];
      config.languages = ['nl', 'fy', 'en'];
    });
  });
}

describe('make it yours: a new town, story and language in a built copy, without code', () => {
  it('plays the new story to its ending in partial Frisian, Dutch filling the gaps, with the new names only', async () => {
    const copy = await adaptedCopy();
    const site = await e2e.session.serve(copy);
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?lang=fy');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fy');
    expect(await screenHeading(page)).toBe('Geroftemûne');

    // The player is told that Frisian is not complete, in Dutch (Frisian has no such text yet),
    // naming the files the missing texts belong in.
    const notices = (await page.locator('.notices').textContent()) ?? '';
    expect(notices).toContain('Nog niet alles is vertaald in deze taal (fy)');
    expect(notices).toContain('scenarios/mast/locales/fy.json');
    expect(notices).toContain('locales/fy.json');

    await page.getByRole('button', { name: 'Spylje: De mêst by Het Havenbad' }).click();
    await page.locator('button.move').first().waitFor();
    const seen: string[] = [];
    let heading = await screenHeading(page);
    for (let step = 0; step < 10; step += 1) {
      seen.push((await page.locator('main').textContent()) ?? '');
      const moves = await moveNames(page);
      if (moves.length === 0) break;
      if (step === 0) {
        // One move is Frisian, the other falls back to Dutch (not English).
        expect(moves).toContain('Freegje oft immen him ek soargen makket');
        expect(moves).toContain('Zeg dat de mast mensen ziek maakt');
      }
      await page.locator('button.move').first().click();
      heading = await waitForHeadingChange(page, heading);
    }
    expect(heading).toBe('Einde: Uitgedoofd');
    const all = seen.join('\n');
    expect(all).toContain('Er staat een nieuwe mast in Het Hoofd, vlak bij Het Havenbad.');
    expect(all).toContain('De gemeente Havenkerk plaatst een nieuwe mast');
    expect(all).toContain('@bezorgde_hethoofd');
    for (const old of OLD_NAMES) expect(all, old).not.toContain(old);
    // The browser logs the 404 of each file Frisian does not have yet; the game goes on.
    await expectClean(page, { allowConsoleErrors: /404 .*locales\/fy\.json/ });
  });
});
