/**
 * What the adversarial test and the WCAG 2.2 audit (issue #14) found, kept fixed: a full
 * storage is told once and play goes on; the town snapshot has its figures as text; pressed
 * buttons and the open tab stay told apart in forced colours; the presenter screen reflows at 320 px.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

import {
  firstMove,
  moveNames,
  openGame,
  playToEnding,
  screenHeading,
  TEXT,
  waitForHeadingChange,
  waitForStill,
} from './game';
import { expectClean, useSession } from './harness';

const e2e = useSession();

/** axe-core with the WCAG 2.2 A/AA rules, as short lines (rule: where). */
async function axe(page: Page): Promise<string[]> {
  await waitForStill(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** How an element's frame is drawn: its border and its outline, as the browser computed them. */
async function frameOf(element: Locator): Promise<string> {
  return element.evaluate((el) => {
    const css = getComputedStyle(el);
    return `border ${css.borderTopWidth} ${css.borderTopStyle} ${css.borderTopColor}, outline ${css.outlineWidth} ${css.outlineStyle} ${css.outlineColor}`;
  });
}

/**
 * How a button is drawn in forced colours, as the audit measured it: its frame width (border plus
 * outline, px) and any mark drawn before or after its text. The mouse is moved away and focus taken
 * off first, so neither hover nor the focus ring counts.
 */
async function lookOf(page: Page, button: Locator): Promise<{ frame: number; marks: string }> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
  return button.evaluate((el) => {
    const css = getComputedStyle(el);
    const px = (v: string): number => Number.parseFloat(v) || 0;
    const frame =
      (css.borderTopStyle === 'none' ? 0 : px(css.borderTopWidth)) +
      (css.outlineStyle === 'none' ? 0 : px(css.outlineWidth));
    const marks = ['::before', '::after']
      .map((p) => getComputedStyle(el, p).content)
      .filter((c) => c !== 'none' && c !== 'normal' && c !== '""')
      .join(' ');
    return { frame, marks };
  });
}

/** Pressed stands out: a frame at least 4 px wider than unpressed, or a mark unpressed lacks. */
const standsOut =
  (unpressed: { frame: number; marks: string }) =>
  (pressed: { frame: number; marks: string }): boolean =>
    pressed.frame - unpressed.frame >= 4 ||
    (pressed.marks !== '' && pressed.marks !== unpressed.marks);

/** The snapshot's figures per neighbourhood, read as a screen reader gets them (the list's items). */
async function snapshotLines(page: Page, name: string): Promise<string[]> {
  const section = page.getByRole('region', { name, exact: true });
  expect(await section.getByRole('img').count(), 'the picture is hidden, not a second label').toBe(
    0,
  );
  const list = section.getByRole('list');
  return (await list.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
}

/** How far the page scrolls sideways (0 when it reflows), with the screen's heading. */
async function sideways(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const heading = document.querySelector('[data-screen-heading]')?.textContent ?? '';
    return `${heading.slice(0, 40)}: ${String(doc.scrollWidth - doc.clientWidth)} px sideways`;
  });
}

/**
 * What does not reflow on the current screen: the page scrolling sideways, a control past the
 * window's edge (except inside a row that scrolls sideways on purpose, the feed tabs), and a word
 * broken over two lines (a column too narrow for it: "waarschuwe|n").
 */
async function reflowFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const doc = document.scrollingElement ?? document.documentElement;
    const heading = (document.querySelector('[data-screen-heading]')?.textContent ?? '').slice(
      0,
      30,
    );
    if (doc.scrollWidth > doc.clientWidth)
      faults.push(`${heading}: ${String(doc.scrollWidth - doc.clientWidth)} px sideways`);
    const inScroller = (el: Element): boolean => {
      for (let e = el.parentElement; e !== null && e !== doc; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if (x === 'auto' || x === 'scroll') return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('button, a[href], summary, input, select')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || inScroller(el)) continue;
      if (box.left < -0.5 || box.right > innerWidth + 0.5)
        faults.push(`${heading}: "${el.textContent.trim().slice(0, 30)}" past the edge`);
    }
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node !== null; node = texts.nextNode()) {
      const el = node.parentElement;
      if (
        el === null ||
        el.closest('[aria-hidden="true"], svg') ||
        el.getClientRects().length === 0
      )
        continue;
      for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) faults.push(`${heading}: "${word[0]}" broken over two lines`);
      }
    }
    return faults;
  });
}

