import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';

import type { Response } from '../content/catalogue-schema';
import { respond as respondAction, selectChoice } from '../engine/actions';
import type { Answers, CheckPhase } from '../engine/discernment';
import { reduce } from '../engine/reducer';
import { replay } from '../engine/replay';
import { choiceLog } from '../engine/selectors';
import { createInitialState, type GameState, type Route } from '../engine/state';
import type { World } from '../engine/world';
import type { LaunchOptions, Notice } from './launch-options';
import * as saves from './persistence';

export type { Screen } from './persistence';

export interface ShownNotice extends Notice {
  readonly id: number;
}

/** Everything the views read. Views never set it; they call the actions below. */
export interface AppState {
  readonly screen: saves.Screen;
  readonly language: string;
  readonly world: World | null;
  readonly game: GameState | null;
  readonly notices: readonly ShownNotice[];
  /** Scenario ids with a saved game the title screen can offer to continue. */
  readonly saved: readonly string[];
  /** The discernment check being taken, if any, and whether it has been handed in. */
  readonly check: { readonly phase: CheckPhase; readonly submitted: boolean } | null;
  /** Answers given in the checks (device only). */
  readonly checks: saves.StoredChecks;
  /** Facilitator: the projector is blanked. */
  readonly blank: boolean;
  /** Defender round: the feedback on the last answer is on screen (until the team goes on). */
  readonly defenceFeedback: boolean;
  /** Facilitator: which step of the group debrief is shown (screen 'group'). */
  readonly groupStep: number;
}

/** What the presenter's window sends the projector: enough to rebuild the same screen exactly. */
export interface Snapshot {
  readonly scenarioId: string | null;
  readonly seed: number;
  readonly moves: readonly string[];
  readonly defence: readonly string[];
  readonly screen: saves.Screen;
  readonly language: string;
  readonly blank: boolean;
  readonly groupStep: number;
  readonly defenceFeedback: boolean;
}

/** The snapshot of a state, for the projector. */
export function snapshotOf(state: AppState): Snapshot {
  return {
    scenarioId: state.game?.scenarioId ?? null,
    seed: state.game?.seed ?? 0,
    moves: state.game ? choiceLog(state.game) : [],
    defence: state.game?.defence.map((d) => d.response) ?? [],
    screen: state.screen,
    language: state.language,
    blank: state.blank,
    groupStep: state.groupStep,
    defenceFeedback: state.defenceFeedback,
  };
}

export interface AppActions {
  startScenario(id: string, seed?: number): void;
  /** Continues the saved game of this scenario; false (with a notice if it was broken) when there is none. */
  resumeScenario(id: string): boolean;
  choose(choiceId: string): void;
  showDebrief(): void;
  /** After the ending: the player becomes the municipality's crisis team (the defender round). */
  switchSides(): void;
  respond(response: Response): void;
  /** Defender round: leave the feedback and go to the next moment. */
  continueDefence(): void;
  goToTitle(): void;
  restart(): void;
  setLanguage(language: string): void;
  clearSavedData(): void;
  /** Kiosk: back to the attract screen with nothing of the previous player left in the state. */
  resetForNextPlayer(): void;
  /** Opens the discernment check before play or after the debrief. */
  openCheck(phase: CheckPhase): void;
  submitCheck(answers: Answers): void;
  /** Leaves the check: to the title (before) or back to the debrief (after). */
  closeCheck(): void;
  /** Facilitator: takes back the last move (rewind), to try another branch with the group. */
  rewind(): void;
  /** Facilitator: the projector shows nothing (B key) or the game again. */
  setBlank(blank: boolean): void;
  /** Facilitator: the group debrief, step 0–4 (feelings, facts, learnings, our municipality, actions). */
  showGroupStep(step: number): void;
  /** Audience: show exactly what the presenter's window shows. */
  mirror(snapshot: Snapshot): void;
  /** Shows the privacy note or the accessibility statement (from the title screen). */
  showInfo(page: 'privacy' | 'accessibility'): void;
  notify(notice: Notice): void;
  dismissNotice(id: number): void;
}

export type AppStore = AppState & AppActions;

