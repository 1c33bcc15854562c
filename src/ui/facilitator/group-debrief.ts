import { techniquesUsed } from '../../engine/selectors';
import { button, h } from '../shared/dom';
import type { UiKey } from '../../i18n/ui-keys';
import { scenarioText, techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

export const GROUP_STEPS = ['feelings', 'facts', 'learnings', 'municipality', 'actions'] as const;

/**
 * The group debrief a facilitator walks through with the room, in five steps: feelings, facts,
 * learnings, our municipality, actions. It uses the room's own game: the techniques it used and
 * the scenario's discussion questions on its path. Prints as the session summary (no names).
 */
export function renderGroupDebrief(deps: ViewDeps, presenter: boolean): HTMLElement {
  const { world, game, groupStep } = deps.store.getState();
  if (world === null || game === null) return h('main', { id: 'main' });
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const step = GROUP_STEPS[groupStep] ?? 'feelings';
  const used = techniquesUsed(game.history);
  const prompts = [
    ...new Set(
      game.history
        .map((m) => world.nodes.get(m.nodeId)?.prompt)
        .filter((p): p is string => p !== undefined),
    ),
  ];
  const detail =
    step === 'facts'
      ? h(
          'ul',
          {},
          ...used.map((u) =>
            h(
              'li',
              {},
              techniqueText(deps, u.id, 'name'),
              ': ',
              techniqueText(deps, u.id, 'definition'),
            ),
          ),
        )
      : step === 'municipality'
        ? h('ul', {}, ...prompts.map((key) => h('li', {}, scenarioText(deps, world, key))))
        : null;
  return h(
    'main',
    { class: 'screen group-screen', id: 'main' },
    h(
      'h1',
      { 'data-screen-heading': true },
      t('group.heading', { step: groupStep + 1, name: t(`group.steps.${step}.name`) }),
    ),
    h('p', { class: 'group-question' }, t(`group.steps.${step}.question`)),
    detail,
    presenter &&
      h(
        'div',
        { class: 'actions' },
        groupStep > 0 &&
          button(
            t('group.previous'),
            () => {
              deps.store.getState().showGroupStep(groupStep - 1);
            },
            { class: 'secondary' },
          ),
        groupStep < GROUP_STEPS.length - 1
          ? button(
              t('group.next'),
              () => {
                deps.store.getState().showGroupStep(groupStep + 1);
              },
              { class: 'primary' },
            )
          : button(
              t('group.print'),
              () => {
                window.print();
              },
              { class: 'primary' },
            ),
      ),
    h(
      'section',
      { class: 'session-summary', 'aria-labelledby': 'summary-heading' },
      h('h2', { id: 'summary-heading' }, t('group.summary')),
      h('h3', {}, t('group.techniques')),
      h('ul', {}, ...used.map((u) => h('li', {}, techniqueText(deps, u.id, 'name')))),
      h('h3', {}, t('group.questions')),
      h(
        'ol',
        {},
        ...GROUP_STEPS.map((s) => h('li', {}, t(`group.steps.${s}.question`))),
        ...prompts.map((key) => h('li', {}, scenarioText(deps, world, key))),
      ),
    ),
  );
}
