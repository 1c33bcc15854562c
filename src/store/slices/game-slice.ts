import type { Response } from '../../content/catalogue-schema';
import { respond as respondAction, restartGame, selectChoice } from '../../engine/actions';
import { defenceOffered } from '../../engine/defence';
import { reduce } from '../../engine/reducer';
import { replay } from '../../engine/replay';
import { createInitialState, type GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import type { LaunchOptions } from '../launch-options';
import * as saves from '../persistence';
import type { SliceContext } from './slice-context';

/** The game being played and the screen it is on. */
export interface GameSliceState {
  readonly screen: saves.Screen;
  readonly world: World | null;
  readonly game: GameState | null;
  /** Scenario ids with a saved game the title screen can offer to continue. */
  readonly saved: readonly string[];
  /** The stories on offer (the worlds' ids, in order); more arrive when the page has checked them. */
  readonly stories: readonly string[];
  /** Defender round: the feedback on the last answer is on screen (until the team goes on). */
  readonly defenceFeedback: boolean;
}

export interface GameActions {
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
  /** The page added (checked) stories to the worlds: the title offers them. */
  storiesChanged(): void;
}

export function gameSlice(
  { deps, set, get, persist, savedIds }: SliceContext,
  options: LaunchOptions,
): GameSliceState & GameActions {
  /** A ?seed from the address applies to the first game started on this page, however it is started. */
  let launchSeed = options.seed;
  const takeLaunchSeed = (): number | undefined => {
    const seed = launchSeed;
    launchSeed = undefined;
    return seed;
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
      begin(world, game, saves.resumeScreen(save.screen, game.ending !== null));
      return true;
    }
    if (problem === 'newer') {
      // Kept: the player may open it again in the version that made it.
      get().notify({ kind: 'warning', key: 'notice.save.newer' });
      return false;
    }
    if (problem !== undefined || save !== null) {
      saves.removeSave(deps.storage, id);
      get().notify({ kind: 'warning', key: `notice.save.${problem ?? 'outdated'}` });
    }
    return false;
  };

  return {
    screen: 'title',
    world: null,
    game: null,
    saved: savedIds(),
    stories: [...deps.worlds.keys()],
    defenceFeedback: false,

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
      const { game } = get();
      if (game === null || !defenceOffered(game)) return;
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
    /** The same story from the start with a fresh seed, through the reducer like every move. */
    restart() {
      const { world, game } = get();
      if (world === null || game === null) return;
      begin(world, reduce(world, game, restartGame(deps.newSeed())), 'play');
    },
    storiesChanged() {
      set({ stories: [...deps.worlds.keys()], saved: savedIds() });
    },
  };
}
