import { buildDebrief } from '../../engine/debrief';
import type { Move } from '../../engine/state';
import type { World } from '../../engine/world';
import { button, h } from '../shared/dom';
import { renderOutcome } from '../play/move-outcome';
import { renderNextSteps } from './next-steps';
import { renderReachChart } from './reach-chart';
import { renderTownSnapshot } from '../map/town-snapshot';
import type { UiKey } from '../../i18n/ui-keys';
import { scenarioText, techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

const technique = techniqueText;
const techniqueSigns = (deps: ViewDeps, id: string): string[] => {
  const value: unknown = deps.i18n.t(`techniques.${id}.signs`, {
    ns: 'techniques',
    returnObjects: true,
  });
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
};

/** The debrief: the player's moves, then every technique they used with how to spot and answer it. */
export function renderDebriefScreen(deps: ViewDeps): HTMLElement {
  const { world, game } = deps.store.getState();
  if (world === null || game === null) return h('main', { id: 'main' });
  const summary = buildDebrief(game, deps.catalogue);
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);

  const usedSections = summary.used.map((use) =>
    h(
      'section',
      { class: 'technique', 'aria-labelledby': `technique-${use.id}` },
      h('h3', { id: `technique-${use.id}` }, technique(deps, use.id, 'name')),
      h('p', { class: 'meta' }, t('debrief.usedTimes', { count: use.count })),
      h('p', { class: 'definition' }, technique(deps, use.id, 'definition')),
      h('h4', {}, t('debrief.signs')),
      h('ul', {}, ...techniqueSigns(deps, use.id).map((sign) => h('li', {}, sign))),
      h('h4', {}, t('debrief.counter')),
      h(
        'p',
        { class: 'domain' },
        t('debrief.domain', { domain: deps.i18n.t(`domains.${use.domain}`, { ns: 'techniques' }) }),
      ),
      h('p', {}, technique(deps, use.id, 'counter')),
      h(
        'div',
        { class: 'technique-case' },
        h('h4', {}, t('debrief.case')),
        h('p', {}, technique(deps, use.id, 'case')),
      ),
      h(
        'div',
        { class: 'technique-law' },
        h('h4', {}, t('debrief.law')),
        h('p', {}, technique(deps, use.id, 'law')),
        // The exact legal wording, for readers who want it, below the plain sentence.
        deps.i18n.exists(`techniques.${use.id}.precise`, { ns: 'techniques' }) &&
          h(
            'p',
            { class: 'technique-precise' },
            h('strong', {}, t('debrief.precise')),
            ' ',
            technique(deps, use.id, 'precise'),
          ),
      ),
    ),
  );

  return h(
    'main',
    { class: 'screen debrief-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, t('debrief.heading')),
    h(
      'p',
      { class: 'played' },
      t('debrief.played', {
        story: scenarioText(deps, world, world.scenario.title),
        ending: scenarioText(
          deps,
          world,
          world.nodes.get(summary.endingNodeId)?.ending?.title ?? '',
        ),
        town: world.town.name,
      }),
    ),
    deps.kiosk === true &&
      h(
        'div',
        { class: 'actions' },
        button(
          t('kiosk.done'),
          () => {
            deps.store.getState().resetForNextPlayer();
          },
          { class: 'primary', 'data-focus-key': 'kiosk-done-top' },
        ),
      ),
    h('p', { class: 'intro' }, t('debrief.intro')),
    h(
      'section',
      { 'aria-labelledby': 'timeline-heading' },
      h('h2', { id: 'timeline-heading' }, t('debrief.timeline')),
      h('ol', { class: 'timeline' }, ...summary.moves.map((move) => renderMove(deps, world, move))),
    ),
    game.defence.length > 0 &&
      h(
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
      ),
    h(
      'section',
      { 'aria-labelledby': 'used-heading' },
      h('h2', { id: 'used-heading' }, t('debrief.techniquesUsed')),
      usedSections.length === 0
        ? h('p', {}, t('debrief.noTechniques'))
        : h('div', {}, ...usedSections),
    ),
    summary.notUsed.length > 0 &&
      h(
        'section',
        { class: 'not-used-section', 'aria-labelledby': 'not-used-heading' },
        h('h2', { id: 'not-used-heading' }, t('debrief.notUsed')),
        h('p', {}, t('debrief.notUsedIntro')),
        h(
          'dl',
          { class: 'not-used' },
          ...summary.notUsed.flatMap((id) => [
            h('dt', {}, technique(deps, id, 'name')),
            h('dd', {}, technique(deps, id, 'definition')),
          ]),
        ),
      ),
    renderReachChart(deps, world, game),
    renderTownSnapshot(deps, world, game),
    deps.discernment !== undefined && deps.kiosk !== true && renderCheckOffer(deps),
    renderNextSteps(deps),
    deps.kiosk === true
      ? h(
          'div',
          { class: 'actions' },
          button(
            t('kiosk.done'),
            () => {
              deps.store.getState().resetForNextPlayer();
            },
            { class: 'primary', 'data-focus-key': 'kiosk-done' },
          ),
        )
      : h(
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

function renderMove(deps: ViewDeps, world: World, move: Move): HTMLElement {
  const badges =
    move.techniques.length === 0
      ? [h('span', { class: 'badge badge-none' }, uiText(deps, 'debrief.noMoveTechniques'))]
      : move.techniques.map((id) => h('span', { class: 'badge' }, technique(deps, id, 'name')));
  return h(
    'li',
    {},
    h('span', { class: 'move-number' }, uiText(deps, 'debrief.move', { count: move.turn }), ': '),
    h('span', {}, scenarioText(deps, world, move.label)),
    ' ',
    h('span', { class: 'badges' }, ...badges),
    move.outcome !== null && renderOutcome(deps, world, move.outcome, 'move-outcome'),
  );
}
