import { replay } from '../../engine/replay';
import { choiceLog } from '../../engine/selectors';
import type { AppState } from '../app-store';
import type * as saves from '../persistence';
import type { SliceContext } from './slice-context';

/** The presenter's controls and the projector that mirrors them. */
export interface FacilitatorSliceState {
  /** Facilitator: the projector is blanked. */
  readonly blank: boolean;
  /** Facilitator: which step of the group debrief is shown (screen 'group'). */
  readonly groupStep: number;
  /** Facilitator: whether this window presents, or only watches the one that does. */
  readonly seat: Seat;
}

/** Who presents, seen from this window. */
export interface Presenter {
  /** The presenting window's short name (shown in its panel, e.g. "K7QD"). */
  readonly id: string;
  /** When it took the seat (ms since 1970): the newest take-over wins. */
  readonly since: number;
}

/**
 * A facilitator window's seat (one presenter per browser, src/ui/facilitator/presenter-seat):
 * 'none' outside facilitator mode; 'pending' until the window knows whether another presents;
 * 'presenting' drives the game, the projector and the save; 'watching' only mirrors the window
 * that presents (null until it has heard from it) and can neither move nor save.
 */
export type Seat =
  | { readonly role: 'none' }
  | { readonly role: 'pending'; readonly self: string }
  | { readonly role: 'presenting'; readonly self: string; readonly since: number }
  | { readonly role: 'watching'; readonly self: string; readonly presenter: Presenter | null };

export interface FacilitatorActions {
  /** Facilitator: takes back the last move (rewind), to try another branch with the group. */
  rewind(): void;
  /** Facilitator: the projector shows nothing (B key) or the game again. */
  setBlank(blank: boolean): void;
  /** Facilitator: the group debrief, step 0–4 (feelings, facts, learnings, our municipality, actions). */
  showGroupStep(step: number): void;
  /** Audience: show exactly what the presenter's window shows. */
  mirror(snapshot: Snapshot): void;
  /** Facilitator: this window presents now, watches another, or waits to know; presenting saves at once. */
  setSeat(seat: Seat): void;
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

export function facilitatorSlice(
  { deps, set, get, persist }: SliceContext,
  seat: Seat,
): FacilitatorSliceState & FacilitatorActions {
  return {
    blank: false,
    groupStep: 0,
    seat,

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
      const world = snapshot.scenarioId === null ? undefined : deps.worlds.get(snapshot.scenarioId);
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
    setSeat(next) {
      set({ seat: next });
      // The save now records this window as the one that holds it.
      if (next.role === 'presenting') persist();
    },
  };
}
