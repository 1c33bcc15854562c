import { buildDebrief, type DebriefSummary } from '../../engine/debrief';
import { defenceOffered } from '../../engine/defence';
import type { GameState, Move } from '../../engine/state';
import type { World } from '../../engine/world';
import { believingByTurn, believingNow } from '../../engine/simulation';
import { renderBadge, shortTechniqueName } from '../shared/badge';
import { button, focusHeading, h } from '../shared/dom';
import { renderOutcome } from '../play/move-outcome';
import { renderKioskDebrief } from '../kiosk/kiosk-debrief';
import { renderNextSteps } from './next-steps';
import { renderReachChart } from './reach-chart';
import { renderResultsCard } from './results-card';
import { renderTechniqueDetails } from './technique-details';
import { renderTownSnapshot } from '../map/town-snapshot';
import type { UiKey } from '../../i18n/ui-keys';
import { scenarioText, techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

const technique = techniqueText;

/**
 * The debrief in layers: first the results card (a visitor may stop there), then the player's
 * moves with their badges, the defence, and every technique used with "Meer over …" one tap away.
 * A kiosk shows its short results card instead.
 */
export function renderDebriefScreen(deps: ViewDeps): HTMLElement {
  if (deps.kiosk === true) return renderKioskDebrief(deps);
  const { world, game } = deps.store.getState();
  if (world === null || game === null) return h('main', { id: 'main' });
  const summary = buildDebrief(game, deps.catalogue);
  const t = (key: UiKey): string => uiText(deps, key);
  const defended = game.defence.length > 0;
  return h(
    'main',
    { class: 'screen debrief-screen', id: 'main' },
    renderCardWithReadOn(deps, world, game),
    h('p', { class: 'intro' }, t(defenceOffered(game) ? 'debrief.intro' : 'debrief.introHonest')),
    h(
      'section',
      { 'aria-labelledby': 'timeline-heading' },
      h('h2', { id: 'timeline-heading' }, t('debrief.timeline')),
      h('ol', { class: 'timeline' }, ...summary.moves.map((move) => renderMove(deps, world, move))),
    ),
    defended && renderDefenceSummary(deps, game),
    renderUsedTechniques(deps, summary.used),
    world.scenario.realCase !== undefined &&
      h(
        'section',
        { class: 'story-case', 'aria-labelledby': 'story-case-heading' },
        h('h2', { id: 'story-case-heading' }, t('debrief.storyCase')),
        h('p', {}, scenarioText(deps, world, world.scenario.realCase)),
      ),
    summary.notUsed.length > 0 && renderNotUsed(deps, summary.notUsed),
    renderReachChart(deps, world, game),
    renderTownSnapshot(
      deps,
      world,
      game,
      defended ? 'debrief.snapshotAfterDefence' : 'debrief.snapshot',
    ),
    deps.discernment !== undefined && renderCheckOffer(deps),
    renderNextSteps(deps),
    renderDebriefActions(deps),
  );
}

/** The results card, with a button that leads on to the full story of the game. */
function renderCardWithReadOn(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  const card = renderResultsCard(deps, world, game);
  card.append(
    h(
      'p',
      { class: 'read-on' },
      button(
        uiText(deps, 'debrief.card.readOn'),
        () => {
          focusHeading(document.getElementById('timeline-heading'));
        },
        { class: 'secondary', 'data-focus-key': 'debrief-read-on' },
      ),
    ),
  );
  return card;
}

/** What the crisis team answered to each move, and belief before and after the defence. */
function renderDefenceSummary(deps: ViewDeps, game: GameState): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  return h(
    'section',
    { class: 'defence-summary', 'aria-labelledby': 'defence-summary-heading' },
    h('h2', { id: 'defence-summary-heading' }, t('defence.summary')),
    h(
      'ul',
      {},
      ...game.defence.map((step) =>
        h(
          'li',
          {},
          t('defence.summaryItem', {
            move: step.turn,
            response: t(`defence.responses.${step.response}.name`),
            fit: t(`defence.fit.${step.fit}`),
          }),
        ),
      ),
    ),
    h(
      'p',
      { class: 'defence-end' },
      t('debrief.defenceEnd', {
        before: believingByTurn(game).at(-1) ?? 0,
        after: Math.round(believingNow(game)),
      }),
    ),
  );
}

