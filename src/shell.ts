/**
 * The title before the game: drawn from the interface texts, config.json and the story index
 * (scenarios/stories.json) alone, so it answers before any story, town or checker has loaded.
 * What the player chooses on it is kept until the app (src/app.ts) is there, which then does it.
 * When the title cannot be drawn this way (no index, a list the index does not match, a deep link,
 * a game to resume, a kiosk or a group session, a language the build does not carry), the app
 * draws everything itself, as before.
 */
import { CONFIG_FILE, parseConfig } from './content/config';
import { INDEX_FILE } from './content/content-files';
import type { FileContent } from './content/decode-text';
import { decodeUtf8 } from './content/decode-text';
import { LANGUAGES, type LocaleTree, SOURCE_LANGUAGE } from './content/locales';
import { runtimeSource } from './content/runtime-source';
import { parseStoryIndex, STORY_INDEX_FILE, type StoryIndex } from './content/story-index';
import type { I18n } from './i18n/create-i18n';
import { pickLanguage } from './store/pick-language';
import * as saves from './store/persistence';
import { contrastWithWhite } from './store/resolve-config';
import { focusKey, h, restoreFocus } from './ui/shared/dom';
import { storiesFromIndex } from './ui/title/index-stories';
import type { PrerenderedTitle } from './ui/title/prerendered';
import { renderTitle } from './ui/title/title-screen';

/**
 * The interface texts the build carries: every src/i18n/locales/<code>.json. Dutch is in the first
 * script (every text falls back to it); each other language is a chunk of its own, fetched only
 * when it is the one the title shows, or by the app (for the language menu). Other languages are
 * read at run time from locales/<code>.json next to index.html.
 */
const BUNDLED_UI_FILES = byLanguage(
  import.meta.glob<LocaleTree>(['./i18n/locales/*.json', '!./i18n/locales/nl.json'], {
    import: 'default',
  }),
);

/** Dutch, the language every text is written in first and the fallback of every other. */
export const SOURCE_UI: LocaleTree =
  byLanguage(
    import.meta.glob<LocaleTree>('./i18n/locales/nl.json', { eager: true, import: 'default' }),
  )[SOURCE_LANGUAGE] ?? {};

/** The codes of the languages the build carries. */
export const BUNDLED_LANGUAGES: readonly string[] = [
  SOURCE_LANGUAGE,
  ...Object.keys(BUNDLED_UI_FILES),
];

function byLanguage<T>(files: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(files).map(([file, value]) => [file.replace(/^.*\/|\.json$/g, ''), value]),
  );
}

/** Puts a bundled language's interface texts into `i18n`, fetching them if they are not there. */
export async function addBundledUi(i18n: I18n, lang: string): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'ui')) return;
  const load = BUNDLED_UI_FILES[lang];
  if (load === undefined) return;
  i18n.addResourceBundle(lang, 'ui', await load());
}

/** What the player chose on the title before the app was there. */
export type TitleChoice =
  | { readonly kind: 'play' | 'resume'; readonly id: string }
  | { readonly kind: 'check' }
  | { readonly kind: 'info'; readonly page: 'privacy' | 'accessibility' };

/** The title drawn from the index, handed to the app. */
export interface Shell {
  readonly index: StoryIndex;
  chosen(): TitleChoice | undefined;
  /** Resolves with the player's choice when it is made (at once when it already was). */
  whenChosen(): Promise<TitleChoice>;
  /** The control that has focus (its data-focus-key), so the app's title can put it back. */
  focusKey(): string | undefined;
}

/** The languages config.json asks for, or by default every shipped and bundled one. */
export function askedLanguages(configured: readonly string[] | undefined): string[] {
  return configured === undefined
    ? [...new Set([...LANGUAGES, ...BUNDLED_LANGUAGES])]
    : [...configured];
}

/** localStorage if this browser lets us use it; null in locked-down or private modes. */
export function usableStorage(): saves.KeyValueStorage | null {
  try {
    const probe = 'geruchtenmolen.probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return null;
  }
}

