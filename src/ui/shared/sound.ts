import { newBadges } from '../../engine/badges';
import type { GameState } from '../../engine/state';
import type { AppStoreApi } from '../../store/app-store';

/**
 * Short optional sounds, made in code with the Web Audio API (no files, no requests): a post
 * sent, a badge earned, a burst of shares. Off until the player turns them on; no AudioContext
 * exists before that, so the browser never warns about audio that starts by itself.
 */
export type Cue = 'post' | 'burst' | 'badge';

/** A move's shares are a burst from this many on, and only when they jump past the best so far. */
export const BURST_MIN_SHARES = 1000;
const BURST_JUMP = 1.5;

/** The cues a change of game makes: only a new move of the same game, in the order heard. */
export function cuesOf(before: GameState, after: GameState): Cue[] {
  if (
    before.scenarioId !== after.scenarioId ||
    before.seed !== after.seed ||
    after.history.length !== before.history.length + 1
  )
    return [];
  const move = after.history[after.history.length - 1];
  if (move === undefined) return [];
  const cues: Cue[] = [];
  const post = after.feed.find((p) => p.byPlayer && p.turn === move.turn);
  if (post !== undefined) {
    cues.push('post');
    const shares = post.reactions?.shares ?? 0;
    const best = Math.max(
      0,
      ...before.feed.filter((p) => p.byPlayer).map((p) => p.reactions?.shares ?? 0),
    );
    if (shares >= BURST_MIN_SHARES && shares >= best * BURST_JUMP) cues.push('burst');
  }
  if (newBadges(after).length > 0) cues.push('badge');
  return cues;
}

// The slice of the Web Audio API the cues use, so a test can hand in a fake context.
interface ParamLike {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  exponentialRampToValueAtTime(value: number, time: number): unknown;
}
interface NodeLike {
  connect(destination: NodeLike): unknown;
  disconnect(): void;
}
interface OscillatorLike extends NodeLike {
  type: OscillatorType;
  readonly frequency: ParamLike;
  onended: ((this: never, event: Event) => unknown) | null;
  start(when: number): void;
  stop(when: number): void;
}
interface GainLike extends NodeLike {
  readonly gain: ParamLike;
}
export interface AudioContextLike {
  readonly currentTime: number;
  readonly destination: NodeLike;
  readonly state: string;
  createOscillator(): OscillatorLike;
  createGain(): GainLike;
  resume(): Promise<void>;
  close(): Promise<void>;
}

/** One note: a wave from one pitch (gliding to another), a quick attack and a soft decay. */
interface Note {
  readonly at: number;
  readonly length: number;
  readonly from: number;
  readonly to?: number;
  readonly wave: OscillatorType;
  readonly peak: number;
}

/** Each cue's notes (seconds from its start) and how long it lasts before the next may start. */
const CUES: Readonly<Record<Cue, { readonly notes: readonly Note[]; readonly length: number }>> = {
  // A soft "whoop" upwards: the post leaves.
  post: {
    notes: [{ at: 0, length: 0.14, from: 520, to: 1040, wave: 'sine', peak: 0.12 }],
    length: 0.16,
  },
  // Quick rising blips: shares pile up.
  burst: {
    notes: [660, 784, 880, 988, 1175].map((from, i) => ({
      at: i * 0.05,
      length: 0.07,
      from,
      wave: 'triangle' as const,
      peak: 0.07,
    })),
    length: 0.32,
  },
  // A three-note chime (C, E, G): the badge.
  badge: {
    notes: [1047, 1319, 1568].map((from, i) => ({
      at: i * 0.08,
      length: 0.4,
      from,
      wave: 'sine' as const,
      peak: 0.1,
    })),
    length: 0.6,
  },
};

export interface SoundPlayer {
  /** Plays the cues one after another; the first call makes the audio context. Never throws. */
  play(cues: readonly Cue[]): void;
  /** Closes the audio context (sound turned off, a game over); the next cue makes a new one. */
  release(): void;
}

/**
 * A player that makes its context only when a cue is played (the player turned sound on, or a
 * move with sound on: both follow a click or key press). A browser without Web Audio stays silent.
 */
export function createSoundPlayer(newContext: () => AudioContextLike | null): SoundPlayer {
  let context: AudioContextLike | null = null;
  const note = (ctx: AudioContextLike, start: number, n: Note): void => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = n.wave;
    const begin = start + n.at;
    const end = begin + n.length;
    osc.frequency.setValueAtTime(n.from, begin);
    if (n.to !== undefined) osc.frequency.exponentialRampToValueAtTime(n.to, end);
    gain.gain.setValueAtTime(0.0001, begin);
    gain.gain.linearRampToValueAtTime(n.peak, begin + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, end);
    osc.connect(gain);
    gain.connect(ctx.destination);
    // Nodes are let go when they end: the kiosk plays all day.
    osc.onended = () => {
      osc.disconnect();
      gain.disconnect();
    };
    osc.start(begin);
    osc.stop(end + 0.02);
  };
  return {
    play(cues) {
      if (cues.length === 0) return;
      try {
        context ??= newContext();
        const ctx = context;
        if (ctx === null) return;
        if (ctx.state === 'suspended') ctx.resume().catch(() => undefined);
        let start = ctx.currentTime + 0.01;
        for (const cue of cues) {
          for (const n of CUES[cue].notes) note(ctx, start, n);
          start += CUES[cue].length;
        }
      } catch {
        // Sound is a nicety: an audio system that refuses must not stop the game.
      }
    },
    release() {
      const ctx = context;
      context = null;
      ctx?.close().catch(() => undefined);
    },
  };
}

/** The page's audio context, or null where the browser has no Web Audio. */
export function browserAudioContext(): AudioContextLike | null {
  return typeof AudioContext === 'function' ? new AudioContext() : null;
}

/**
 * Plays the cues of each move while the player has sound on. Returns how to stop: the play
 * screen calls it when the game is left, which also closes the audio context.
 */
export function watchGameSounds(store: AppStoreApi, player: SoundPlayer): () => void {
  const unsubscribe = store.subscribe(
    (s) => s.game,
    (next, previous) => {
      const { sound, seat } = store.getState();
      // A facilitator window that only watches mirrors the presenter's moves: the presenter's
      // window plays them already, on the same machine.
      if (!sound || seat.role === 'watching' || next === null || previous === null) return;
      player.play(cuesOf(previous, next));
    },
  );
  return () => {
    unsubscribe();
    player.release();
  };
}
