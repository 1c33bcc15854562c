import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';

import type { LaunchOptions, Notice } from './launch-options';
import * as saves from './persistence';
import { checksSlice, type ChecksActions, type ChecksSliceState } from './slices/checks-slice';
import {
  facilitatorSlice,
  type FacilitatorActions,
  type FacilitatorSliceState,
} from './slices/facilitator-slice';
import { gameSlice, type GameActions, type GameSliceState } from './slices/game-slice';
import { noticesSlice, type NoticesActions, type NoticesSliceState } from './slices/notices-slice';
import {
  settingsSlice,
  type SettingsActions,
  type SettingsSliceState,
} from './slices/settings-slice';
import { type AppDeps, sliceContext } from './slices/slice-context';
import type { Seat } from './slices/facilitator-slice';

export type { AppDeps } from './slices/slice-context';
export { type Presenter, type Snapshot, snapshotOf } from './slices/facilitator-slice';

/** Everything the views read. Views never set it; they call the actions below. */
export interface AppState
  extends
    GameSliceState,
    ChecksSliceState,
    FacilitatorSliceState,
    NoticesSliceState,
    SettingsSliceState {}

/** The store's actions, one slice per concern (src/store/slices/). */
export interface AppActions
  extends GameActions, ChecksActions, FacilitatorActions, NoticesActions, SettingsActions {}

export type AppStore = AppState & AppActions;

/** A factory, not a singleton: each page and each test gets its own store. */
export function createAppStore(
  deps: AppDeps,
  options: LaunchOptions,
  notices: readonly Notice[] = [],
) {
  return createStore<AppStore>()(
    subscribeWithSelector((set, get) => {
      const context = sliceContext(deps, set, get);
      const seat: Seat =
        deps.presenterWindow === undefined
          ? { role: 'none' }
          : { role: 'pending', self: deps.presenterWindow };
      return readOnlyWhileWatching(
        {
          ...gameSlice(context, options),
          ...checksSlice(context),
          ...facilitatorSlice(context, seat),
          ...noticesSlice(context, notices),
          ...settingsSlice(context, options),
        },
        get,
      );
    }),
  );
}

/** The actions that change the game the room sees: a window that only watches cannot take them. */
const DRIVING = [
  'startScenario',
  'resumeScenario',
  'choose',
  'showDebrief',
  'switchSides',
  'respond',
  'continueDefence',
  'goToTitle',
  'restart',
  'rewind',
  'setBlank',
  'showGroupStep',
  'clearSavedData',
] as const satisfies readonly (keyof AppActions)[];

/**
 * A facilitator window that watches another one present is read-only in the store too, not only
 * on screen: its driving actions do nothing (it follows the presenter's snapshots via mirror).
 */
function readOnlyWhileWatching(store: AppStore, get: () => AppStore): AppStore {
  const actions = store as unknown as Readonly<Record<string, (...args: unknown[]) => unknown>>;
  const guarded: Record<string, unknown> = { ...store };
  for (const name of DRIVING) {
    const act = actions[name];
    if (act === undefined) continue;
    guarded[name] = (...args: unknown[]): unknown =>
      get().seat.role === 'watching'
        ? name === 'resumeScenario'
          ? false
          : undefined
        : act(...args);
  }
  return guarded as unknown as AppStore;
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