/** A small JSON file beside index.html, parsed; undefined when absent or not readable JSON. */
async function readJson(path: string): Promise<unknown> {
  try {
    const content = await runtimeSource().read(path);
    if (content === null) return undefined;
    const decoded = decodeUtf8(content);
    return decoded.ok ? (JSON.parse(decoded.text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The files the title is drawn from, asked for at once (one round trip, not two after another). */
export interface TitleFiles {
  readonly config: Promise<FileContent | null>;
  readonly list: Promise<unknown>;
  readonly index: Promise<unknown>;
}

export function requestTitleFiles(): TitleFiles {
  return {
    config: runtimeSource().read(CONFIG_FILE),
    list: readJson(INDEX_FILE),
    index: readJson(STORY_INDEX_FILE),
  };
}

/**
 * Draws the title into `root` from the story index, when it can (see above); returns what the app
 * needs to take over, or undefined when the app must draw the first screen itself.
 */
export async function drawTitle(
  root: HTMLElement,
  i18n: I18n,
  configText: FileContent | null,
  files: TitleFiles,
  prerendered?: PrerenderedTitle,
): Promise<Shell | undefined> {
  const params = new URLSearchParams(location.search);
  const { config } = parseConfig(configText);
  const mode = params.get('mode') ?? config.mode ?? 'solo';
  const storage = usableStorage();
  const languages = askedLanguages(config.languages);
  if (
    params.has('scenario') ||
    mode !== 'solo' ||
    (storage !== null && saves.currentScenarioId(storage) !== null) ||
    languages.some((lang) => !BUNDLED_LANGUAGES.includes(lang))
  )
    return undefined;
  const [listFile, indexFile] = await Promise.all([files.list, files.index]);
  const index = parseStoryIndex(indexFile);
  const listed: unknown =
    typeof listFile === 'object' && listFile !== null && 'scenarios' in listFile
      ? listFile.scenarios
      : undefined;
  // A story added to or taken from the list since the build: the app reads the list itself.
  if (index === undefined || !Array.isArray(listed) || listed.join() !== index.scenarios.join())
    return undefined;

  // The language the store will choose (the same rule).
  const saved = storage === null ? null : saves.readLanguage(storage);
  const lang = pickLanguage(languages, params.get('lang'), saved, config.defaultLanguage);
  if (lang === undefined) return undefined;
  await addBundledUi(i18n, lang);
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;

  const stories = storiesFromIndex(index, config, i18n);
  const accent = config.colours.accent;
  if (accent !== undefined && contrastWithWhite(accent) >= 4.5)
    document.documentElement.style.setProperty('--accent', accent);

  let choice: TitleChoice | undefined;
  let tellChoice: (chosen: TitleChoice) => void = () => undefined;
  const chosenLater = new Promise<TitleChoice>((resolve) => {
    tellChoice = resolve;
  });
  const choose = (chosen: TitleChoice): void => {
    if (choice !== undefined) return;
    choice = chosen;
    root.setAttribute('aria-busy', 'true');
    tellChoice(chosen);
  };
  const savedGames =
    storage === null ? [] : index.scenarios.filter((id) => saves.readSave(storage, id).save);
  const actions = {
    play: (id: string) => {
      choose({ kind: 'play', id });
    },
    resume: (id: string) => {
      choose({ kind: 'resume', id });
    },
    openCheck: () => {
      choose({ kind: 'check' });
    },
    showInfo: (page: 'privacy' | 'accessibility') => {
      choose({ kind: 'info', page });
    },
  };
  const drawLiveTitle = (): void => {
    const title = renderTitle({
      i18n,
      stories,
      saved: savedGames,
      check: index.check,
      ...actions,
      // The town picture is the title's costliest part: drawn in the next frame, after the buttons.
      drawLater: (draw) => {
        requestAnimationFrame(() => setTimeout(draw, 0));
      },
    });
    // The build's title already shows this picture: it moves over (its frame is replaced, so the
    // later drawing does nothing).
    const town = stories[0]?.town;
    const drawn =
      town &&
      prerendered?.townPicture(
        lang,
        town.neighbourhoods.map((n) => n.name),
      );
    if (drawn) title.querySelector('svg.town-hero')?.replaceWith(drawn);
    // The screen heading marks the app's screens (tests and focus wait for it); this title stands
    // in for the app's until it is there.
    for (const heading of title.querySelectorAll('[data-screen-heading]'))
      heading.removeAttribute('data-screen-heading');
    // A keyboard player may already be on a control of the build's title: focus stays on it.
    const focused = focusKey();
    // An empty header of the real one's height keeps the title in place when the app's arrives.
    root.replaceChildren(
      h('div', { class: 'header-slot' }, h('div', { class: 'app-header header-waiting' })),
      h('div', { class: 'screen-slot' }, title),
    );
    restoreFocus(root, focused);
  };
  // The build's title in index.html is this very title (same language, stories, town, no game to
  // continue): it stays and answers from now on, so it is neither built nor laid out twice.
  const adopted = prerendered?.adopt(
    {
      lang,
      stories: stories.map((story) => story.scenario.id),
      check: index.check,
      saved: savedGames,
      town: stories[0]?.town.neighbourhoods.map((n) => n.name) ?? [],
    },
    actions,
  );
  if (adopted !== true) drawLiveTitle();
  // A Play pressed on the build's title while this script was on its way.
  const played = prerendered?.played();
  if (played !== undefined) choose({ kind: 'play', id: played });
  return {
    index,
    chosen: () => choice,
    whenChosen: () => chosenLater,
    focusKey: () => document.activeElement?.getAttribute('data-focus-key') ?? undefined,
  };
}
