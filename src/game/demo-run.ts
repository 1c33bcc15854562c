import { selectChoice } from '../engine/actions';
import { reduce } from '../engine/reducer';
import { availableChoices } from '../engine/selectors';
import { createInitialState, type GameState } from '../engine/state';
import type { World } from '../engine/world';
import { MAX_STEPS } from './dot-states';
import { TICK_MS } from './keys';

/** Where the map reads the game it shows from: the store in play, a demo run on the title. */
export interface GameFeed {
  current(): GameState | null;
  /** Calls back with every new game state; returns how to stop listening. */
  subscribe(listener: (game: GameState) => void): () => void;
}

/** The demo's seed: the same town, the same spread, every time. */
export const DEMO_SEED = 20_241;
/** How many moves the demo makes before it starts over. */
export const DEMO_MOVES = 3;
/** Pauses of the loop (ms): before the first move, after each move, before starting over. */
const FIRST_MS = 1200;
const BETWEEN_MS = 1400;
const OVER_MS = 3500;

/** A demo run on a page: a feed for the map, started and stopped with the title. */
export interface DemoRun extends GameFeed {
  /** Computes the first picture in an idle moment (the residents are made then), then calls back. */
  whenReady(run: () => void): void;
  start(): void;
  stop(): void;
}

/** Waits for an idle moment (or `timeout` ms), then calls back; returns how to cancel. */
type Idle = (run: () => void) => () => void;

const whenIdle: Idle = (run) => {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => {
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(run, 50);
  return () => {
    clearTimeout(id);
  };
};

/**
 * The title's living town: a real game of the story played by the engine with a fixed seed,
 * its first moves each the story's first technique on offer, shown in a loop: everyone unaware,
 * then move after move the rumour spreads tick by tick (the map's pulse where it enters), then
 * the town forgets and it starts again. Each move is computed in its own idle moment, never in
 * one long task. Under reduced motion the map shows the town after the demo's moves, still. The
 * loop pauses while the page is hidden; nothing of it reaches the store or a save.
 */
export function demoRun(world: World, reducedMotion: boolean, idle: Idle = whenIdle): DemoRun {
  const states: GameState[] = [];
  const listeners = new Set<(game: GameState) => void>();
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let cancelFirst: (() => void) | undefined;
  let running = false;
  /** Every state of the run is computed. */
  let exhausted = false;

  /** The next state of the run, computed now; undefined when the story has no further move. */
  const computeNext = (): GameState | undefined => {
    const last = states[states.length - 1];
    if (last === undefined) {
      const first = createInitialState(world, DEMO_SEED);
      states.push(first);
      return first;
    }
    if (states.length > DEMO_MOVES || last.ending !== null) return undefined;
    const choices = availableChoices(world, last);
    const move = choices.find((c) => (c.techniques?.length ?? 0) > 0) ?? choices[0];
    if (move === undefined) return undefined;
    const next = reduce(world, last, selectChoice(move.id));
    if (next.lastError !== null) return undefined;
    states.push(next);
    if (states.length > DEMO_MOVES || next.ending !== null) exhausted = true;
    return next;
  };
  /** Everything the run will show, computed at once (the still picture needs its end). */
  const computeAll = (): void => {
    while (computeNext() !== undefined);
  };
  /** The loop waits for the next move to be computed. */
  let waiting = false;
  /** The next move computed in an idle moment, so a click on Play never waits behind it. */
  const prepare = (): void => {
    if (exhausted || cancelIdle !== undefined || !running) return;
    cancelIdle = idle(() => {
      cancelIdle = undefined;
      if (computeNext() === undefined) exhausted = true;
      // Always one state ready beyond the one shown.
      if (!exhausted && states.length <= shown + 1) prepare();
      else if (waiting) {
        waiting = false;
        advance();
      }
    });
  };

  const emit = (index: number): void => {
    const game = states[index];
    if (game === undefined) return;
    shown = index;
    for (const listener of listeners) listener(game);
  };

  /** How long the map takes for the move just shown, plus a pause. */
  const playTime = (index: number): number => {
    const before = states[index - 1]?.frames.length ?? 0;
    const added = (states[index]?.frames.length ?? 0) - before;
    return Math.min(MAX_STEPS, Math.max(1, added)) * TICK_MS;
  };

  const advance = (): void => {
    timer = undefined;
    if (!running) return;
    const next = shown + 1;
    if (next < states.length) {
      emit(next);
      schedule(playTime(next) + (next === states.length - 1 && exhausted ? OVER_MS : BETWEEN_MS));
      prepare();
      return;
    }
    if (!exhausted) {
      waiting = true; // the idle computation goes on when the move is ready
      prepare();
      return;
    }
    // Over: the town forgets (the map eases back), and the run starts again.
    emit(0);
    schedule(TICK_MS * 2 + FIRST_MS);
  };

  const schedule = (ms: number): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(advance, ms);
  };

  const onVisibility = (): void => {
    if (document.hidden) pause();
    else if (running) schedule(BETWEEN_MS);
  };
  const pause = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    waiting = false;
    cancelIdle?.();
    cancelIdle = undefined;
  };

  return {
    current() {
      if (states.length === 0) {
        if (reducedMotion) computeAll();
        else computeNext();
      }
      return states[reducedMotion ? states.length - 1 : shown] ?? null;
    },
    whenReady(run) {
      if (states.length > 0) {
        run();
        return;
      }
      cancelFirst = idle(() => {
        cancelFirst = undefined;
        if (reducedMotion) computeAll();
        else computeNext();
        run();
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start() {
      if (running || reducedMotion) return;
      running = true;
      document.addEventListener('visibilitychange', onVisibility);
      if (!document.hidden) schedule(FIRST_MS);
      prepare();
    },
    stop() {
      running = false;
      pause();
      cancelFirst?.();
      cancelFirst = undefined;
      document.removeEventListener('visibilitychange', onVisibility);
      listeners.clear();
    },
  };
}
