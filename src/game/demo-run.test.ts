import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { world } from '../../tests/support/fixtures';
import type { GameState } from '../engine/state';
import { DEMO_MOVES, demoRun } from './demo-run';

/** An idle moment: the next timer turn. */
const soon = (run: () => void): (() => void) => {
  const id = setTimeout(run, 0);
  return () => {
    clearTimeout(id);
  };
};

let page: EventTarget & { hidden: boolean };

beforeEach(() => {
  vi.useFakeTimers();
  page = Object.assign(new EventTarget(), { hidden: false });
  vi.stubGlobal('document', page);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Starts a run and records what it shows, its first picture included. */
function watch(reduced = false): { shown: GameState[]; stop: () => void } {
  const run = demoRun(world(), reduced, soon);
  const first = run.current();
  const shown: GameState[] = first ? [first] : [];
  run.subscribe((game) => shown.push(game));
  run.start();
  return {
    shown,
    stop: () => {
      run.stop();
    },
  };
}

describe('the title’s demo run', () => {
  it('plays the story’s moves with the engine, tick by tick, then starts over, in a loop', async () => {
    const { shown, stop } = watch();
    await vi.advanceTimersByTimeAsync(60_000);
    stop();
    const turns = shown.map((g) => g.history.length);
    // Everyone unaware, then move after move (the fixture's story ends after two), then again.
    expect(turns.slice(0, 6)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(Math.max(...turns)).toBeLessThanOrEqual(DEMO_MOVES);
    const frames = shown.map((g) => g.frames.length);
    expect(frames[1]).toBeGreaterThan(0);
    expect(frames[2]).toBeGreaterThan(frames[1] ?? 0);
    // The same seed every time: the same picture.
    const again = watch();
    await vi.advanceTimersByTimeAsync(10_000);
    again.stop();
    expect(again.shown[1]?.frames).toEqual(shown[1]?.frames);
  });

  it('waits while the page is hidden and goes on when it is seen again; stop ends it', async () => {
    const { shown, stop } = watch();
    page.hidden = true;
    page.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(shown).toHaveLength(1);
    page.hidden = false;
    page.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(shown.length).toBeGreaterThan(1);
    stop();
    const count = shown.length;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(shown).toHaveLength(count);
  });

  it('makes its first picture in an idle moment of its own, not when it is asked for; stop cancels it', async () => {
    const run = demoRun(world(), false, soon);
    let ready = false;
    run.whenReady(() => {
      ready = true;
    });
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(ready).toBe(true);
    expect(run.current()?.history).toEqual([]);
    const cancelled = demoRun(world(), false, soon);
    let called = false;
    cancelled.whenReady(() => {
      called = true;
    });
    cancelled.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(called).toBe(false);
  });

  it('under reduced motion shows the town after the demo’s moves, still', async () => {
    const { shown, stop } = watch(true);
    await vi.advanceTimersByTimeAsync(30_000);
    stop();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.history.length).toBeGreaterThan(0);
    expect(shown[0]?.frames.length).toBeGreaterThan(0);
  });
});
