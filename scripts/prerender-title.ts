/**
 * A build step (scripts/vite-prerender.ts, `vite build` only): the title screen, made by the
 * game's own title view (src/ui/title) under jsdom from config.json, the story index and the
 * interface texts, the way the early title (src/shell.ts) makes it in the page. index.html then
 * shows the title the moment it arrives, before any script has run; src/main.ts replaces it with
 * the live title (the same markup, so nothing moves).
 *
 * Without a script each Play is still a real control: a submit button of an empty GET form, so a
 * click loads `?scenario=<id>`, the deep link that opens that story (src/store/launch-options.ts).
 * A kiosk or a group session (config.json's mode) gets no prerendered title: its first screen is
 * another one.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { JSDOM } from 'jsdom';

import { CONFIG_FILE, parseConfig } from '../src/content/config.ts';
import type { FileContent } from '../src/content/decode-text.ts';
import { parseStoryIndex, type StoryIndex } from '../src/content/story-index.ts';
import { createI18n } from '../src/i18n/create-i18n.ts';
import { pickLanguage } from '../src/store/pick-language.ts';
import { storiesFromIndex } from '../src/ui/title/index-stories.ts';
import { DRAWN_LATER } from '../src/ui/title/prerendered.ts';
import { renderTitle } from '../src/ui/title/title-screen.ts';
import { buildStoryIndex } from './story-index.ts';

/** The id of the form the prerendered Play buttons submit (it sits empty beside the title). */
export const PLAY_FORM = 'title-play';
/** Marks the prerendered title's <main>, so tests and benchmarks can tell it from the live one. */
export const PRERENDERED = 'data-prerendered';

const SOURCE = 'nl';

export interface Prerendered {
  /** The markup for #app. */
  readonly html: string;
  /** The language it is in (for <html lang>). */
  readonly lang: string;
}

/**
 * The title for the built index.html, from the project at `root` (scenarios/, src/i18n/locales/)
 * and config.json (default: assets/config.json); undefined when the first screen is not the title,
 * or when a story cannot be read (the game then says what is wrong, after its checks).
 */
export async function prerenderTitle(
  root: string,
  configText?: FileContent | null,
): Promise<Prerendered | undefined> {
  const configFile = path.join(root, 'assets', CONFIG_FILE);
  const { config } = parseConfig(
    configText !== undefined
      ? configText
      : existsSync(configFile)
        ? await readFile(configFile)
        : null,
  );
  if ((config.mode ?? 'solo') !== 'solo') return undefined;
  let index: StoryIndex | undefined;
  try {
    index = parseStoryIndex(
      JSON.parse(JSON.stringify(await buildStoryIndex(path.join(root, 'scenarios')))),
    );
  } catch (error) {
    console.warn(
      `index.html gets no prerendered title (a story could not be read): ${String(error)}`,
    );
  }
  if (index === undefined) return undefined;

  const localeFile = (lang: string): string =>
    path.join(root, 'src', 'i18n', 'locales', `${lang}.json`);
  const offered = (config.languages ?? [SOURCE]).filter((lang) => existsSync(localeFile(lang)));
  const lang = pickLanguage(offered, null, null, config.defaultLanguage) ?? SOURCE;
  const ui = async (code: string): Promise<unknown> =>
    JSON.parse(await readFile(localeFile(code), 'utf8'));
  const i18n = await createI18n(
    lang,
    { [SOURCE]: { ui: await ui(SOURCE) }, [lang]: { ui: await ui(lang) } } as never,
    SOURCE,
  );

  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const global = globalThis as { document?: Document | undefined };
  const before = global.document;
  global.document = window.document;
  try {
    const played = new Map<HTMLButtonElement, string>();
    const clicks: string[] = [];
    const title = renderTitle({
      i18n,
      stories: storiesFromIndex(index, config, i18n),
      saved: [],
      check: index.check,
      play: (id) => {
        clicks.push(id);
      },
      resume: () => undefined,
      openCheck: () => undefined,
      showInfo: () => undefined,
    });
    // Which button plays which story: ask each (its click handler calls play(id)).
    for (const button of title.querySelectorAll('button')) {
      const before = clicks.length;
      button.click();
      const id = clicks[before];
      if (id !== undefined) played.set(button, id);
    }
    for (const [button, id] of played) {
      button.setAttribute('type', 'submit');
      button.setAttribute('form', PLAY_FORM);
      button.setAttribute('name', 'scenario');
      button.setAttribute('value', id);
    }
    // As on the early title: the app's own title carries the screen heading mark (tests and
    // focus wait for it).
    for (const heading of title.querySelectorAll('[data-screen-heading]'))
      heading.removeAttribute('data-screen-heading');
    title.setAttribute(PRERENDERED, '');
    // Drawn just after the first paint (the box is there from the start): see DRAWN_LATER.
    title.querySelector('svg.town-hero')?.setAttribute(DRAWN_LATER, '');
    const h = (tag: string, attributes: Record<string, string>, ...children: Node[]): Element => {
      const element = window.document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.append(...children);
      return element;
    };
    // The same frame as the early title's (src/shell.ts: drawTitle), and the empty form.
    const app = h(
      'div',
      {},
      h('div', { class: 'header-slot' }, h('div', { class: 'app-header header-waiting' })),
      h('div', { class: 'screen-slot' }, title),
      h('form', { id: PLAY_FORM, method: 'get', hidden: '' }),
    );
    return { html: app.innerHTML, lang };
  } finally {
    global.document = before;
    window.close();
  }
}

// Run by the build (scripts/vite-prerender.ts) in a process of its own: prints the title as JSON
// (null when there is none) for the project in the working folder.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.stdout.write(JSON.stringify((await prerenderTitle(process.cwd())) ?? null));
