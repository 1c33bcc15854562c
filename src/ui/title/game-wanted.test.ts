import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { QUIET_MS, whenGameWanted } from './game-wanted';

/** Whether the promise has settled by now (after pending microtasks). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('whenGameWanted', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<button>Speel</button>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves the title alone while no visitor shows up, then loads after the quiet time', async () => {
    const wanted = whenGameWanted(new Promise(() => undefined));
    expect(await settled(wanted)).toBe(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 10);
    expect(await settled(wanted)).toBe(false);
    await vi.advanceTimersByTimeAsync(1100); // the quiet time, then an idle moment (at most 1 s)
    expect(await settled(wanted)).toBe(true);
  });

  it.each([
    [
      'a pointer that moves',
      () => document.body.dispatchEvent(new Event('pointermove', { bubbles: true })),
    ],
    ['a touch', () => document.body.dispatchEvent(new Event('touchstart', { bubbles: true }))],
    [
      'a key',
      () =>
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })),
    ],
    ['focus moving to a control', () => document.querySelector('button')?.focus()],
    ['scrolling', () => window.dispatchEvent(new Event('scroll'))],
  ])('loads the game at once on %s', async (_sign, act) => {
    const wanted = whenGameWanted(new Promise(() => undefined));
    act();
    expect(await settled(wanted)).toBe(true);
  });

  it('loads the game at once when the player chooses (a screen reader click has no pointer)', async () => {
    let choose = (): void => undefined;
    const wanted = whenGameWanted(new Promise<void>((resolve) => (choose = resolve)));
    choose();
    expect(await settled(wanted)).toBe(true);
  });

  it('stops listening once the game is wanted', async () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    const wanted = whenGameWanted(new Promise(() => undefined));
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.keyboard('{Tab}');
    await wanted;
    const signs = removed.mock.calls.map(([type]) => type);
    expect(signs).toEqual(
      expect.arrayContaining(['pointermove', 'pointerdown', 'touchstart', 'keydown', 'scroll']),
    );
  });
});
