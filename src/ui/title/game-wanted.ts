/**
 * When the title's script loads the rest of the game. Loading it means seconds of work on the main
 * thread (the game's script, reading and checking the stories, the map's script): on a cheap
 * phone that is half-second blocks during which a tap waits. So the title is left alone until a
 * visitor shows they are there (moves the pointer, touches, scrolls, presses a key, moves focus or
 * chooses), or has been on it for a while without a sign (reading it, or a screen reader user
 * listening).
 */
import { WIDE_ENOUGH } from './living-town';

/** Any of these on the page means a visitor is using it. */
const SIGNS = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'keydown',
  'wheel',
  'scroll',
  'focusin',
] as const;

/** How long a title without any sign waits before the game loads anyway. */
export const QUIET_MS = 3000;
/**
 * On a wide screen the title's hero is the living town (living-town.ts), which needs the game: it
 * comes alive after this much quiet. Such screens are laptops and desktops, which do the work in
 * a fraction of a phone's time.
 */
export const LIVING_TOWN_QUIET_MS = 1000;

/** The quiet time for this screen. */
export function quietTime(): number {
  return typeof matchMedia === 'function' && matchMedia(WIDE_ENOUGH).matches
    ? LIVING_TOWN_QUIET_MS
    : QUIET_MS;
}

/** Resolves at the first sign of a visitor, at `chosen`, or after `quietMs` and an idle moment. */
export function whenGameWanted(chosen: Promise<unknown>, quietMs = quietTime()): Promise<void> {
  return new Promise((resolve) => {
    const wanted = (): void => {
      clearTimeout(timer);
      for (const sign of SIGNS) removeEventListener(sign, wanted, true);
      resolve();
    };
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(wanted, { timeout: 1000 });
      else wanted();
    }, quietMs);
    for (const sign of SIGNS) addEventListener(sign, wanted, { capture: true, passive: true });
    void chosen.then(wanted, wanted);
  });
}
