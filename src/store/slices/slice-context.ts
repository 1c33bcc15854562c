import { choiceLog } from '../../engine/selectors';
import type { Route } from '../../engine/state';
import type { World } from '../../engine/world';
import type { AppState, AppStore } from '../app-store';
import * as saves from '../persistence';

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
  /**
   * Facilitator mode: this window's short name. The window starts with its seat 'pending' (it
   * neither saves nor counts as presenting until src/ui/facilitator/presenter-seat decides).
   */
  readonly presenterWindow?: string;
}

/** What every slice gets: the deps, the store's set/get, and the two helpers several slices share. */
export interface SliceContext {
  readonly deps: AppDeps;
  readonly set: (partial: Partial<AppState>) => void;
  readonly get: () => AppStore;
  /** Saves the game being played (seed, moves, defence, screen); a no-op off the game screens. */
  readonly persist: () => void;
  /** Scenario ids that have a save the title screen can offer to continue. */
  readonly savedIds: () => string[];
}

export function sliceContext(
  deps: AppDeps,
  set: SliceContext['set'],
  get: SliceContext['get'],
): SliceContext {
  let saveFailureTold = false;
  const persist = (): void => {
    const { game, screen, defenceFeedback, seat } = get();
    // A facilitator window writes the save only while it presents: two windows never take turns.
    if (
      seat.role === 'pending' ||
      seat.role === 'watching' ||
      deps.storage === null ||
      game === null ||
      (screen !== 'play' && screen !== 'defence' && screen !== 'debrief')
    )
      return;
    const defence = game.defence.map((d) => d.response);
    const feedback = defenceFeedback && screen === 'defence';
    const stored = saves.writeSave(deps.storage, {
      format: saves.SAVE_FORMAT,
      scenarioId: game.scenarioId,
      seed: game.seed,
      moves: choiceLog(game),
      ...(defence.length > 0 ? { defence } : {}),
      ...(feedback ? { defenceFeedback: true } : {}),
      ...(seat.role === 'presenting' ? { presenter: seat.self } : {}),
      screen,
    });
    if (!stored && !saveFailureTold) {
      saveFailureTold = true; // once: a notice on every move would bury the game
      get().notify({ kind: 'warning', key: 'notice.save.failed' });
    }
  };
  const savedIds = (): string[] => {
    const { storage } = deps;
    return storage === null
      ? []
      : [...deps.worlds.keys()].filter((id) => saves.readSave(storage, id).save !== null);
  };
  return { deps, set, get, persist, savedIds };
}
