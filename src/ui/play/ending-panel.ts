import { defenceOffered } from '../../engine/defence';
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
  const offered = defenceOffered(game);
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
    // The honest route spread nothing: no round to defend, its own closing line instead.
    !offered && h('p', { class: 'ending-honest' }, uiText(deps, 'ending.honest')),
    h(
      'div',
      { class: 'actions' },
      offered &&
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
        { class: offered ? 'secondary' : 'primary', 'data-focus-key': 'to-debrief' },
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