/** Every technique the player used, each with its "Meer over …" details. */
function renderUsedTechniques(deps: ViewDeps, used: DebriefSummary['used']): HTMLElement {
  const sections = used.map((use) => renderTechniqueDetails(deps, use));
  return h(
    'section',
    { 'aria-labelledby': 'used-heading' },
    h('h2', { id: 'used-heading' }, uiText(deps, 'debrief.techniquesUsed')),
    sections.length === 0
      ? h('p', {}, uiText(deps, 'debrief.noTechniques'))
      : h('div', {}, ...sections),
  );
}

/** The techniques the player left alone, each with its one-line definition. */
function renderNotUsed(deps: ViewDeps, notUsed: DebriefSummary['notUsed']): HTMLElement {
  return h(
    'section',
    { class: 'not-used-section', 'aria-labelledby': 'not-used-heading' },
    h('h2', { id: 'not-used-heading' }, uiText(deps, 'debrief.notUsed')),
    h('p', {}, uiText(deps, 'debrief.notUsedIntro')),
    h(
      'dl',
      { class: 'not-used' },
      ...notUsed.flatMap((id) => [
        h('dt', {}, technique(deps, id, 'name')),
        h('dd', {}, technique(deps, id, 'definition')),
      ]),
    ),
  );
}

/** Print, play again, back to the title. */
function renderDebriefActions(deps: ViewDeps): HTMLElement {
  const t = (key: UiKey): string => uiText(deps, key);
  return h(
    'div',
    { class: 'actions' },
    button(
      t('debrief.print'),
      () => {
        window.print();
      },
      { class: 'secondary', 'data-focus-key': 'debrief-print' },
    ),
    button(
      t('debrief.restart'),
      () => {
        deps.store.getState().restart();
      },
      { class: 'primary', 'data-focus-key': 'debrief-restart' },
    ),
    button(
      t('debrief.toTitle'),
      () => {
        deps.store.getState().goToTitle();
      },
      { class: 'secondary', 'data-focus-key': 'debrief-title' },
    ),
  );
}

/** Invites the player to the second discernment check, and says how the first went. */
function renderCheckOffer(deps: ViewDeps): HTMLElement {
  const t = (key: UiKey): string => uiText(deps, key);
  const { checks } = deps.store.getState();
  return h(
    'section',
    { class: 'check-offer', 'aria-labelledby': 'check-offer-heading' },
    h('h2', { id: 'check-offer-heading' }, t('check.afterHeading')),
    h('p', {}, t(checks.before ? 'check.afterWithBefore' : 'check.afterIntro')),
    button(
      t('check.offerAfter'),
      () => {
        deps.store.getState().openCheck('after');
      },
      { class: 'primary', 'data-focus-key': 'check-after' },
    ),
  );
}

/** One move: its number, its words, a badge per technique (spoken label) and what it did. */
function renderMove(deps: ViewDeps, world: World, move: Move): HTMLElement {
  const caught = (move.outcome?.caughtBy.length ?? 0) > 0;
  const badges =
    move.techniques.length === 0
      ? [h('span', { class: 'move-badge badge-none' }, uiText(deps, 'debrief.noMoveTechniques'))]
      : move.techniques.map((id) =>
          h(
            'span',
            { class: 'move-badge' },
            renderBadge(deps, id, caught ? 'cracked' : 'earned'),
            // The badge's spoken label already names the technique; the visible name is for the eye.
            h(
              'span',
              { class: 'move-badge-name', 'aria-hidden': 'true' },
              shortTechniqueName(deps, id),
            ),
          ),
        );
  return h(
    'li',
    {},
    h('span', { class: 'move-number' }, uiText(deps, 'debrief.move', { number: move.turn }), ': '),
    h('span', {}, scenarioText(deps, world, move.label)),
    ' ',
    h('span', { class: 'move-badges' }, ...badges),
    move.outcome !== null && renderOutcome(deps, world, move.outcome, 'move-outcome'),
  );
}
