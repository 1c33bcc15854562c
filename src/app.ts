/**
 * The game behind the title: loads and checks every content file (the story files, the town, the
 * catalogue and the discernment items; zod and the linter come with this chunk), applies
 * config.json, and mounts the store and every screen. src/main.ts loads it after the title is up
 * (or at once when the title cannot be drawn from the story index); what the player chose on that
 * title meanwhile is done as soon as the store is there.
 */
// The other screens' styles (the title's are in src/main.ts): fetched with this chunk, before it runs.
import './styles/kiosk.css';
import './styles/feeds.css';
import './styles/play.css';
import './styles/debrief.css';
import './styles/projector.css';
import { CONFIG_FILE, type ConfigProblem, type GameConfig, parseConfig } from './content/config';
import type { FileContent } from './content/decode-text';
import type { ContentSource } from './content/content-source';
import { runtimeSource } from './content/runtime-source';
import { type Diagnostic, formatDiagnostic, hasErrors } from './content/diagnostics';
import { type ContentLoader, contentLoader, type LoadedContent } from './content/load-content';
import { idleMoment, nextTask } from './pace';
import { type LoadedScenario, scenarioLocation } from './content/load-scenario';
import { loadInterfaceLocale } from './content/load-interface-locale';
import { partialLanguageFiles, partialLanguageNotice } from './content/load-locale';
import {
  isShippedLanguage,
  LANGUAGE_CODE,
  type LocaleTree,
  languagesToLoad,
  SOURCE_LANGUAGE,
} from './content/locales';
import type { Catalogue } from './content/catalogue-schema';
import type { Discernment } from './content/discernment-schema';
import { STORY_INDEX_FILE, type StoryIndex, textAt } from './content/story-index';
import { createWorld, type World } from './engine/world';
import type { I18n } from './i18n/create-i18n';
import { bridgeLocale } from './i18n/locale-bridge';
import { type AppStoreApi, bootStore, createAppStore } from './store/app-store';
import { type LaunchOptions, type Notice, parseLaunchOptions } from './store/launch-options';
import {
  configNotice,
  type ResolvedConfig,
  resolveConfig,
  type UnreadableLanguage,
} from './store/resolve-config';
import { currentScenarioId, type KeyValueStorage, readSave } from './store/persistence';
import { mountApp } from './ui/app-view';
import { renderErrorScreen, renderLoadFailedScreen } from './ui/shared/error-screen';
import { thisPage } from './ui/kiosk/fresh-page';
import { watchKioskIdle } from './ui/kiosk/kiosk-idle';
import { followPresenter } from './ui/facilitator/projector-sync';
import { takePresenterSeat } from './ui/facilitator/presenter-seat';
import { keepProjectorFitted } from './ui/facilitator/projector-fit';
import { watchStaffKeys } from './ui/kiosk/staff-panel';
import type { MountMap, ViewDeps } from './ui/shared/view-deps';
import { browserAudioContext, createSoundPlayer } from './ui/shared/sound';
import { countPlay, playsOn, readCounts } from './store/kiosk-counts';
import {
  addBundledUi,
  askedLanguages,
  BUNDLED_LANGUAGES,
  type Shell,
  SOURCE_UI,
  type TitleChoice,
  usableStorage,
} from './shell';
import { restoreFocus } from './ui/shared/dom';

/** What src/main.ts hands over. */
export interface Boot {
  readonly root: HTMLElement;
  readonly i18n: I18n;
  /** config.json as main.ts read it (null: absent); undefined when it has not been read. */
  readonly configText?: FileContent | null;
  /** The title main.ts drew from the story index, when it could. */
  readonly shell?: Shell;
  /** Where content is read (main.ts may have asked for the chosen story's files already). */
  readonly source?: ContentSource;
}

