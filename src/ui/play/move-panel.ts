import { availableChoices } from '../../engine/selectors';
import { believingNow } from '../../engine/simulation';
import { goalMet, goalPercent } from '../../engine/score';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { button, h } from '../shared/dom';
import { renderHandlerChat } from './handler-chat';
import { moveFeedback, renderFeedback } from './move-feedback';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';

/** The step's heading says what is at stake: get it going, how far to the goal, or keep it alive. */
export function stepHeading(deps: ViewDeps, world: World, game: GameState): string {
  const count = game.history.length + 1;
  const believing = Math.round(believingNow(game));
  const goal = goalPercent(world);
  const stake =
    game.history.length === 0
      ? uiText(deps, 'play.stake.start')
      : goalMet(world, game)
        ? uiText(deps, 'play.stake.met')
        : believing === 0
          ? uiText(deps, 'play.stake.none')
          : uiText(deps, 'play.stake.toGo', { count: Math.max(1, goal - believing) });
  return uiText(deps, 'play.stepHeading', { step: count, stake });
}

/**
 * One step: its heading, the handler's chat (with the player's last move and what it did), and
 * the moves on offer, each a button named by its text. `animate` is false when the step is
 * re-rendered for another reason than arriving at it (a language switch).
 */
export function renderMovePanel(
  deps: ViewDeps,
  world: World,
  game: GameState,
  animate = false,
): HTMLElement {
  const node = world.nodes.get(game.nodeId);
  const choices = availableChoices(world, game);
  const last = game.history[game.history.length - 1];
  const feedback = moveFeedback(deps, world, game);
  const chat = renderHandlerChat(
    deps,
    node ? scenarioText(deps, world, node.text) : '',
    last === undefined
      ? null
      : {
          label: scenarioText(deps, world, last.label),
          feedback: feedback !== null && renderFeedback(deps, feedback),
        },
    animate,
  );
  const panel = h(
    'section',
    { class: 'move-panel', 'aria-labelledby': 'step-heading', 'data-turn': game.history.length },
    h('h1', { id: 'step-heading', 'data-screen-heading': true }, stepHeading(deps, world, game)),
    chat,
    h(
      'div',
      { class: 'moves-block' },
      h('h2', { id: 'moves-heading' }, uiText(deps, 'play.moves')),
      h(
        'p',
        { class: 'hint', id: 'moves-hint' },
        uiText(deps, 'play.movesHint', { last: choices.length }),
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
    ),
  );
  panel.addEventListener('keydown', () => chat.dispatchEvent(new Event('show-all')));
  return panel;
}
