import { believingNow } from '../../engine/simulation';
import { goalMet, goalPercent, goalProgress, peakBelieving } from '../../engine/score';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { countUp } from '../shared/motion';
import { uiText, type ViewDeps } from '../shared/view-deps';

/**
 * The score at the top of the play screen: the story's goal with a bar that fills as belief
 * grows (its peak so far), and followers and credibility, which count up to their new values
 * after a move. `previous` is the game as it was shown before, for the counting.
 */
export function renderScoreboard(
  deps: ViewDeps,
  world: World,
  game: GameState,
  previous: GameState | null,
): HTMLElement {
  const number = new Intl.NumberFormat(deps.i18n.language);
  const goal = goalPercent(world);
  const peak = Math.round(peakBelieving(game));
  const now = Math.round(believingNow(game));
  const met = goalMet(world, game);
  const fill = h('span', { class: `goal-fill${met ? ' goal-met' : ''}` });
  // CSSOM, not a style attribute: the strict CSP allows it.
  fill.style.width = `${String(Math.round(goalProgress(world, game) * 100))}%`;
  const followers = h('span', { class: 'score-number' });
  countUp(
    followers,
    previous?.meters.followers ?? game.meters.followers,
    game.meters.followers,
    (v) => number.format(v),
  );
  const credibility = h('span', { class: 'score-number' });
  countUp(
    credibility,
    previous?.meters.credibility ?? game.meters.credibility,
    game.meters.credibility,
    (v) => number.format(v),
  );
  const progressText = met
    ? uiText(deps, 'score.goalMet', { peak })
    : uiText(deps, 'score.progress', { now, peak, goal });
  return h(
    'section',
    { class: 'scoreboard', 'aria-label': uiText(deps, 'score.label') },
    h(
      'div',
      { class: 'goal' },
      h('p', { class: 'goal-text' }, uiText(deps, 'score.goal', { goal, town: world.town.name })),
      h(
        'span',
        {
          class: 'goal-bar',
          role: 'progressbar',
          'aria-label': uiText(deps, 'score.goalBar'),
          'aria-valuemin': 0,
          'aria-valuemax': goal,
          'aria-valuenow': Math.min(goal, peak),
          'aria-valuetext': progressText,
        },
        fill,
        h('span', { class: 'goal-mark', 'aria-hidden': 'true' }),
      ),
      h('p', { class: `goal-progress${met ? ' goal-met' : ''}` }, progressText),
    ),
    h(
      'dl',
      { class: 'score-stats' },
      h('div', {}, h('dt', {}, uiText(deps, 'meters.followers')), h('dd', {}, followers)),
      h('div', {}, h('dt', {}, uiText(deps, 'score.credibility')), h('dd', {}, credibility)),
    ),
  );
}
