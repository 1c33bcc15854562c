import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';
import { type PageControl, reloadWhenServed } from './fresh-page';

/** Seconds of visible warning before a kiosk resets (WCAG 2.2.1 asks for at least 20). */
export const COUNTDOWN_SECONDS = 20;
/** Seconds left at which a screen reader hears the countdown again (it hears the start too). */
export const SPOKEN_AT: readonly number[] = [10, 5];

/** What counts as someone at the kiosk: touch, pointer, keys, focus moving and scrolling. */
const ACTIVITY = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'keydown',
  'wheel',
  'focusin',
  'scroll',
] as const;

/**
 * Watches a festival kiosk for inactivity. After `idleSeconds` without input away from the
 * attract screen, a warning counts down COUNTDOWN_SECONDS; when it runs out, the game resets for
 * the next visitor and focus is on the attract screen's heading. "Ik speel verder" (or any other
 * input) closes the warning and puts focus back where it was. A screen reader hears the warning
 * when it opens and again at SPOKEN_AT seconds, not every second.
 *
 * With `freshPage`, every return to the attract screen (this reset, or "Klaar" on the results card)
 * then starts the next visitor on a fresh page when the server answers
 * (src/ui/kiosk/fresh-page.ts); the page starts with focus on the attract screen's heading, so a
 * reloaded kiosk is where the in-page reset leaves it. Returns the stop function.
 */
export function watchKioskIdle(
  root: HTMLElement,
  deps: ViewDeps,
  idleSeconds: number,
  freshPage?: PageControl,
): () => void {
  let idleTimer: number | undefined;
  let tickTimer: number | undefined;
  let warning: { overlay: HTMLElement; returnTo: Element | null; inerted: HTMLElement[] } | null =
    null;

  /** Closes the warning; with `restore`, focus goes back to where it was before it opened. */
  const closeWarning = (restore: boolean): void => {
    window.clearInterval(tickTimer);
    if (warning === null) return;
    const { overlay, returnTo, inerted } = warning;
    warning = null;
    for (const element of inerted) element.removeAttribute('inert');
    overlay.remove();
    if (restore) focusBack(root, returnTo);
  };
  const reset = (): void => {
    closeWarning(false);
    // In the page first, always: the visitor's game is gone at once, whatever the server does,
    // and this is the whole reset when the server does not answer.
    deps.store.getState().resetForNextPlayer();
    focusAttractHeading(root);
    arm();
  };
  const openWarning = (): void => {
    if (deps.store.getState().screen === 'title') {
      arm();
      return;
    }
    const box = renderWarning(deps, () => {
      closeWarning(true);
      arm();
    });
    const returnTo = document.activeElement;
    const inerted = inertAllBut(root);
    root.append(box.overlay);
    warning = { overlay: box.overlay, returnTo, inerted };
    box.overlay.querySelector('button')?.focus();
    tickTimer = startCountdown(deps, box, reset);
  };
  const arm = (): void => {
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(openWarning, idleSeconds * 1000);
  };
  const activity = (event: Event): void => {
    if (warning === null) {
      arm();
      return;
    }
    // While the warning shows: focus moving into it and scrolling are the warning's own doing,
    // and a press on its button is handled by the button's click (so a key or tap that closes
    // the warning never lands on what is behind it).
    if (event.type === 'focusin' || event.type === 'scroll' || event.type === 'pointermove') return;
    const onButton =
      event.target instanceof Element && event.target.closest('.countdown-keep') !== null;
    if (onButton && (event.type !== 'keydown' || isPress(event as KeyboardEvent))) return;
    closeWarning(true);
    arm();
  };
  for (const type of ACTIVITY)
    document.addEventListener(type, activity, { passive: true, capture: true });
  // A kiosk page starts where a reset leaves it (also after reloading itself between visitors).
  if (isIdle(deps) && (document.activeElement === null || document.activeElement === document.body))
    focusAttractHeading(root);
  arm();
  // Every way back to the attract screen (this reset, or "Klaar" on the results card) starts
  // the next visitor on a fresh page when the server answers.
  const stopFresh =
    freshPage === undefined
      ? undefined
      : deps.store.subscribe(
          (s) => s.screen === 'title' && s.game === null,
          (idle) => {
            if (idle) void reloadWhenServed(freshPage, () => isIdle(deps));
          },
        );
  return () => {
    stopFresh?.();
    closeWarning(false);
    window.clearTimeout(idleTimer);
    for (const type of ACTIVITY) document.removeEventListener(type, activity, { capture: true });
  };
}

