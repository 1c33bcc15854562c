import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Minutes and seconds, as a clock shows them: 03:07. */
export const clockText = (seconds: number): string =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

export interface StepTimer {
  /** The timer's box: time on this step, time of the session, and pause/resume. */
  render(): HTMLElement;
  /** A new step (a move, a rewind, the next response): its clock starts at 00:00. */
  newStep(): void;
  stop(): void;
}

/**
 * The presenter's timer: how long the room has spent on this step, and on the whole session.
 * Pause stops both (a break, a long discussion the presenter does not want to count).
 */
export function createStepTimer(deps: ViewDeps, rerender: () => void): StepTimer {
  let pausedAt: number | null = null;
  let pausedTotal = 0;
  const started = Date.now();
  let stepStarted = started;
  let pausedBeforeStep = 0;
  const now = (): number => pausedAt ?? Date.now();
  const seconds = (from: number, paused: number): number =>
    Math.max(0, Math.floor((now() - from - paused) / 1000));
  const stepClock = h('span', { class: 'timer', 'data-clock': 'step' });
  const totalClock = h('span', { class: 'timer', 'data-clock': 'total' });
  const show = (): void => {
    stepClock.textContent = clockText(seconds(stepStarted, pausedTotal - pausedBeforeStep));
    totalClock.textContent = clockText(seconds(started, pausedTotal));
  };
  const ticker = window.setInterval(show, 1000);
  return {
    render() {
      show();
      return h(
        'span',
        { class: 'timer-box', role: 'timer', 'aria-live': 'off' },
        uiText(deps, 'facilitator.stepTime'),
        ' ',
        stepClock,
        ' · ',
        uiText(deps, 'facilitator.totalTime'),
        ' ',
        totalClock,
        ' ',
        button(
          uiText(deps, pausedAt === null ? 'facilitator.pause' : 'facilitator.resume'),
          () => {
            if (pausedAt === null) pausedAt = Date.now();
            else {
              pausedTotal += Date.now() - pausedAt;
              pausedAt = null;
            }
            rerender();
          },
          { class: 'quiet', 'data-focus-key': 'timer' },
        ),
      );
    },
    newStep() {
      stepStarted = now();
      pausedBeforeStep = pausedTotal;
      show();
    },
    stop() {
      window.clearInterval(ticker);
    },
  };
}
