import { h } from '../shared/dom';
import { renderOutcome } from '../play/move-outcome';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';
import { clickerKeys } from './clicker-keys';
import { renderBottomActions, renderTopActions } from './panel-actions';
import { playChoice, roomOptions, stepKey } from './room-options';
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

  function render(): void {
    const key = stepKey(deps);
    if (key !== step) {
      tally.clear();
      if (step !== '') timer.newStep();
      step = key;
    }
    const options = roomOptions(deps);
    root.replaceChildren(
      h(
        'aside',
        { class: 'facilitator-panel', 'aria-labelledby': 'facilitator-heading' },
        h('h2', { id: 'facilitator-heading' }, uiText(deps, 'facilitator.heading')),
        renderTopActions(deps, timer.render()),
        ...renderNotes(deps),
        options.length > 0 && renderVotes(deps, options, tally, render),
        renderBottomActions(deps),
      ),
    );
  }

  const onKey = clickerKeys(
    deps,
    () => tally.choice(roomOptions(deps)),
    (id) => {
      playChoice(deps, id);
    },
  );
  document.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe(
    (s) => [s.game, s.screen, s.blank, s.groupStep, s.defenceFeedback] as const,
    render,
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  deps.i18n.on('languageChanged', render);
  render();
  return () => {
    timer.stop();
    document.removeEventListener('keydown', onKey);
    unsubscribe();
    deps.i18n.off('languageChanged', render);
  };
}