export async function startApp(boot: Boot): Promise<void> {
  const { root, i18n, shell } = boot;
  const source = boot.source ?? runtimeSource();
  let configText: FileContent | null;
  let uiLanguages: readonly string[];
  let interfaceFindings: readonly Diagnostic[];
  try {
    configText = boot.configText === undefined ? await source.read(CONFIG_FILE) : boot.configText;
    const asked = askedLanguages(parseConfig(configText).config.languages);
    ({ languages: uiLanguages, diagnostics: interfaceFindings } = await addInterfaceLanguages(
      i18n,
      asked,
    ));
  } catch (error) {
    loadFailed(root, i18n, error);
    return;
  }
  const { config, problems } = parseConfig(configText);
  // While the title waits for the player, the stories are checked in idle moments only; the
  // story the player waits for (or all, when the first screen needs all) goes one check after
  // the other, still in short tasks.
  let waitingForAll = shell === undefined;
  let waitedFor: string | undefined;
  const loader = contentLoader(source, languagesToLoad(uiLanguages), (file) =>
    waitingForAll || file === waitedFor ? nextTask() : idleMoment(),
  );
  const run: Run = {
    root,
    i18n,
    shell,
    config,
    configProblems: problems,
    uiLanguages,
    interfaceFindings,
    loader,
  };

  // The story to check first: the one the player chose on the title, or the one the address
  // names or the save resumes; undefined when the first screen needs every story.
  let first = shell === undefined ? storyOnArrival(config) : undefined;
  if (shell !== undefined) {
    // A choice made before this script arrived is done at once; otherwise the checks begin in
    // the background while the title waits.
    const everything =
      shell.chosen() === undefined
        ? loader.all().then(
            () => undefined,
            () => undefined,
          )
        : undefined;
    const choice = await Promise.race([shell.whenChosen(), everything]);
    if (choice?.kind === 'play' || (choice?.kind === 'resume' && !opensDebrief(choice.id)))
      first = choice.id;
  }
  if (first !== undefined && (config.scenarios?.includes(first) ?? true)) {
    waitedFor = scenarioLocation(first).file;
    const part = await loader.story(first).catch(() => undefined);
    const [story] = part?.scenarios ?? [];
    if (part !== undefined && story !== undefined && !hasErrors(part.diagnostics)) {
      const started = startWithStory(run, part, story);
      waitedFor = undefined;
      // The other stories, the discernment items and every finding follow in idle moments, once
      // the chosen story's map is drawn (or a while later, on a screen without a map).
      void Promise.race([started.firstMap, delay(3000)])
        .then(() => idleMoment())
        .then(() => loader.all())
        .then((content) => {
          addTheRest(run, started, content);
        })
        .catch((error: unknown) => {
          console.warn('The other stories could not be loaded:', error);
        });
      return;
    }
    // A broken story (or one the index does not list): everything is checked, as below, so
    // the error screen names every finding.
  }
  waitingForAll = true;
  let content: LoadedContent;
  try {
    content = await loader.all();
  } catch (error) {
    loadFailed(root, i18n, error);
    return;
  }
  for (const d of content.diagnostics)
    if (d.severity === 'error') console.warn(formatDiagnostic(d));
  warnPartialLanguages(content.diagnostics);
  const partial = partialLanguageFiles([...interfaceFindings, ...content.diagnostics]);

  const { catalogue } = content;
  const loadedWorlds = worldsOf(content);
  const settings = resolveConfig(
    config,
    loadedWorlds,
    uiLanguages,
    unreadableLanguages(interfaceFindings),
  );
  const configNotices = [...problems, ...settings.problems].map((p): Notice => {
    console.warn(`config.json: ${p.field}: ${p.problem}`);
    return configNotice(p);
  });
  const stale = shell === undefined ? [] : staleStories(shell.index, content.scenarios);
  const staleNotice = staleIndexNotice(stale);
  if (staleNotice !== undefined) configNotices.push(staleNotice);
  if (settings.accent !== undefined)
    document.documentElement.style.setProperty('--accent', settings.accent);
  const play = (): void => {
    if (catalogue === undefined) return;
    addTexts(i18n, uiLanguages, content, content.scenarios);
    startGame(
      root,
      i18n,
      settings,
      catalogue,
      configNotices,
      content.discernment.discernment,
      shell,
      new Map(partial),
    );
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
    root.removeAttribute('aria-busy');
    root.replaceChildren(
      renderErrorScreen(i18n, content.diagnostics, canContinue ? play : undefined),
    );
    return;
  }
  play();
}

