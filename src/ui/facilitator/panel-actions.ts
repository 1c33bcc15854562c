import { button, h } from '../shared/dom';
import { uiText, type ViewDeps } from '../shared/view-deps';
import { GROUP_STEPS } from './group-debrief';

/** Open the projector window and blank it; the timer sits beside them. */
export function renderTopActions(deps: ViewDeps, timer: HTMLElement): HTMLElement {
  const { store } = deps;
  const state = store.getState();
  return h(
    'div',
    { class: 'actions' },
    button(
      uiText(deps, 'facilitator.openProjector'),
      () => {
        window.open(
          `${location.pathname}?mode=audience&lang=${state.language}`,
          'geruchtenmolen-projector',
        );
      },
      { class: 'secondary', 'data-focus-key': 'open-projector' },
    ),
    button(
      uiText(deps, state.blank ? 'facilitator.unblank' : 'facilitator.blank'),
      () => {
        store.getState().setBlank(!state.blank);
      },
      { class: 'secondary', 'aria-pressed': String(state.blank), 'data-focus-key': 'blank' },
    ),
    timer,
  );
}

/** Back one move, the way into the group debrief, and where the group debrief is. */
export function renderBottomActions(deps: ViewDeps): HTMLElement {
  const { store } = deps;
  const { game, screen, groupStep } = store.getState();
  return h(
    'div',
    { class: 'actions' },
    game !== null &&
      game.history.length > 0 &&
      screen !== 'group' &&
      button(
        uiText(deps, 'facilitator.back'),
        () => {
          store.getState().rewind();
        },
        { class: 'secondary', 'data-focus-key': 'rewind' },
      ),
    game?.ending != null &&
      screen !== 'group' &&
      button(
        uiText(deps, 'facilitator.groupDebrief'),
        () => {
          store.getState().showGroupStep(0);
        },
        { class: 'primary', 'data-focus-key': 'group' },
      ),
    screen === 'group' &&
      h(
        'p',
        {},
        uiText(deps, 'facilitator.groupStep', { step: groupStep + 1, total: GROUP_STEPS.length }),
      ),
  );
}
