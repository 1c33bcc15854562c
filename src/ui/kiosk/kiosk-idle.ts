import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Seconds of visible warning before a kiosk resets for the next visitor. */
export const COUNTDOWN_SECONDS = 10;

/**
 * Watches a festival kiosk for inactivity. After `idleSeconds` without a touch, click or key away
 * from the attract screen, a visible countdown appears; when it runs out, the game resets for the
 * next visitor. Any input cancels it. Returns the stop function.
 */
export function watchKioskIdle(root: HTMLElement, deps: ViewDeps, idleSeconds: number): () => void {
  let idleTimer: number | undefined;
  let tickTimer: number | undefined;
  let overlay: HTMLElement | null = null;

  const clearCountdown = (): void => {
    window.clearInterval(tickTimer);
    overlay?.remove();
    overlay = null;
  };
  const reset = (): void => {
    clearCountdown();
    deps.store.getState().resetForNextPlayer();
  };
  const startCountdown = (): void => {
    if (deps.store.getState().screen === 'title') {
      arm();
      return;
    }
    let left = COUNTDOWN_SECONDS;
    const count = h(
      'p',
      { class: 'countdown-number', 'aria-live': 'assertive' },
      uiText(deps, 'kiosk.countdown', { count: left }),
    );
    overlay = h(
      'div',
      {
        class: 'kiosk-countdown',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'countdown-heading',
      },
      h(
        'div',
        { class: 'countdown-box' },
        h('h2', { id: 'countdown-heading' }, uiText(deps, 'kiosk.stillThere')),
        count,
        button(
          uiText(deps, 'kiosk.keepPlaying'),
          () => {
            activity();
          },
          { class: 'primary' },
        ),
      ),
    );
    root.append(overlay);
    overlay.querySelector('button')?.focus();
    tickTimer = window.setInterval(() => {
      left -= 1;
      if (left <= 0) reset();
      else count.textContent = uiText(deps, 'kiosk.countdown', { count: left });
    }, 1000);
  };
  const arm = (): void => {
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(startCountdown, idleSeconds * 1000);
  };
  const activity = (): void => {
    clearCountdown();
    arm();
  };
  const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
  for (const type of events)
    document.addEventListener(type, activity, { passive: true, capture: true });
  arm();
  return () => {
    clearCountdown();
    window.clearTimeout(idleTimer);
    for (const type of events) document.removeEventListener(type, activity, { capture: true });
  };
}
