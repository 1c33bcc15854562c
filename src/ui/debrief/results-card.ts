import { badgesOf, storyTechniques } from '../../engine/badges';
import { bestEndingClosedOff } from '../../engine/best-ending';
import { goalMet, goalPercent, peakBelieving } from '../../engine/score';
import { believingByTurn, believingNow } from '../../engine/simulation';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { badgeState, renderBadge, shortTechniqueName } from '../shared/badge';
import { h } from '../shared/dom';
import type { UiKey } from '../../i18n/ui-keys';
import { scenarioText, techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

/**
 * The first thing on the debrief: a card a festival visitor reads in a minute and may stop after.
 * Goal met or not (goal and peak), followers, belief at the end (before and after the defence,
 * labelled), why the best ending slipped away, and per badge the one line that says how to spot
 * the trick. On the honest route it says so and shows the story's tricks the player left alone.
 */
export function renderResultsCard(
  deps: ViewDeps,
  world: World,
  game: GameState,
  ...extra: readonly (HTMLElement | false)[]
): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const known = new Set(deps.catalogue.techniques.map((c) => c.id));
  const badges = badgesOf(game).filter((b) => known.has(b.id));
  const honest = badges.length === 0;
  const met = goalMet(world, game);
  const ending = world.nodes.get(game.nodeId)?.ending;

  const rows = honest
    ? storyTechniques(world)
        .filter((id) => known.has(id))
        .map((id) => techniqueRow(deps, id, renderBadge(deps, id, 'empty')))
    : badges.map((badge) =>
        techniqueRow(
          deps,
          badge.id,
          renderBadge(deps, badge.id, badgeState(badge)),
          badge.caughtBy.length > 0 &&
            h(
              'span',
              { class: 'caught' },
              t('badges.caught', {
                measure: badge.caughtBy.map((m) => t(`badges.measure.${m}`)).join(', '),
              }),
            ),
        ),
      );

  return h(
    'section',
    { class: `results-card${honest ? ' results-honest' : ''}`, 'aria-labelledby': 'results-title' },
    h('h1', { id: 'results-title', 'data-screen-heading': true }, t('debrief.heading')),
    h(
      'p',
      { class: 'played' },
      t('debrief.played', {
        story: scenarioText(deps, world, world.scenario.title),
        ending: ending ? scenarioText(deps, world, ending.title) : '',
        town: world.town.name,
      }),
    ),
    ...extra,
    honest
      ? h(
          'div',
          { class: 'results-goal' },
          h('h2', {}, t('debrief.card.honestHeading')),
          h('p', {}, t('debrief.card.honestText')),
        )
      : h(
          'div',
          { class: `results-goal ${met ? 'goal-met' : 'goal-missed'}` },
          h(
            'h2',
            {},
            h('span', { class: 'goal-mark', 'aria-hidden': 'true' }, met ? '✓' : '✗'),
            ' ',
            t(met ? 'debrief.card.goalMet' : 'debrief.card.goalMissed'),
          ),
          h(
            'p',
            {},
            t('debrief.card.goalLine', {
              peak: Math.round(peakBelieving(game)),
              goal: goalPercent(world),
            }),
          ),
          renderClosedOff(deps, world, game),
        ),
    !honest && renderFigures(deps, game),
    h(
      'div',
      { class: 'results-techniques' },
      !honest && h('h2', {}, t('debrief.card.badges', { count: badges.length })),
      h('ul', { class: 'results-list' }, ...rows),
    ),
  );
}

/** One line per technique: its badge, its short name and how to spot it (the catalogue's `tell`). */
function techniqueRow(
  deps: ViewDeps,
  id: string,
  badge: HTMLElement,
  caught: HTMLElement | false = false,
): HTMLElement {
  return h(
    'li',
    { class: 'results-row' },
    badge,
    h(
      'span',
      { class: 'results-text' },
      h('strong', { class: 'results-name' }, shortTechniqueName(deps, id)),
      ' ',
      h('span', { class: 'results-tell' }, techniqueText(deps, id, 'tell')),
      caught !== false && ' ',
      caught,
    ),
  );
}

/** Followers, peak belief and belief at the end; before and after the defender round when played. */
function renderFigures(deps: ViewDeps, game: GameState): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const number = new Intl.NumberFormat(deps.i18n.language);
  const percent = (value: number): string =>
    t('debrief.card.percent', { value: number.format(Math.round(value)) });
  const beforeDefence = believingByTurn(game).at(-1) ?? 0;
  const figure = (label: string, value: string, className: string): HTMLElement[] => [
    h('dt', { class: className }, label),
    h('dd', { class: className }, value),
  ];
  return h(
    'dl',
    { class: 'results-figures' },
    ...figure(t('debrief.card.followers'), number.format(game.meters.followers), 'fig-followers'),
    ...figure(t('debrief.card.peak'), percent(peakBelieving(game)), 'fig-peak'),
    ...(game.defence.length > 0
      ? [
          ...figure(t('debrief.card.beforeDefence'), percent(beforeDefence), 'fig-before'),
          ...figure(t('debrief.card.afterDefence'), percent(believingNow(game)), 'fig-after'),
        ]
      : figure(t('debrief.card.end'), percent(beforeDefence), 'fig-end')),
  );
}

/** Why the best ending slipped away, in one sentence, when the story's own rules can tell. */
function renderClosedOff(deps: ViewDeps, world: World, game: GameState): HTMLElement | false {
  const closed = bestEndingClosedOff(world, game);
  if (closed === undefined) return false;
  const title = world.nodes.get(closed.endingNodeId)?.ending?.title ?? '';
  const values = {
    ending: scenarioText(deps, world, title),
    turn: closed.move.turn,
    move: scenarioText(deps, world, closed.move.label),
    value: closed.meter === undefined ? 0 : closed.move.meters[closed.meter],
  };
  const key: UiKey =
    closed.meter === 'credibility'
      ? 'debrief.card.closedOffCredibility'
      : closed.meter === 'followers'
        ? 'debrief.card.closedOffFollowers'
        : 'debrief.card.closedOff';
  return h('p', { class: 'closed-off' }, uiText(deps, key, values));
}