const delay = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** What startApp has read before any story: handed to the two ways of starting. */
interface Run {
  readonly root: HTMLElement;
  readonly i18n: I18n;
  readonly shell: Shell | undefined;
  readonly config: GameConfig;
  readonly configProblems: readonly ConfigProblem[];
  readonly uiLanguages: readonly string[];
  readonly interfaceFindings: readonly Diagnostic[];
  readonly loader: ContentLoader;
}

/** A game started with one story while the others are still being checked. */
interface Started {
  readonly store: AppStoreApi;
  readonly deps: ViewDeps;
  readonly worlds: Map<string, World>;
  readonly partial: Map<string, readonly string[]>;
  /** Tells the player of a partial language (again, if the later files made it partial). */
  readonly tellPartial: () => void;
  /** Settles when the first map has been drawn (or has failed). */
  readonly firstMap: Promise<void>;
}

function loadFailed(root: HTMLElement, i18n: I18n, error: unknown): void {
  root.removeAttribute('aria-busy');
  root.replaceChildren(
    renderLoadFailedScreen(i18n, error instanceof Error ? error.message : String(error)),
  );
}

/**
 * Without the early title: the story the address names (?scenario=) or the save the page resumes,
 * when the first screen is that story's; undefined for a kiosk, a group session or a projector,
 * which need every story.
 */
function storyOnArrival(config: GameConfig): string | undefined {
  const params = new URLSearchParams(location.search);
  if ((params.get('mode') ?? config.mode ?? 'solo') !== 'solo') return undefined;
  const storage = usableStorage();
  const id = params.get('scenario') ?? (storage === null ? null : currentScenarioId(storage));
  return id === null || opensDebrief(id) ? undefined : id;
}

/**
 * Whether this story's save reopens on the debrief: its offer of the second discernment check
 * needs the discernment items, which are checked with every story, so that screen waits for all.
 */
function opensDebrief(id: string): boolean {
  const storage = usableStorage();
  return storage !== null && readSave(storage, id).save?.screen === 'debrief';
}

/** A world for every story that passed its checks, by story id. */
function worldsOf(content: LoadedContent): Map<string, World> {
  return new Map(
    content.scenarios.map((s) => [
      s.scenario.id,
      createWorld(s.scenario, s.town, content.catalogue),
    ]),
  );
}

/** The interface texts of the catalogue, the discernment items and these stories, in every language. */
function addTexts(
  i18n: I18n,
  uiLanguages: readonly string[],
  content: LoadedContent,
  stories: readonly LoadedScenario[],
): void {
  for (const lang of languagesToLoad(uiLanguages)) {
    i18n.addResourceBundle(lang, 'techniques', sharedTexts(content.catalogueLocales, lang));
    i18n.addResourceBundle(lang, 'discernment', sharedTexts(content.discernment.locales, lang));
    for (const s of stories)
      i18n.addResourceBundle(lang, `scenario.${s.scenario.id}`, s.locales[lang] ?? {});
  }
}

/** The chosen story has passed its checks: the game starts with it alone. */
function startWithStory(run: Run, part: LoadedContent, story: LoadedScenario): Started {
  const { root, i18n, shell, config, uiLanguages } = run;
  const catalogue = part.catalogue as Catalogue; // a story passes its checks only with the catalogue
  addTexts(i18n, uiLanguages, part, [story]);
  const one = new Map([[story.scenario.id, createWorld(story.scenario, story.town, catalogue)]]);
  // Which stories config.json names, and in what order, is judged when all of them are here.
  const settings = resolveConfig(
    config,
    one,
    uiLanguages,
    unreadableLanguages(run.interfaceFindings),
  );
  const worlds = new Map(settings.worlds);
  const notices = run.configProblems.map((p): Notice => {
    console.warn(`config.json: ${p.field}: ${p.problem}`);
    return configNotice(p);
  });
  if (settings.accent !== undefined)
    document.documentElement.style.setProperty('--accent', settings.accent);
  const partial = new Map(partialLanguageFiles([...run.interfaceFindings, ...part.diagnostics]));
  const { store, deps, tellPartial, firstMap } = startGame(
    root,
    i18n,
    { ...settings, worlds },
    catalogue,
    notices,
    undefined,
    shell,
    partial,
  );
  return { store, deps, worlds, partial, tellPartial, firstMap };
}

