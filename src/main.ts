/**
 * The page's first script: the title, and nothing else. It draws the title from the interface
 * texts, config.json and the story index (src/shell.ts), and only then loads the game
 * (src/app.ts: the content and its checks, the store, every screen); the Phaser map comes after
 * that, when it is needed.
 */
// Only the styles the title needs block the first paint; the other screens' come with the app.
import './styles/fonts.css';
import './styles/main.css';
import './styles/title.css';

import { parseConfig } from './content/config';
import type { FileContent } from './content/decode-text';
import { languagesToLoad, SOURCE_LANGUAGE } from './content/locales';
import { runtimeSource } from './content/runtime-source';
import { storyFiles } from './content/story-files';
import { warmSource, type WarmSource } from './content/warm-source';
import { createI18n } from './i18n/create-i18n';
import {
  addBundledUi,
  askedLanguages,
  drawTitle,
  requestTitleFiles,
  type Shell,
  SOURCE_UI,
} from './shell';
import { whenGameWanted } from './ui/title/game-wanted';
import { showLoading, takeOverPrerendered } from './ui/title/prerendered';

const root = requireElement('app');

async function start(): Promise<void> {
  // Asked for before anything else runs: the config, the story list and the story index.
  const files = requestTitleFiles();
  // The title the build wrote into index.html, until the live one replaces it.
  const prerendered = takeOverPrerendered(root);
  // Whatever a language lacks is shown in Dutch, the language every text is written in first.
  // The title adds the language it shows (src/shell.ts), the app every other one it offers.
  const i18n = await createI18n(
    SOURCE_LANGUAGE,
    { [SOURCE_LANGUAGE]: { ui: SOURCE_UI } },
    SOURCE_LANGUAGE,
  );
  const urlLang = new URLSearchParams(location.search).get('lang');
  if (urlLang !== null) {
    await addBundledUi(i18n, urlLang);
    if (i18n.hasResourceBundle(urlLang, 'ui')) {
      await i18n.changeLanguage(urlLang);
      document.documentElement.lang = urlLang;
    }
  }

  let configText: FileContent | null | undefined;
  let shell: Shell | undefined;
  try {
    configText = await files.config;
    shell = await drawTitle(root, i18n, configText, files, prerendered);
  } catch (error) {
    // The app reads again and shows a readable screen if it still cannot.
    console.warn('The title waits for the game:', error);
  }
  prerendered?.stop();
  if (prerendered !== undefined && shell === undefined) {
    // The first screen is not the title (a save to resume, a kiosk, …): the app draws it. A
    // Play pressed on the build's title meanwhile is the deep link its form would have loaded.
    const played = prerendered.played();
    if (played !== undefined) {
      const url = new URL(location.href);
      url.searchParams.set('scenario', played);
      history.replaceState(history.state, '', url);
    }
    showLoading(root, i18n);
  }
  // Content files are read through this source, so a story chosen early can be fetched at once.
  const source = warmSource(runtimeSource());
  if (shell !== undefined) {
    const languages = languagesToLoad(
      askedLanguages(parseConfig(configText ?? null).config.languages),
    );
    fetchChosenStory(shell, source, languages);
    // Let the title paint (and answer) before the game's own script is fetched and run, and
    // leave it alone until a visitor is there.
    await afterPaint();
    await whenGameWanted(shell.whenChosen());
  }
  const { startApp } = await import('./app');
  await startApp({
    root,
    i18n,
    source,
    ...(configText === undefined ? {} : { configText }),
    ...(shell === undefined ? {} : { shell }),
  });
}

/**
 * The files of the story the player chooses, and the map's script, are all asked for at once, in
 * parallel with the game's script if that is still on its way (the game reads them in steps, each
 * waiting for the one before; files it has read already are not asked for again).
 */
function fetchChosenStory(shell: Shell, source: WarmSource, languages: readonly string[]): void {
  void shell.whenChosen().then((choice) => {
    if (choice.kind !== 'play' && choice.kind !== 'resume') return;
    const story = shell.index.stories.find((s) => s.id === choice.id);
    if (story !== undefined) source.warm(storyFiles(story.id, story.town, languages));
    // The map's script (Phaser) too: it would otherwise be asked for once the story is checked.
    void import('./game/create-town-map').catch(() => undefined);
  });
}

/** After the next frame is drawn (or at most 200 ms, for a page in the background). */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      resolve();
    };
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 200);
  });

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`index.html has no element with id '${id}'`);
  return element;
}

start().catch((error: unknown) => {
  // Last resort: never leave a blank page.
  // Before i18n exists, so both languages at once (like the boot text in index.html).
  const reason = error instanceof Error ? error.message : String(error);
  root.textContent = `Geruchtenmolen kan niet starten / Rumour Mill could not start: ${reason}`;
  console.error(error);
});
