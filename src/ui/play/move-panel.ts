import { availableChoices } from '../../engine/selectors';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { button, h } from '../shared/dom';
import { renderOutcome } from './move-outcome';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';

/** What the previous move did in the town and why, so the player can connect cause and effect. */
function lastOutcome(deps: ViewDeps, world: World, game: GameState): HTMLElement | false {
  const outcome = game.history[game.history.length - 1]?.outcome;
  if (outcome === undefined || outcome === null) return false;
  return h(
    'section',
    { class: 'last-outcome', 'aria-labelledby': 'last-outcome-heading' },
    h('h2', { id: 'last-outcome-heading' }, uiText(deps, 'outcome.heading')),
    renderOutcome(deps, world, outcome, 'outcome-text'),
  );
}

/** The handler's message for this step and the moves on offer, each a button named by its text. */
export function renderMovePanel(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  const node = world.nodes.get(game.nodeId);
  const choices = availableChoices(world, game);
  return h(
    'section',
    { class: 'move-panel', 'aria-labelledby': 'step-heading' },
    h(
      'h1',
      { id: 'step-heading', 'data-screen-heading': true },
      uiText(deps, 'play.step', { count: game.history.length + 1 }),
      ': ',
      uiText(deps, 'play.handler'),
    ),
    lastOutcome(deps, world, game),
    h('p', { class: 'handler-text' }, node ? scenarioText(deps, world, node.text) : ''),
    h('h2', { id: 'moves-heading' }, uiText(deps, 'play.moves')),
    h(
      'p',
      { class: 'hint', id: 'moves-hint' },
      uiText(deps, 'play.movesHint', { count: choices.length }),
    ),
    h(
      'ol',
      { class: 'moves', 'aria-labelledby': 'moves-heading', 'aria-describedby': 'moves-hint' },
      ...choices.map((choice, i) =>
        h(
          'li',
          {},
          button(
            scenarioText(deps, world, choice.label),
            () => {
              deps.store.getState().choose(choice.id);
            },
            {
              class: 'move',
              'aria-keyshortcuts': String(i + 1),
              'data-focus-key': `move-${choice.id}`,
            },
          ),
        ),
      ),
    ),
  );
}