/**
 * Every story is checked: the ones that passed join the game (the title offers them), the
 * discernment check comes with them, and what was found is said in a notice, not an error
 * screen (the player is already playing).
 */
function addTheRest(run: Run, started: Started, content: LoadedContent): void {
  const { i18n, shell, config, uiLanguages } = run;
  const { store, deps, worlds, partial, tellPartial } = started;
  for (const d of content.diagnostics)
    if (d.severity === 'error') console.warn(formatDiagnostic(d));
  warnPartialLanguages(content.diagnostics);
  for (const [lang, files] of partialLanguageFiles([
    ...run.interfaceFindings,
    ...content.diagnostics,
  ]))
    partial.set(lang, files);
  tellPartial();
  const fresh = content.scenarios.filter((s) => !worlds.has(s.scenario.id));
  addTexts(i18n, uiLanguages, content, fresh);
  const loaded = worldsOf(content);
  const settings = resolveConfig(
    config,
    loaded,
    uiLanguages,
    unreadableLanguages(run.interfaceFindings),
  );
  const kept = new Map(worlds);
  worlds.clear();
  for (const [id, world] of settings.worlds) worlds.set(id, kept.get(id) ?? world);
  const discernment = content.discernment.discernment;
  // The views read their deps when they draw: from now on the title and debrief offer the check.
  if (discernment !== undefined) Object.assign(deps, { discernment });
  const app = store.getState();
  for (const p of settings.problems) {
    console.warn(`config.json: ${p.field}: ${p.problem}`);
    app.notify(configNotice(p));
  }
  const broken = [
    ...new Set(content.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)),
  ];
  // A story left out for its errors is told below, not as an index out of date.
  const stale = staleIndexNotice(
    (shell === undefined ? [] : staleStories(shell.index, content.scenarios)).filter(
      (id) => !broken.some((file) => file.startsWith(`${scenarioLocation(id).folder}/`)),
    ),
  );
  if (stale !== undefined) app.notify(stale);
  if (broken.length > 0)
    app.notify({
      kind: 'warning',
      key: 'notice.brokenContent',
      values: { count: broken.length, files: broken.slice(0, 3).join(', ') },
    });
  app.storiesChanged();
}

/** The notice that scenarios/stories.json tells otherwise than the story files (which win). */
function staleIndexNotice(stale: readonly string[]): Notice | undefined {
  if (stale.length === 0) return undefined;
  console.warn(
    `${STORY_INDEX_FILE} differs from the story files (${stale.join(', ')}); the story files are used. Build again to update it.`,
  );
  return { kind: 'warning', key: 'notice.storyIndex', values: { stories: stale.join(', ') } };
}

/**
 * Adds the interface text of every asked-for language the build does not carry, read from
 * locales/<code>.json next to index.html. Returns the asked-for languages that have interface text;
 * one without a file is left out (resolveConfig reports it), a partial one is offered.
 */
async function addInterfaceLanguages(
  i18n: I18n,
  asked: readonly string[],
): Promise<{ languages: string[]; diagnostics: Diagnostic[] }> {
  const bundled = asked.filter((lang) => BUNDLED_LANGUAGES.includes(lang));
  const extra = asked.filter((lang) => !bundled.includes(lang) && LANGUAGE_CODE.test(lang));
  const [loaded] = await Promise.all([
    Promise.all(extra.map((lang) => loadInterfaceLocale(runtimeSource(), lang, SOURCE_UI))),
    Promise.all(bundled.map((lang) => addBundledUi(i18n, lang))),
  ]);
  const findings: Diagnostic[] = [];
  extra.forEach((lang, i) => {
    const { tree, diagnostics } = loaded[i] ?? { tree: undefined, diagnostics: [] };
    for (const d of diagnostics) console.warn(formatDiagnostic(d));
    findings.push(...diagnostics);
    if (tree !== undefined) i18n.addResourceBundle(lang, 'ui', tree);
  });
  return {
    languages: asked.filter(
      (lang) => BUNDLED_LANGUAGES.includes(lang) || i18n.hasResourceBundle(lang, 'ui'),
    ),
    diagnostics: findings,
  };
}

