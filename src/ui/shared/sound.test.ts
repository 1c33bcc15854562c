import { describe, expect, it } from 'vitest';

import type { GameState } from '../../engine/state';
import { viewDeps } from '../../../tests/support/view-setup';
import {
  type AudioContextLike,
  BURST_MIN_SHARES,
  createSoundPlayer,
  cuesOf,
  watchGameSounds,
} from './sound';
import { snapshotOf } from '../../store/app-store';

/** The notes a cue starts with, as the fake context hears them (each note's first pitch). */
const FIRST_PITCH = { post: [520], burst: [660, 784, 880, 988, 1175], badge: [1047, 1319, 1568] };

/** A fake AudioContext that records every note started (pitch and time) and what was closed. */
function fakeAudio(state = 'running') {
  const notes: { pitch: number; at: number }[] = [];
  const connected = new Set<object>();
  const calls = { made: 0, closed: 0, resumed: 0 };
  const param = (onSet?: (value: number, time: number) => void) => ({
    setValueAtTime: (value: number, time: number) => onSet?.(value, time),
    linearRampToValueAtTime: () => undefined,
    exponentialRampToValueAtTime: () => undefined,
  });
  const node = () => {
    const self = {
      connect: (dest: object) => {
        connected.add(self);
        return dest;
      },
      disconnect: () => {
        connected.delete(self);
      },
    };
    return self;
  };
  const oscillators: { onended: ((this: never, event: Event) => unknown) | null }[] = [];
  const make = (): AudioContextLike => {
    calls.made += 1;
    let pitch = 0;
    return {
      currentTime: 10,
      destination: node(),
      state,
      createOscillator() {
        const osc = {
          ...node(),
          type: 'sine' as OscillatorType,
          frequency: param((value) => {
            pitch = value;
          }),
          onended: null,
          start: (at: number) => notes.push({ pitch, at }),
          stop: () => undefined,
        };
        oscillators.push(osc);
        return osc;
      },
      createGain: () => ({ ...node(), gain: param() }),
      resume: () => {
        calls.resumed += 1;
        return Promise.resolve();
      },
      close: () => {
        calls.closed += 1;
        return Promise.resolve();
      },
    };
  };
  /** Ends every note, as the audio thread would once they have played. */
  const endAll = (): void => {
    for (const osc of oscillators) osc.onended?.call(undefined as never, new Event('ended'));
  };
  return { make, notes, calls, connected, endAll };
}

/** A store on the fixture story, a game started; `lie` posts and earns a badge, `honest` neither. */
async function game() {
  const { store } = await viewDeps();
  store.getState().startScenario('proef');
  return store;
}

/** A copy of a game whose player's posts have these shares (in feed order). */
function withShares(state: GameState, shares: readonly number[]): GameState {
  let i = 0;
  const feed = state.feed.map((p) => {
    if (!p.byPlayer || p.reactions === null) return p;
    const value = shares[i] ?? 0;
    i += 1;
    return { ...p, reactions: { ...p.reactions, shares: value } };
  });
  return { ...state, feed };
}

describe('which cue each event makes', () => {
  it('a move with a post sends the post cue, and a technique used first earns the badge cue', async () => {
    const store = await game();
    const before = store.getState().game as GameState;
    store.getState().choose('lie');
    const after = store.getState().game as GameState;
    const quiet = withShares(after, [10]);
    expect(cuesOf(before, quiet)).toEqual(['post', 'badge']);
  });

  it('a move without a post or technique makes no sound; neither does a load, rewind or new game', async () => {
    const store = await game();
    const start = store.getState().game as GameState;
    store.getState().choose('honest');
    const honest = store.getState().game as GameState;
    expect(cuesOf(start, honest)).toEqual([]);
    expect(cuesOf(honest, start)).toEqual([]); // rewound
    expect(cuesOf(start, { ...honest, seed: honest.seed + 1 })).toEqual([]);
  });

  it('a burst when the shares jump to at least 1000 and half as many again as the best before', async () => {
    const store = await game();
    const start = store.getState().game as GameState;
    store.getState().choose('lie');
    const one = store.getState().game as GameState;
    expect(cuesOf(start, withShares(one, [BURST_MIN_SHARES]))).toEqual(['post', 'burst', 'badge']);
    expect(cuesOf(start, withShares(one, [BURST_MIN_SHARES - 1]))).toEqual(['post', 'badge']);
    // One more post after a first one of 800 shares: 1200 is the jump it needs.
    const next = (shares: number): GameState => {
      const first = withShares(one, [800]);
      const post = first.feed.find((p) => p.byPlayer);
      if (post === undefined) throw new Error('the fixture posts on lie');
      const move = { ...first.history[0], turn: 9 } as GameState['history'][number];
      const second = { ...post, id: 999, turn: 9, reactions: { ...post.reactions!, shares } };
      return { ...first, history: [...first.history, move], feed: [...first.feed, second] };
    };
    expect(cuesOf(withShares(one, [800]), next(1200))).toEqual(['post', 'burst']);
    expect(cuesOf(withShares(one, [800]), next(1199))).toEqual(['post']);
  });
});

