/**
 * The composition root: the only place that wires content, engine, store, i18n, views and Phaser.
 * Order matters for speed: the title screen is interactive before the Phaser chunk is fetched.
 */
import './styles/fonts.css';
import './styles/main.css';
import './styles/title.css';
import './styles/kiosk.css';
import './styles/feeds.css';
import './styles/play.css';
import './styles/debrief.css';
import './styles/projector.css';

import type { Resource } from 'i18next';

import { CONFIG_FILE, parseConfig } from './content/config';
import type { FileContent } from './content/decode-text';
import { runtimeSource } from './content/runtime-source';
import { type Diagnostic, formatDiagnostic, hasErrors } from './content/diagnostics';
import { loadContent } from './content/load-content';
import { loadInterfaceLocale } from './content/load-interface-locale';
import {
  isShippedLanguage,
  LANGUAGE_CODE,
  LANGUAGES,
  type LocaleTree,
  languagesToLoad,
  SOURCE_LANGUAGE,
} from './content/locales';
import type { Catalogue } from './content/catalogue-schema';
import type { Discernment } from './content/discernment-schema';
import { createWorld, type World } from './engine/world';
import { createI18n, type I18n } from './i18n/create-i18n';
import { bridgeLocale } from './i18n/locale-bridge';
import { bootStore, createAppStore } from './store/app-store';
import { type LaunchOptions, type Notice, parseLaunchOptions } from './store/launch-options';
import { configNotice, type ResolvedConfig, resolveConfig } from './store/resolve-config';
import type { KeyValueStorage } from './store/persistence';
import { mountApp } from './ui/app-view';
import { renderErrorScreen, renderLoadFailedScreen } from './ui/shared/error-screen';
import { watchKioskIdle } from './ui/kiosk/kiosk-idle';
import { broadcastFromPresenter, followPresenter } from './ui/facilitator/projector-sync';
import { keepProjectorFitted } from './ui/facilitator/projector-fit';
import { watchStaffKeys } from './ui/kiosk/staff-panel';
import type { MountMap, ViewDeps } from './ui/shared/view-deps';
import { browserAudioContext, createSoundPlayer } from './ui/shared/sound';
import { countPlay, playsOn, readCounts } from './store/kiosk-counts';

const root = requireElement('app');

/**
 * The interface texts the build carries, by language code: every src/i18n/locales/<code>.json.
 * Other languages are read at run time from locales/<code>.json next to index.html.
 */
const BUNDLED_UI: Readonly<Record<string, LocaleTree>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<LocaleTree>('./i18n/locales/*.json', { eager: true, import: 'default' }),
  ).map(([file, tree]) => [file.replace(/^.*\/|\.json$/g, ''), tree]),
);

async function start(): Promise<void> {
  const urlLang = new URLSearchParams(location.search).get('lang');
  const firstLang = urlLang !== null && urlLang in BUNDLED_UI ? urlLang : SOURCE_LANGUAGE;
  const uiResources: Resource = Object.fromEntries(
    Object.entries(BUNDLED_UI).map(([lang, tree]) => [lang, { ui: tree }]),
  );
  // Whatever a language lacks is shown in Dutch, the language every text is written in first.
  const i18n = await createI18n(firstLang, uiResources, SOURCE_LANGUAGE);
  document.documentElement.lang = firstLang;

  const source = runtimeSource();
  let content;
  let configText: FileContent | null;
  let uiLanguages: readonly string[];
  try {
    configText = await source.read(CONFIG_FILE);
    const asked = parseConfig(configText).config.languages ?? [
      ...new Set([...LANGUAGES, ...Object.keys(BUNDLED_UI)]),
    ];
    uiLanguages = await addInterfaceLanguages(i18n, asked);
    content = await loadContent(source, undefined, languagesToLoad(uiLanguages));
  } catch (error) {
    root.replaceChildren(
      renderLoadFailedScreen(i18n, error instanceof Error ? error.message : String(error)),
    );
    return;
  }
  for (const d of content.diagnostics)
    if (d.severity === 'error') console.warn(formatDiagnostic(d));
  warnPartialLanguages(content.diagnostics);

  const { catalogue } = content;
  const { config, problems } = parseConfig(configText);
  const loadedWorlds = new Map<string, World>(
    content.scenarios.map((s) => [
      s.scenario.id,
      createWorld(s.scenario, s.town, content.catalogue),
    ]),
  );
  const settings = resolveConfig(config, loadedWorlds, uiLanguages);
  const configNotices = [...problems, ...settings.problems].map((p): Notice => {
    console.warn(`config.json: ${p.field}: ${p.problem}`);
    return configNotice(p);
  });
  if (settings.accent !== undefined)
    document.documentElement.style.setProperty('--accent', settings.accent);
  const play = (): void => {
    if (catalogue === undefined) return;
    for (const lang of languagesToLoad(uiLanguages)) {
      i18n.addResourceBundle(lang, 'techniques', content.catalogueLocales[lang] ?? {});
      i18n.addResourceBundle(lang, 'discernment', content.discernment.locales[lang] ?? {});
      for (const s of content.scenarios)
        i18n.addResourceBundle(lang, `scenario.${s.scenario.id}`, s.locales[lang] ?? {});
    }
    startGame(i18n, settings, catalogue, configNotices, content.discernment.discernment);
  };
  if (hasErrors(content.diagnostics)) {
    const canContinue = settings.worlds.size > 0 && catalogue !== undefined;
    // An unattended festival stand must not wait for someone to read an error screen: it goes on
    // with the stories that work (the findings are in the console).
    const kioskMode =
      (new URLSearchParams(location.search).get('mode') ?? settings.mode) === 'kiosk';
    if (kioskMode && canContinue) {
      play();
      return;
    }
    root.replaceChildren(
      renderErrorScreen(i18n, content.diagnostics, canContinue ? play : undefined),
    );
    return;
  }
  play();
}