/**
 * A shared file's texts (the catalogue, the check) in `lang`. Every language falls back to Dutch;
 * when the Dutch file itself is broken (the error screen named it), another language's texts stand
 * in for it, so a player who goes on reads technique names, never keys like "techniques.emotion.name".
 */
function sharedTexts(locales: Readonly<Record<string, LocaleTree>>, lang: string): LocaleTree {
  const own = locales[lang];
  if (own !== undefined || lang !== SOURCE_LANGUAGE) return own ?? {};
  return Object.values(locales)[0] ?? {};
}

/** Added languages whose interface file is there but broken, with the first error's place. */
function unreadableLanguages(findings: readonly Diagnostic[]): Map<string, UnreadableLanguage> {
  const broken = new Map<string, UnreadableLanguage>();
  for (const d of findings) {
    const lang = /^locales\/([^/]+)\.json$/.exec(d.file)?.[1];
    if (d.severity === 'error' && lang !== undefined && !broken.has(lang))
      broken.set(lang, { file: d.file, code: d.code, line: d.line ?? 1, column: d.column ?? 1 });
  }
  return broken;
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
  root: HTMLElement,
  i18n: I18n,
  settings: ResolvedConfig,
  catalogue: Catalogue,
  configNotices: readonly Notice[],
  discernment: Discernment | undefined,
  shell: Shell | undefined,
  partial: ReadonlyMap<string, readonly string[]>,
): { store: AppStoreApi; deps: ViewDeps; tellPartial: () => void; firstMap: Promise<void> } {
  const { worlds, languages } = settings;
  let mapSettled = (): void => undefined;
  const firstMap = new Promise<void>((resolve) => {
    mapSettled = resolve;
  });
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
      ...(mode === 'facilitator' ? { presenterWindow: windowName() } : {}),
    },
    options,
    allNotices,
  );
  bootStore(store, options, storage);
  const tellPartial = tellPartialLanguage(store, partial);
  bridgeLocale(
    (listener) => store.subscribe((s) => s.language, listener, { fireImmediately: true }),
    i18n,
    document.documentElement,
  );
  const townName = [...worlds.values()][0]?.town.name ?? '';
  const branding = settings.logo === undefined ? undefined : { logo: settings.logo, townName };
  let viewDeps: ViewDeps = {
    store,
    i18n,
    worlds,
    catalogue,
    languages,
    mountMap: mapMounter(store, options, i18n, mapSettled),
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
  if (mode === 'facilitator') {
    // One presenter per browser: this window presents, or watches the one that does.
    const seat = takePresenterSeat(
      store,
      worlds,
      'locks' in navigator ? navigator.locks : undefined,
    );
    viewDeps = { ...viewDeps, takeOver: seat.takeOver };
  }
  // Read before the app replaces the early title: which of its controls had focus.
  const focusedOnTitle = shell?.focusKey();
  // What the player chose on that title meanwhile is the first screen (the app's title is not
  // drawn only to be replaced).
  const choice = shell?.chosen();
  if (choice !== undefined) doChoice(store, choice);
  mountApp(root, viewDeps);
  if (mode === 'audience') {
    followPresenter(store, worlds);
    keepProjectorFitted(root);
  }
  if (kiosk) startKiosk(root, viewDeps, settings.kioskIdleSeconds, deviceStorage);
  if (shell !== undefined) takeOver(root, choice, focusedOnTitle);
  prefetchMap();
  return { store, deps: viewDeps, tellPartial, firstMap };
}

/** A facilitator window's short name, shown in its panel ("K7QD"): letters and digits that are not confused. */
function windowName(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...crypto.getRandomValues(new Uint8Array(4))]
    .map((n) => letters[n % letters.length] ?? 'X')
    .join('');
}