/** Every text of a locale file replaced by `text` (nested objects and lists too). */
function replaceTexts(value: unknown, text: string): unknown {
  if (typeof value === 'string') return text;
  if (Array.isArray(value)) return value.map((v) => replaceTexts(v, text));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTexts(v, text)]));
  return value;
}

/** Answers every moment of the defender round with the same response, up to the last. */
async function answerEveryMoment(page: Page): Promise<void> {
  for (let moment = 0; moment < 5; moment += 1) {
    await page.getByRole('button', { name: 'Snel de feiten geven op eigen kanalen' }).click();
    await page.locator('.defence-feedback').waitFor();
    const next = page.getByRole('button', { name: 'Volgend moment' });
    if ((await next.count()) === 0) break;
    await next.click();
  }
}

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

  it('320 px with 300-character words in every text of a story: no screen scrolls sideways, the page title stays short', async () => {
    // A built copy whose market story says one very long word in every text (a town or club name
    // run together, as a municipality might write it), and a second story that is broken, with
    // the same word in the place the error screen names.
    const word = 'Zuidhavenstraatvereniging'.repeat(12);
    const dir = await e2e.session.copyBuild(async (d) => {
      const file = path.join(d, 'scenarios/marktplein/locales/nl.json');
      const texts = JSON.parse(await readFile(file, 'utf8')) as unknown;
      await writeFile(file, JSON.stringify(replaceTexts(texts, `${word} en nog wat woorden`)));
      const broken = path.join(d, 'scenarios/zwembad/scenario.json');
      const story = JSON.parse(await readFile(broken, 'utf8')) as Record<string, unknown>;
      await writeFile(broken, JSON.stringify({ ...story, [word]: 1 }));
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await page.setViewportSize({ width: 320, height: 640 });
    const wide: string[] = [];
    const measure = async (): Promise<void> => {
      const line = await sideways(page);
      if (!line.endsWith(': 0 px sideways')) wide.push(line);
    };
    await openGame(page, site, '?renderer=canvas&seed=5');
    await measure(); // the error screen for the broken story
    await page.getByRole('button', { name: 'Verder met de verhalen die wel werken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geruchtenmolen' }).waitFor();
    await measure();
    await page.getByRole('button', { name: `Speel: ${word} en nog wat woorden` }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    await measure();
    expect(await page.title()).toBe(`Stap 1 · ${word.slice(0, 59)}… · Geruchtenmolen`);
    await playToEnding(page, 'nl', async (p, moves, step) => {
      if (step === 2) await measure();
      // Every move has the same long name here: the first button is the first move.
      await p.locator('button.move').first().click();
      return moves[0] ?? '';
    });
    await measure();
    await page.getByRole('button', { name: 'Wissel van kant: speel de gemeente' }).click();
    await page.getByRole('heading', { level: 1, name: /^Moment 1 van / }).waitFor();
    await measure();
    await answerEveryMoment(page);
    await page.getByRole('button', { name: TEXT.nl.toDebrief, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
    await measure();
    // The chart's figures as a table, opened: long move names and "Geloofwaardigheid" included.
    await page.locator('.chart-table summary').click();
    await measure();
    expect(wide).toEqual([]);
    await expectClean(page);
  });

  it('an added language whose file is broken is named as broken (file, place), and the game plays', async () => {
    const dir = await e2e.session.copyBuild(async (d) => {
      const config = path.join(d, 'config.json');
      const settings = JSON.parse(await readFile(config, 'utf8')) as Record<string, unknown>;
      await writeFile(config, JSON.stringify({ ...settings, languages: ['nl', 'en', 'fy'] }));
      await mkdir(path.join(d, 'locales'), { recursive: true });
      await writeFile(path.join(d, 'locales/fy.json'), '["Frysk"]');
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site);
    const notice = page.getByRole('status').filter({ hasText: 'locales/fy.json' });
    expect(await notice.innerText()).toMatch(
      /het bestand locales\/fy\.json voor de taal 'fy' is er, maar het spel kan het niet lezen: .+ \(SCN002, regel 1, kolom 1\)/,
    );
    expect(await page.getByRole('button', { name: 'Frysk' }).count()).toBe(0);
    await page.getByRole('button', { name: TEXT.nl.play }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    await expectClean(page);
  });

  it('a broken Dutch technique file: the error screen names it, and who goes on reads technique names, not keys', async () => {
    const dir = await e2e.session.copyBuild(async (d) => {
      await writeFile(path.join(d, 'scenarios/techniques/locales/nl.json'), '');
    });
    const site = await e2e.session.serve(dir);
    const page = await e2e.session.newPage(site);
    await openGame(page, site, '?scenario=marktplein&renderer=canvas');
    expect(await page.locator('.error-screen').innerText()).toContain(
      'scenarios/techniques/locales/nl.json',
    );
    await page.getByRole('button', { name: 'Verder met de verhalen die wel werken' }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.step }).waitFor();
    await clickFirstMove(page);
    const badges = await page
      .locator('.badge-bar [role="img"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(badges.length).toBeGreaterThan(0);
    for (const label of badges) expect(label).not.toMatch(/techniques\.|\.name/);
    expect(await page.locator('main').innerText()).not.toMatch(/\btechniques\.[a-z_]+\./);
    await expectClean(page);
  });

  it('320 px, the presenter screen from the first vote to the group debrief: nothing sideways, no control past the edge, no word broken in two', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${e2e.site.url}?mode=facilitator&scenario=marktplein&seed=5&renderer=canvas`);
    await page.getByRole('heading', { level: 2, name: 'Presentator' }).waitFor();
    const faults: string[] = [];
    const measure = async (): Promise<void> => {
      await waitForStill(page);
      faults.push(...(await reflowFaults(page)));
    };
    const voteFor = async (letter: string): Promise<void> => {
      const before = await screenHeading(page);
      await page.getByRole('button', { name: `Eén stem meer voor ${letter}` }).click();
      await page.getByRole('button', { name: new RegExp(`^De zaal kiest ${letter}`) }).click();
      await waitForHeadingChange(page, before);
    };
    await measure(); // step 1: the room's options as rows with − and +
    await voteFor('A');
    await measure(); // step 2, with what the last move did
    while ((await page.getByRole('button', { name: 'Eén stem meer voor A' }).count()) > 0)
      await voteFor('A');
    await measure(); // the ending
    await page.getByRole('button', { name: 'Wissel van kant: speel de gemeente' }).click();
    await page.getByRole('heading', { level: 1, name: /^Moment 1 van / }).waitFor();
    await measure(); // the crisis team's six responses
    await voteFor('B');
    await measure();
    await page.getByRole('button', { name: 'Naar de groepsnabespreking' }).click();
    await page.getByRole('heading', { level: 1, name: /^Groepsnabespreking 1\/5/ }).waitFor();
    await measure();
    expect(faults).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await expectClean(page);
  });

  it('forced colours: the pressed language button and the open feed tab keep a frame of their own', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.emulateMedia({ forcedColors: 'active' });
    await openGame(page, e2e.site, '?scenario=marktplein&renderer=canvas');
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const pressed = page.getByRole('button', { name: 'Nederlands', pressed: true });
    const unpressed = page.getByRole('button', { name: 'English', pressed: false });
    expect(await frameOf(pressed)).not.toBe(await frameOf(unpressed));
    const open = page.getByRole('tab', { selected: true });
    const closed = page.getByRole('tab', { selected: false }).first();
    expect(await frameOf(open)).not.toBe(await frameOf(closed));
    // Switching the language moves the frame with it.
    await unpressed.click();
    const english = page.getByRole('button', { name: 'English', pressed: true });
    const dutch = page.getByRole('button', { name: 'Nederlands', pressed: false });
    expect(await frameOf(english)).not.toBe(await frameOf(dutch));
    expect(await axe(page)).toEqual([]);
    await expectClean(page);
  });

  it('forced colours: a pressed language button and the sound toggle stand out by a frame at least 4 px wider (or a mark)', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ forcedColors: 'active' });
    await openGame(page, e2e.site, '?scenario=marktplein&renderer=canvas');
    const dutch = page.getByRole('button', { name: 'Nederlands', pressed: true });
    const english = page.getByRole('button', { name: 'English', pressed: false });
    const unpressedLanguage = await lookOf(page, english);
    const pressedLanguage = await lookOf(page, dutch);
    expect(pressedLanguage, `Nederlands pressed against English`).toSatisfy(
      standsOut(unpressedLanguage),
    );
    // Sound is off at first: the same toggle, measured off and then on.
    const sound = page.getByRole('button', { name: 'Geluid', pressed: false });
    const soundOff = await lookOf(page, sound);
    await sound.click();
    const soundOn = page.getByRole('button', { name: 'Geluid', pressed: true });
    await soundOn.waitFor();
    expect(await lookOf(page, soundOn), `sound on against sound off`).toSatisfy(
      standsOut(soundOff),
    );
    // And each pressed one against the other kind unpressed: no pair looks alike.
    expect(await lookOf(page, soundOn)).toSatisfy(standsOut(unpressedLanguage));
    expect(pressedLanguage).toSatisfy(standsOut(soundOff));
    expect(await axe(page)).toEqual([]);
    await expectClean(page);
  });

  it('the town snapshot says every neighbourhood in words, on the defence and debrief screens, axe-clean', async () => {
    const page = await e2e.session.newPage(e2e.site);
    await openGame(page, e2e.site, '?scenario=marktplein&seed=5&renderer=canvas');
    await playToEnding(page, 'nl', firstMove);
    await page.getByRole('button', { name: 'Wissel van kant: speel de gemeente' }).click();
    await page.getByRole('heading', { level: 1, name: /^Moment 1 van / }).waitFor();
    const area = /^[^:]+: \d+% bereikt, \d+% gelooft het, \d+% twijfelt$/;
    const now = await snapshotLines(page, 'Lindewaard nu');
    expect(now.length).toBeGreaterThan(3);
    for (const line of now) expect(line).toMatch(area);
    expect(await axe(page)).toEqual([]);

    await answerEveryMoment(page);
    await page.getByRole('button', { name: TEXT.nl.toDebrief, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TEXT.nl.debrief, exact: true }).waitFor();
    const end = await snapshotLines(page, 'Lindewaard aan het eind, na je verdediging');
    expect(end.map((line) => line.replace(/:.*/, ''))).toEqual(
      now.map((line) => line.replace(/:.*/, '')),
    );
    for (const line of end) expect(line).toMatch(area);
    expect(
      end.some((line) => !line.includes(': 0% bereikt')),
      'the rumour reached someone',
    ).toBe(true);
    // The chart's legend is words only: no symbol characters are read out.
    const legend = page.locator('.chart-legend li');
    for (const item of await legend.allInnerTexts()) expect(item).not.toMatch(/[●■▲·]/);
    expect(await axe(page)).toEqual([]);
    await expectClean(page);
  });
});