/**
 * Adds the interface text of every asked-for language the build does not carry, read from
 * locales/<code>.json next to index.html. Returns the asked-for languages that have interface text;
 * one without a file is left out (resolveConfig reports it), a partial one is offered.
 */
async function addInterfaceLanguages(i18n: I18n, asked: readonly string[]): Promise<string[]> {
  const base = BUNDLED_UI[SOURCE_LANGUAGE] ?? {};
  const extra = asked.filter((lang) => !(lang in BUNDLED_UI) && LANGUAGE_CODE.test(lang));
  const loaded = await Promise.all(
    extra.map((lang) => loadInterfaceLocale(runtimeSource(), lang, base)),
  );
  extra.forEach((lang, i) => {
    const { tree, diagnostics } = loaded[i] ?? { tree: undefined, diagnostics: [] };
    for (const d of diagnostics) console.warn(formatDiagnostic(d));
    if (tree !== undefined) i18n.addResourceBundle(lang, 'ui', tree);
  });
  return asked.filter((lang) => lang in BUNDLED_UI || i18n.hasResourceBundle(lang, 'ui'));
}

/** One console line per language that is not complete: what it lacks is shown in Dutch. */
function warnPartialLanguages(diagnostics: readonly Diagnostic[]): void {
  const lacking = new Map<string, number>();
  for (const d of diagnostics) {
    const lang =
      /locales\/([^/]+)\.json$/.exec(d.message)?.[1] ?? /locales\/([^/]+)\.json$/.exec(d.file)?.[1];
    if (d.severity === 'warning' && lang !== undefined && !isShippedLanguage(lang))
      lacking.set(lang, (lacking.get(lang) ?? 0) + 1);
  }
  for (const [lang, count] of lacking)
    console.warn(
      `Language '${lang}': ${String(count)} finding(s) in its files; texts it lacks are shown in Dutch (npm run check:scenarios lists them).`,
    );
}