/**
 * A player of an added language that is not complete yet is told once, in a notice, that what it
 * lacks is shown in Dutch and in which files the missing texts belong.
 */
function tellPartialLanguage(
  store: AppStoreApi,
  partial: ReadonlyMap<string, readonly string[]>,
): () => void {
  const told = new Set<string>();
  const tell = (lang: string): void => {
    const files = partial.get(lang);
    if (files === undefined || told.has(lang)) return;
    told.add(lang);
    store.getState().notify({ kind: 'info', ...partialLanguageNotice(lang, files) });
  };
  store.subscribe((s) => s.language, tell, { fireImmediately: true });
  // Called again when more files have been checked.
  return () => {
    tell(store.getState().language);
  };
}

/** The kiosk's day for its counts: YYYY-MM-DD in local time. */
const today = (): string => new Date().toLocaleDateString('sv');

/**
 * Festival kiosk: idle reset (each next visitor on a fresh page when the server answers), and
 * anonymous counts of games started and finished per day.
 */
function startKiosk(
  app: HTMLElement,
  deps: ViewDeps,
  idleSeconds: number,
  storage: KeyValueStorage | null,
): void {
  watchKioskIdle(app, deps, idleSeconds, thisPage());
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
  /** Called each time a map is drawn or has failed. */
  settled: () => void,
): MountMap {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The map's labels in plain words ("Molenwijk / 12% gelooft het"), in the current language.
  const label = (name: string, believing: number): string =>
    i18n.t('map.areaLabel', { ns: 'ui', name, believing });
  return (parent, world, demo) => {
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
          ...(demo === true ? { demo } : {}),
        });
        parent.dataset.state = 'ready';
      })
      .catch((error: unknown) => {
        parent.dataset.state = 'failed';
        console.warn('The town map could not be loaded; the game goes on without it.', error);
      })
      .finally(settled);
    return () => {
      stopped = true;
      stop?.();
    };
  };
}

/** The ids of loaded stories whose title, play time, summary, note or town the index tells otherwise. */
function staleStories(index: StoryIndex, scenarios: readonly LoadedScenario[]): string[] {
  const loaded = new Set(scenarios.map((s) => s.scenario.id));
  const stale = index.stories.filter((h) => !loaded.has(h.id)).map((h) => h.id);
  for (const s of scenarios) {
    const head = index.stories.find((h) => h.id === s.scenario.id);
    const town = index.towns[head?.town ?? ''];
    const fields = (keys: readonly (string | undefined)[], tree?: LocaleTree) =>
      keys.map((key) => textAt(tree, key) ?? '').join('\n');
    const same =
      head !== undefined &&
      town !== undefined &&
      head.minutes === s.scenario.minutes &&
      town.name === s.town.name &&
      town.neighbourhoods.map((n) => n.name).join() ===
        s.town.neighbourhoods.map((n) => n.name).join() &&
      Object.keys(s.locales).every(
        (lang) =>
          fields(
            [head.title, head.summary, head.contentNote],
            head.texts[lang] as LocaleTree | undefined,
          ) ===
          fields([s.scenario.title, s.scenario.summary, s.scenario.contentNote], s.locales[lang]),
      );
    if (!same) stale.push(s.scenario.id);
  }
  return stale;
}

/** Does what the player chose on the title main.ts drew, before the app was there. */
function doChoice(store: AppStoreApi, choice: TitleChoice): void {
  const app = store.getState();
  if (choice.kind === 'check') app.openCheck('before');
  else if (choice.kind === 'info') app.showInfo(choice.page);
  else if (choice.kind === 'play') app.startScenario(choice.id);
  else app.resumeScenario(choice.id);
}

/**
 * The app has replaced the title main.ts drew: without a choice made there, focus goes back to
 * the control it was on (with one, the chosen screen's heading has it).
 */
function takeOver(
  root: HTMLElement,
  choice: TitleChoice | undefined,
  key: string | undefined,
): void {
  // The early title marked the page busy while a choice waited for the app; the app is here.
  root.removeAttribute('aria-busy');
  if (choice === undefined) restoreFocus(root, key);
}
