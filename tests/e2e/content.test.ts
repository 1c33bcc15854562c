/**
 * Content is data a municipality edits in a built copy, so the game must cope with anything in
 * it: markup in a text is shown as text and never runs, and a broken scenario gives a readable
 * error screen (code, file, place, fix), never a blank page. Each test edits a copy of dist/.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  checkDebrief,
  moveNames,
  openGame,
  screenHeading,
  TEXT,
  waitForHeadingChange,
} from './game';
import { editJson, editText, expectClean, recordOf, useSession } from './harness';

const e2e = useSession();
const SCENARIO = 'scenarios/marktplein/scenario.json';
const NL = 'scenarios/marktplein/locales/nl.json';
const PAYLOAD = '<img src=x onerror=alert(1)>';

interface ScenarioShape {
  title: string;
  start: string;
  nodes: { id: string; feed?: { text: string }[]; choices?: { label: string; to: string }[] }[];
}

/** Sets a dotted key ("nodes.start.text") in a nested locale tree; the key must exist. */
function setKey(tree: Record<string, unknown>, key: string, value: string): void {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: Record<string, unknown> = tree;
  for (const part of parts) node = node[part] as Record<string, unknown>;
  if (typeof node[last] !== 'string') throw new Error(`setKey: ${key} is not a text`);
  node[last] = value;
}

