import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { button, h } from '../shared/dom';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';

/** The ending: how it turned out, what it means, and the way on to the debrief. */
export function renderEndingPanel(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  const node = world.nodes.get(game.nodeId);
  const ending = node?.ending;
  const title = ending ? scenarioText(deps, world, ending.title) : '';
  const { store } = deps;
  return h(
    'section',
    { class: `ending-panel ending-${game.ending ?? 'none'}`, 'aria-labelledby': 'ending-heading' },
    h(
      'h1',
      { id: 'ending-heading', 'data-screen-heading': true },
      uiText(deps, 'ending.heading', { title }),
    ),
    h('p', { class: 'ending-kind' }, uiText(deps, `ending.kind.${game.ending ?? 'fizzled'}`)),
    h('p', { class: 'handler-text' }, node ? scenarioText(deps, world, node.text) : ''),
    h(
      'div',
      { class: 'actions' },
      button(
        uiText(deps, 'ending.switchSides'),
        () => {
          store.getState().switchSides();
        },
        { class: 'primary', 'data-focus-key': 'switch-sides' },
      ),
      button(
        uiText(deps, 'ending.toDebrief'),
        () => {
          store.getState().showDebrief();
        },
        { class: 'secondary', 'data-focus-key': 'to-debrief' },
      ),
      button(
        uiText(deps, 'ending.restart'),
        () => {
          store.getState().restart();
        },
        { class: 'secondary', 'data-focus-key': 'restart' },
      ),
    ),
  );
}