function startGame(
  i18n: I18n,
  settings: ResolvedConfig,
  catalogue: Catalogue,
  configNotices: readonly Notice[],
  discernment: Discernment | undefined,
): void {
  const { worlds, languages } = settings;
  const { options, notices } = parseLaunchOptions(location.search, languages, [...worlds.keys()]);
  const mode = options.mode ?? settings.mode;
  const kiosk = mode === 'kiosk';
  const deviceStorage = usableStorage();
  // A kiosk keeps nothing of a player (only the anonymous counts); a projector only mirrors.
  const storage = kiosk || mode === 'audience' ? null : deviceStorage;
  const allNotices: Notice[] = [...configNotices, ...notices];
  if (deviceStorage === null) allNotices.push({ kind: 'warning', key: 'notice.noStorage' });
  const store = createAppStore(
    {
      worlds,
      languages,
      defaultLanguage: settings.defaultLanguage,
      storage,
      newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1,
      ...(kiosk ? { route: 'short' as const } : {}),
    },
    options,
    allNotices,
  );
  bootStore(store, options, storage);
  bridgeLocale(
    (listener) => store.subscribe((s) => s.language, listener, { fireImmediately: true }),
    i18n,
    document.documentElement,
  );
  const townName = [...worlds.values()][0]?.town.name ?? '';
  const branding = settings.logo === undefined ? undefined : { logo: settings.logo, townName };
  const viewDeps: ViewDeps = {
    store,
    i18n,
    worlds,
    catalogue,
    languages,
    mountMap: mapMounter(store, options, i18n),
    ...(branding ? { branding } : {}),
    ...(settings.boosterUrl !== undefined ? { boosterUrl: settings.boosterUrl } : {}),
    ...(settings.accessibilityContact !== undefined
      ? { accessibilityContact: settings.accessibilityContact }
      : {}),
    ...(discernment ? { discernment } : {}),
    ...(kiosk ? { kiosk: true } : {}),
    // The projector only mirrors; the presenter's window (same machine) makes the sound.
    ...(mode === 'audience' ? {} : { sound: createSoundPlayer(browserAudioContext) }),
    ...(kiosk && deviceStorage !== null
      ? { kioskPlaysToday: () => playsOn(deviceStorage, today()) }
      : {}),
    ...(mode === 'facilitator'
      ? { role: 'presenter' as const }
      : mode === 'audience'
        ? { role: 'audience' as const }
        : {}),
  };
  mountApp(root, viewDeps);
  if (mode === 'facilitator') broadcastFromPresenter(store, worlds);
  if (mode === 'audience') {
    followPresenter(store, worlds);
    keepProjectorFitted(root);
  }
  if (kiosk) startKiosk(root, viewDeps, settings.kioskIdleSeconds, deviceStorage);
  prefetchMap();
}

/** The kiosk's day for its counts: YYYY-MM-DD in local time. */
const today = (): string => new Date().toLocaleDateString('sv');

/** Festival kiosk: idle reset, and anonymous counts of games started and finished per day. */
function startKiosk(
  app: HTMLElement,
  deps: ViewDeps,
  idleSeconds: number,
  storage: KeyValueStorage | null,
): void {
  watchKioskIdle(app, deps, idleSeconds);
  if (storage === null) return;
  watchStaffKeys(app, deps, () => readCounts(storage));
  deps.store.subscribe(
    (s) => s.game?.seed,
    (seed) => {
      if (seed !== undefined) countPlay(storage, today(), 'started');
    },
  );
  deps.store.subscribe(
    (s) => s.screen,
    (screen) => {
      if (screen === 'debrief') countPlay(storage, today(), 'finished');
    },
  );
}

/** After the first screen is up and idle, fetch the Phaser chunk so the map is ready when play starts. */
function prefetchMap(): void {
  const fetchChunk = (): void => {
    void import('./game/create-town-map').catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(fetchChunk, { timeout: 3000 });
  else setTimeout(fetchChunk, 1000);
}

/** Loads the Phaser chunk only when a map is needed, and draws the map once it has arrived. */
function mapMounter(
  store: ReturnType<typeof createAppStore>,
  options: LaunchOptions,
  i18n: I18n,
): MountMap {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The map's labels in plain words ("Molenwijk / 12% gelooft het"), in the current language.
  const label = (name: string, believing: number): string =>
    i18n.t('map.areaLabel', { ns: 'ui', name, believing });
  return (parent, world) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    parent.dataset.state = 'loading';
    import('./game/create-town-map')
      .then(({ createTownMap }) => {
        if (stopped) return;
        stop = createTownMap(parent, {
          store,
          world,
          reducedMotion,
          label,
          renderer: options.renderer,
        });
        parent.dataset.state = 'ready';
      })
      .catch((error: unknown) => {
        parent.dataset.state = 'failed';
        console.warn('The town map could not be loaded; the game goes on without it.', error);
      });
    return () => {
      stopped = true;
      stop?.();
    };
  };
}

/** localStorage if this browser lets us use it; null in locked-down or private modes. */
function usableStorage(): KeyValueStorage | null {
  try {
    const probe = 'geruchtenmolen.probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return null;
  }
}

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