export interface AppDeps {
  readonly worlds: ReadonlyMap<string, World>;
  readonly languages: readonly string[];
  /** The language when neither the address nor a saved choice says otherwise (config.json). */
  readonly defaultLanguage?: string;
  /** null when the browser gives no storage: the game is then played without saving. */
  readonly storage: saves.KeyValueStorage | null;
  /** A fresh seed for a new game; the only source of chance, and it lives outside the engine. */
  readonly newSeed: () => number;
  /** The route new games take: 'short' at a festival kiosk. */
  readonly route?: Route;
}

/** A factory, not a singleton: each page and each test gets its own store. */
export function createAppStore(
  deps: AppDeps,
  options: LaunchOptions,
  notices: readonly Notice[] = [],
) {
  let nextNoticeId = 0;
  /** A ?seed from the address applies to the first game started on this page, however it is started. */
  let launchSeed = options.seed;
  const takeLaunchSeed = (): number | undefined => {
    const seed = launchSeed;
    launchSeed = undefined;
    return seed;
  };
  const shown = (n: Notice): ShownNotice => ({ ...n, id: (nextNoticeId += 1) });
  const savedIds = (): string[] => {
    const { storage } = deps;
    return storage === null
      ? []
      : [...deps.worlds.keys()].filter((id) => saves.readSave(storage, id).save !== null);
  };

  return createStore<AppStore>()(
    subscribeWithSelector((set, get) => {
      const persist = (): void => {
        const { game, screen } = get();
        if (
          deps.storage === null ||
          game === null ||
          (screen !== 'play' && screen !== 'defence' && screen !== 'debrief')
        )
          return;
        const defence = game.defence.map((d) => d.response);
        const feedback = get().defenceFeedback && screen === 'defence';
        saves.writeSave(deps.storage, {
          format: saves.SAVE_FORMAT,
          scenarioId: game.scenarioId,
          seed: game.seed,
          moves: choiceLog(game),
          ...(defence.length > 0 ? { defence } : {}),
          ...(feedback ? { defenceFeedback: true } : {}),
          screen,
        });
      };
      const begin = (world: World, game: GameState, screen: saves.Screen): void => {
        set({ world, game, screen });
        persist();
        set({ saved: savedIds() });
      };
      /** Loads a saved game; a broken one is discarded with a notice, never a crash. */
      const tryResume = (id: string): boolean => {
        const world = deps.worlds.get(id);
        if (world === undefined || deps.storage === null) return false;
        const { save, problem } = saves.readSave(deps.storage, id);
        const game = save ? replay(world, save.seed, save.moves, 'full', save.defence) : null;
        if (save && game) {
          takeLaunchSeed(); // the address named this very game; it does not carry over to the next
          set({ defenceFeedback: save.defenceFeedback === true && game.defence.length > 0 });
          begin(world, game, save.screen);
          return true;
        }
        if (problem !== undefined || save !== null) {
          saves.removeSave(deps.storage, id);
          get().notify({ kind: 'warning', key: `notice.save.${problem ?? 'outdated'}` });
        }
        return false;
      };

      return {
        screen: 'title',
        language: initialLanguage(deps, options),
        world: null,
        game: null,
        notices: notices.map(shown),
        saved: savedIds(),
        check: null,
        checks: deps.storage ? saves.readChecks(deps.storage) : {},
        blank: false,
        defenceFeedback: false,
        groupStep: 0,

        startScenario(id, seed) {
          const world = deps.worlds.get(id);
          if (world === undefined) return;
          begin(
            world,
            createInitialState(world, seed ?? takeLaunchSeed() ?? deps.newSeed(), deps.route),
            'play',
          );
        },
        resumeScenario(id) {
          const resumed = tryResume(id);
          if (!resumed) set({ saved: savedIds() });
          return resumed;
        },
        choose(choiceId) {
          const { world, game } = get();
          if (world === null || game === null) return;
          const next = reduce(world, game, selectChoice(choiceId));
          set({ game: next });
          if (next.lastError === null) persist();
        },
        switchSides() {
          if (get().game?.ending == null) return;
          set({ screen: 'defence' });
          persist();
        },
        respond(response) {
          const { world, game } = get();
          if (world === null || game === null) return;
          const next = reduce(world, game, respondAction(response));
          set({ game: next, defenceFeedback: next.lastError === null });
          if (next.lastError === null) persist();
        },
        continueDefence() {
          set({ defenceFeedback: false });
          persist();
        },
        showDebrief() {
          if (get().game?.ending == null) return;
          set({ screen: 'debrief' });
          persist();
        },
        goToTitle() {
          if (deps.storage) saves.clearCurrent(deps.storage);
          set({ screen: 'title', world: null, game: null, saved: savedIds() });
        },
        restart() {
          const { world } = get();
          if (world !== null)
            begin(world, createInitialState(world, deps.newSeed(), deps.route), 'play');
        },
        setLanguage(language) {
          if (!deps.languages.includes(language)) return;
          set({ language });
          if (deps.storage) saves.writeLanguage(deps.storage, language);
        },
        clearSavedData() {
          if (deps.storage) saves.clearAllSavedData(deps.storage);
          set({ screen: 'title', world: null, game: null, saved: [], checks: {}, check: null });
          get().notify({ kind: 'info', key: 'notice.cleared' });
        },
        openCheck(phase) {
          set({ screen: 'check', check: { phase, submitted: false } });
        },
        submitCheck(answers) {
          const { check, checks } = get();
          if (check === null) return;
          const next = { ...checks, [check.phase]: answers };
          if (deps.storage) saves.writeChecks(deps.storage, next);
          set({ checks: next, check: { ...check, submitted: true } });
        },
        closeCheck() {
          const { check, game } = get();
          set({
            check: null,
            screen: check?.phase === 'after' && game?.ending != null ? 'debrief' : 'title',
          });
        },
        resetForNextPlayer() {
          if (deps.storage) saves.clearAllSavedData(deps.storage);
          const language = deps.defaultLanguage ?? deps.languages[0] ?? get().language;
          set({
            screen: 'title',
            world: null,
            game: null,
            check: null,
            checks: {},
            notices: [],
            saved: [],
            language,
            defenceFeedback: false,
          });
        },
        rewind() {
          const { world, game } = get();
          if (world === null || game === null || game.history.length === 0) return;
          const previous = replay(world, game.seed, choiceLog(game).slice(0, -1), game.route);
          if (previous === null) return;
          set({ game: previous, screen: 'play' });
          persist();
        },
        setBlank(blank) {
          set({ blank });
        },
        showGroupStep(step) {
          if (get().game?.ending == null) return;
          set({ screen: 'group', groupStep: Math.max(0, Math.min(4, step)) });
        },
        mirror(snapshot) {
          const world =
            snapshot.scenarioId === null ? undefined : deps.worlds.get(snapshot.scenarioId);
          const game = world
            ? replay(world, snapshot.seed, snapshot.moves, 'full', snapshot.defence)
            : null;
          set({
            world: world ?? null,
            game,
            screen: game === null && snapshot.screen !== 'title' ? 'title' : snapshot.screen,
            blank: snapshot.blank,
            groupStep: snapshot.groupStep,
            defenceFeedback: snapshot.defenceFeedback,
            ...(deps.languages.includes(snapshot.language) ? { language: snapshot.language } : {}),
          });
        },
        showInfo(page) {
          set({ screen: page });
        },
        notify(notice) {
          set({ notices: [...get().notices, shown(notice)] });
        },
        dismissNotice(id) {
          set({ notices: get().notices.filter((n) => n.id !== id) });
        },
      };
    }),
  );
}

export type AppStoreApi = ReturnType<typeof createAppStore>;

/** Decides where a fresh page starts: a deep link, the game played last, or the title screen. */
export function bootStore(
  store: AppStoreApi,
  options: LaunchOptions,
  storage: saves.KeyValueStorage | null,
): void {
  const app = store.getState();
  if (options.scenario !== undefined) {
    const existing = storage ? saves.readSave(storage, options.scenario).save : null;
    const sameGame = existing && (options.seed === undefined || options.seed === existing.seed);
    if (!sameGame || !app.resumeScenario(options.scenario)) app.startScenario(options.scenario);
    return;
  }
  const current = storage ? saves.currentScenarioId(storage) : null;
  if (current !== null) app.resumeScenario(current); // on failure: title screen plus a notice
}

function initialLanguage(deps: AppDeps, options: LaunchOptions): string {
  const saved = deps.storage ? saves.readLanguage(deps.storage) : null;
  const offered = (lang: string | null | undefined): lang is string =>
    lang != null && deps.languages.includes(lang);
  if (offered(options.lang)) return options.lang;
  if (offered(saved)) return saved;
  return offered(deps.defaultLanguage) ? deps.defaultLanguage : (deps.languages[0] ?? 'nl');
}