describe('content edited by a municipality', () => {
  it('markup in scenario text is shown literally: no <img>, no dialog, no request, no CSP report', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      // Which texts to poison is read from the scenario itself: its title, the first post of the
      // start node and the label of its first move.
      const scenario = JSON.parse(
        await readFile(path.join(copy, SCENARIO), 'utf8'),
      ) as ScenarioShape;
      const start = scenario.nodes.find((n) => n.id === scenario.start);
      const post = start?.feed?.[0]?.text;
      const move = start?.choices?.[0]?.label;
      if (post === undefined || move === undefined)
        throw new Error('the start node needs a post and a move for this test');
      await editJson(copy, NL, (tree) => {
        setKey(tree, scenario.title, `Markt ${PAYLOAD}`);
        setKey(tree, post, PAYLOAD);
        setKey(tree, move, PAYLOAD);
      });
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?renderer=canvas');
    expect(
      await screenHeading(page),
      'markup is only a warning (SCN019): the game still starts',
    ).toBe(TEXT.nl.appName);
    expect(
      await page.getByRole('heading', { level: 3, name: `Markt ${PAYLOAD}`, exact: true }).count(),
    ).toBe(1);

    await page.getByRole('button', { name: `Speel: Markt ${PAYLOAD}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    const posts = await page.getByRole('feed').getByRole('article').allInnerTexts();
    expect(posts.some((text) => text.includes(PAYLOAD))).toBe(true);
    expect((await moveNames(page))[0]).toBe(PAYLOAD);

    // Choose the poisoned move, play on to the debrief, where the label shows up again.
    const chosen = [PAYLOAD];
    let heading = await screenHeading(page);
    await page.getByRole('button', { name: PAYLOAD, exact: true }).click();
    heading = await waitForHeadingChange(page, heading);
    while (!TEXT.nl.ending.test(heading)) {
      const [first] = await moveNames(page);
      chosen.push(first ?? '');
      await page.getByRole('button', { name: first ?? '', exact: true }).click();
      heading = await waitForHeadingChange(page, heading);
    }
    await page.getByRole('button', { name: TEXT.nl.toDebrief, exact: true }).click();
    await checkDebrief(page, 'nl', chosen);

    expect(await page.evaluate(() => document.querySelectorAll('img, [onerror]').length)).toBe(0);
    const record = recordOf(page);
    expect(record.dialogs).toEqual([]);
    expect(record.requests.filter((url) => url.endsWith('/x'))).toEqual([]);
    await expectClean(page);
    await site.close();
  });

  it('a scenario.json with a missing comma shows the error screen with code, file, line and fix', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      // Remove the first comma at the end of a line: the file is no longer JSON.
      await editText(copy, SCENARIO, /,(\r?\n)/, '$1');
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    expect(await screenHeading(page)).toBe(TEXT.nl.errorHeading);
    const finding = page.locator('li').filter({ hasText: 'SCN001' });
    expect(await finding.count()).toBe(1);
    const text = await finding.innerText();
    expect(text).toContain('Bestand');
    expect(text).toContain(SCENARIO);
    expect(text).toMatch(/regel \d+, kolom \d+/);
    expect(text).toContain('Oplossing');
    // The other stories still load: the player can go on with those, without the broken one.
    expect(await page.getByRole('button', { name: TEXT.nl.play }).count()).toBe(0);
    await page.getByRole('button', { name: 'Verder met de verhalen die wel werken' }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.appName }).waitFor();
    expect(await page.getByRole('button', { name: /^Speel: / }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: TEXT.nl.play }).count()).toBe(0);
    await expectClean(page);
    await site.close();
  });

  it('a move whose "to" names no node shows the error screen naming SCN004, the file and the place (en)', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await editJson(copy, SCENARIO, (scenario) => {
        const nodes = scenario.nodes as ScenarioShape['nodes'];
        const choice = nodes[0]?.choices?.[0];
        if (choice === undefined) throw new Error('the first node has no move');
        choice.to = 'nergens_te_vinden';
      });
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?lang=en');
    expect(await screenHeading(page)).toBe(TEXT.en.errorHeading);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const finding = page.locator('li').filter({ hasText: 'SCN004' });
    expect(await finding.count()).toBe(1);
    const text = await finding.innerText();
    expect(text).toContain('nergens_te_vinden');
    expect(text).toContain(SCENARIO);
    expect(text).toMatch(/nodes #1 \(id '[a-z_]+'\) › choices #1 \(id '[a-z_]+'\) › to/);
    expect(text).toMatch(/Fix\s+\S/);
    await expectClean(page);
    await site.close();
  });

  it('a broken technique catalogue comes first with its place and fix, not an unknown technique per move (nl, en)', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await editText(copy, 'scenarios/techniques/catalogue.json', '"format": 1,', '"format": 1');
    });
    const site = await e2e.session.serve(dir);
    for (const [lang, query, first, place] of [
      ['nl', '', 'Herstel eerst scenarios/techniques/catalogue.json.', /regel 4, kolom 3/],
      ['en', '?lang=en', 'Fix scenarios/techniques/catalogue.json first.', /line 4, column 3/],
    ] as const) {
      const page = await e2e.session.newPage(site);
      await openGame(page, site, query);
      expect(await screenHeading(page)).toBe(TEXT[lang].errorHeading);
      // The first words under the heading name the broken file and what to do.
      const intro = await page.locator('main h1 + p').innerText();
      expect(intro.startsWith(first)).toBe(true);
      const findings = page.locator('li.diagnostic');
      expect(await findings.count()).toBe(1);
      const text = await findings.first().innerText();
      expect(text).toContain('SCN001');
      expect(text).toMatch(place);
      expect(text).toMatch(/\d{3} (meldingen|more findings)/);
      expect(await page.locator('main').innerText()).not.toContain('SCN011');
      await expectClean(page);
      await page.close();
    }
    await site.close();
  });

  it('when the scenario files cannot be fetched at all, the page says so instead of staying blank', async () => {
    const dir = await e2e.session.copyBuild(async (copy) => {
      await rm(path.join(copy, 'scenarios'), { recursive: true });
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    expect(await screenHeading(page)).toBe(TEXT.nl.errorHeading);
    expect(await page.locator('main').innerText()).toContain('scenarios/index.json');
    // The 404s of the missing files are expected here; nothing else may go wrong.
    await expectClean(page, { allowConsoleErrors: /status of 404/ });
    await site.close();
  });
});
