import { focusHeading, focusKey, h, restoreFocus } from '../shared/dom';
import { renderOutcome } from '../play/move-outcome';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';
import { clickerKeys } from './clicker-keys';
import { renderBottomActions, renderTopActions } from './panel-actions';
import { playChoice, roomOptions, stepKey } from './room-options';
import { renderSeatNotice } from './seat-notice';
import { createStepTimer } from './step-timer';
import { renderVotes, VoteTally } from './vote-tally';

/** What the room's last move did and why, and the step's question: talking points. */
function renderNotes(deps: ViewDeps): (HTMLElement | false)[] {
  const { world, game, screen } = deps.store.getState();
  if (world === null || game === null || screen !== 'play') return [];
  const node = world.nodes.get(game.nodeId);
  const last = game.history[game.history.length - 1]?.outcome ?? null;
  return [
    last !== null &&
      h(
        'div',
        { class: 'last-outcome-notes' },
        h('h3', {}, uiText(deps, 'outcome.heading')),
        renderOutcome(deps, world, last, 'notes'),
      ),
    node?.prompt !== undefined &&
      h(
        'div',
        { class: 'prompt' },
        h('h3', {}, uiText(deps, 'facilitator.question')),
        h('p', {}, scenarioText(deps, world, node.prompt)),
      ),
  ];
}

/**
 * The presenter's panel (?mode=facilitator): opens the projector window, shows the discussion
 * question and speaker notes for this step, keeps the room's tally of hands per option, a timer
 * per step (and for the session), rewind, blank and the way into the group debrief. Clicker
 * keys: see clicker-keys. Returns the unmount function.
 */
export function mountFacilitatorPanel(root: HTMLElement, deps: ViewDeps): () => void {
  const { store } = deps;
  const tally = new VoteTally();
  let step = '';
  const timer = createStepTimer(deps, () => {
    render();
  });
  let role = store.getState().seat.role;
  // One status region for good, its words replaced only when the seat changes: a region made
  // anew on every snapshot is not reliably read out.
  const seatSlot = h('div', { role: 'status', class: 'seat-slot' });
  let seatShown = '';

  function render(): void {
    const key = stepKey(deps);
    if (key !== step) {
      tally.clear();
      if (step !== '') timer.newStep();
      step = key;
    }
    const { seat } = store.getState();
    // A window that only watches gets no controls: who presents, and the way to take over.
    const drives = seat.role === 'presenting' || seat.role === 'none';
    const options = drives ? roomOptions(deps) : [];
    const hadFocus = root.contains(document.activeElement);
    const seatText = `${deps.i18n.language}:${JSON.stringify(seat)}`;
    if (seatText !== seatShown) {
      seatShown = seatText;
      seatSlot.replaceChildren(renderSeatNotice(deps) || '');
    }
    // Drawn again on every change the presenter makes: focus stays on the same control.
    const focused = hadFocus ? focusKey() : null;
    root.replaceChildren(
      h(
        'aside',
        { class: 'facilitator-panel', 'aria-labelledby': 'facilitator-heading' },
        h('h2', { id: 'facilitator-heading' }, uiText(deps, 'facilitator.heading')),
        seatSlot,
        drives && renderTopActions(deps, timer.render()),
        ...(drives ? renderNotes(deps) : []),
        options.length > 0 && renderVotes(deps, options, tally, render),
        drives && renderBottomActions(deps),
      ),
    );
    restoreFocus(root, focused);
    if (seat.role !== role) {
      role = seat.role;
      seatChanged(hadFocus);
    }
  }

  /**
   * The seat changed hands: focus that was on a control now gone (or on the screen, now inert)
   * goes to the panel's notice, so keyboard and screen-reader users learn what happened.
   */
  function seatChanged(hadFocus: boolean): void {
    queueMicrotask(() => {
      const active = document.activeElement;
      const lost =
        hadFocus ||
        active === null ||
        active === document.body ||
        active.closest('[inert]') !== null;
      if (!lost) return;
      focusHeading(
        root.querySelector<HTMLElement>('[data-seat-heading]') ??
          root.querySelector<HTMLElement>('#facilitator-heading'),
      );
    });
  }

  const onKey = clickerKeys(
    deps,
    () => tally.choice(roomOptions(deps)),
    (id) => {
      playChoice(deps, id);
    },
  );
  const onPresenterKey = (event: KeyboardEvent): void => {
    if (store.getState().seat.role !== 'watching') onKey(event);
  };
  document.addEventListener('keydown', onPresenterKey);
  const unsubscribe = store.subscribe(
    (s) => [s.game, s.screen, s.blank, s.groupStep, s.defenceFeedback, s.seat] as const,
    render,
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  deps.i18n.on('languageChanged', render);
  render();
  return () => {
    timer.stop();
    document.removeEventListener('keydown', onPresenterKey);
    unsubscribe();
    deps.i18n.off('languageChanged', render);
  };
}