interface WarningBox {
  readonly overlay: HTMLElement;
  /** The visible count. */
  readonly count: HTMLElement;
  /** Empty until SPOKEN_AT seconds are left: the dialog itself is heard when it opens. */
  readonly spoken: HTMLElement;
}

/** The "Ben je er nog?" dialog with its count and its "Ik speel verder" button. */
function renderWarning(deps: ViewDeps, onKeep: () => void): WarningBox {
  const count = h(
    'p',
    { class: 'countdown-number', id: 'countdown-text' },
    uiText(deps, 'kiosk.countdown', { count: COUNTDOWN_SECONDS }),
  );
  const spoken = h('p', { class: 'visually-hidden', 'aria-live': 'assertive' });
  const overlay = h(
    'div',
    {
      class: 'kiosk-countdown',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'countdown-heading',
      'aria-describedby': 'countdown-text',
    },
    h(
      'div',
      { class: 'countdown-box' },
      h('h2', { id: 'countdown-heading' }, uiText(deps, 'kiosk.stillThere')),
      count,
      spoken,
      button(uiText(deps, 'kiosk.keepPlaying'), onKeep, { class: 'primary countdown-keep' }),
    ),
  );
  return { overlay, count, spoken };
}

/** Everything else waits behind the warning (and cannot take focus) until it closes. */
function inertAllBut(root: HTMLElement): HTMLElement[] {
  const inerted = [...root.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && !child.hasAttribute('inert'),
  );
  for (const element of inerted) element.setAttribute('inert', '');
  return inerted;
}

/** Counts the warning down once a second and calls `expire` at zero; returns the interval id. */
function startCountdown(deps: ViewDeps, box: WarningBox, expire: () => void): number {
  // Counted from the clock, not from the ticks: a busy or throttled page may skip ticks.
  const deadline = Date.now() + COUNTDOWN_SECONDS * 1000;
  let spokenAt = COUNTDOWN_SECONDS;
  return window.setInterval(() => {
    const left = Math.ceil((deadline - Date.now()) / 1000);
    if (left <= 0) {
      expire();
      return;
    }
    const text = uiText(deps, 'kiosk.countdown', { count: left });
    box.count.textContent = text;
    // Spoken once at each of SPOKEN_AT, even when a tick was skipped past it.
    const due = SPOKEN_AT.filter((at) => left <= at && at < spokenAt);
    if (due.length > 0) {
      spokenAt = Math.min(...due);
      box.spoken.textContent = text;
    }
  }, 1000);
}

/** On the attract screen with no game: nobody is playing. */
const isIdle = (deps: ViewDeps): boolean => {
  const { screen, game } = deps.store.getState();
  return screen === 'title' && game === null;
};

/** The attract screen's heading is where a keyboard or screen reader starts (WCAG 2.4.3). */
function focusAttractHeading(root: HTMLElement): void {
  const heading = root.querySelector<HTMLElement>('[data-screen-heading]');
  if (heading === null || document.activeElement === heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

const isPress = (event: KeyboardEvent): boolean => event.key === 'Enter' || event.key === ' ';

/** Focus back where it was; if that is gone, the screen's heading. */
function focusBack(root: HTMLElement, element: Element | null): void {
  if (element instanceof HTMLElement && element.isConnected && element !== document.body) {
    element.focus();
    if (document.activeElement === element) return;
  }
  const heading = root.querySelector<HTMLElement>('[data-screen-heading]');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}