describe('the sound player with a fake AudioContext', () => {
  it('makes no context until a cue plays; plays the cues one after another; lets notes go', () => {
    const audio = fakeAudio();
    const player = createSoundPlayer(audio.make);
    player.play([]);
    expect(audio.calls.made).toBe(0);
    player.play(['post', 'badge']);
    expect(audio.calls.made).toBe(1);
    expect(audio.notes.map((n) => n.pitch)).toEqual([...FIRST_PITCH.post, ...FIRST_PITCH.badge]);
    const [post, chime] = [audio.notes[0]?.at ?? 0, audio.notes[1]?.at ?? 0];
    expect(post).toBeGreaterThanOrEqual(10);
    expect(chime).toBeGreaterThan(post);
    expect(audio.connected.size).toBeGreaterThan(0);
    audio.endAll();
    expect(audio.connected.size).toBe(0);
    player.play(['burst']);
    expect(audio.calls.made).toBe(1); // one context, reused
    player.release();
    expect(audio.calls.closed).toBe(1);
    player.play(['post']);
    expect(audio.calls.made).toBe(2);
  });

  it('wakes a suspended context, and stays silent (never throws) without Web Audio', () => {
    const audio = fakeAudio('suspended');
    createSoundPlayer(audio.make).play(['post']);
    expect(audio.calls.resumed).toBe(1);
    expect(() => {
      createSoundPlayer(() => null).play(['badge']);
      createSoundPlayer(() => {
        throw new Error('NotSupportedError');
      }).play(['badge']);
    }).not.toThrow();
  });
});

describe('sounds follow the game while sound is on', () => {
  it('plays the right cues on a move only when sound is on, and lets go when the game is left', async () => {
    const store = await game();
    const audio = fakeAudio();
    const stop = watchGameSounds(store, createSoundPlayer(audio.make));
    store.getState().choose('lie');
    expect(audio.calls.made).toBe(0); // sound is off by default: no context at all
    store.getState().restart();
    store.getState().setSound(true);
    const before = store.getState().game as GameState;
    store.getState().choose('lie');
    const expected = cuesOf(before, store.getState().game as GameState).flatMap(
      (cue) => FIRST_PITCH[cue],
    );
    expect(expected.slice(0, 1)).toEqual(FIRST_PITCH.post);
    expect(expected.slice(-3)).toEqual(FIRST_PITCH.badge);
    expect(audio.notes.map((n) => n.pitch)).toEqual(expected);
    const heard = audio.notes.length;
    store.getState().choose('wait'); // no post, no new technique
    expect(audio.notes).toHaveLength(heard);
    stop();
    expect(audio.calls.closed).toBe(1);
    store.getState().restart();
    store.getState().choose('lie');
    expect(audio.notes).toHaveLength(heard); // no listener left after the game
  });

  it('a facilitator window that only watches plays nothing: the presenter’s window plays the move', async () => {
    const presenter = await game();
    presenter.getState().setSound(true);
    presenter.getState().choose('lie');
    const watcher = await game();
    watcher.getState().setSound(true);
    watcher.getState().setSeat({ role: 'watching', self: 'BBBB', presenter: null });
    const audio = fakeAudio();
    const stop = watchGameSounds(watcher, createSoundPlayer(audio.make));
    watcher.getState().mirror(snapshotOf(presenter.getState()));
    expect(watcher.getState().game?.history).toHaveLength(1);
    expect(audio.notes).toEqual([]);
    stop();
  });
});
