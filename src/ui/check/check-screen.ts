import type { Discernment } from '../../content/discernment-schema';
import { townTextValues } from '../../content/town-names';
import {
  type Answers,
  biasBand,
  checkItems,
  type CheckPhase,
  type DiscernmentScore,
  type Judgement,
  scoreDiscernment,
  sensitivityBand,
  sensitivityChange,
} from '../../engine/discernment';
import { button, focusHeading, h } from '../shared/dom';
import type { UiKey } from '../../i18n/ui-keys';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Text of a discernment item (namespace "discernment"), with the town's names filled in. */
function itemText(deps: ViewDeps, id: string, field: string): string {
  const town = [...deps.worlds.values()][0]?.town;
  return deps.i18n.t(`items.${id}.${field}`, {
    ns: 'discernment',
    ...(town === undefined ? {} : townTextValues(town)),
  });
}

/**
 * The discernment check: rate each short local post as reliable or manipulative, then see hits
 * and false alarms with an explanation per post. Anonymous; the answers stay on this device.
 */
export function renderCheckScreen(deps: ViewDeps, discernment: Discernment): HTMLElement {
  const { check, checks } = deps.store.getState();
  const phase: CheckPhase = check?.phase ?? 'before';
  const items = checkItems(discernment, phase, checks.order);
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const main = h(
    'main',
    { class: 'screen check-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, t(`check.heading.${phase}`)),
  );
  const answers = checks[phase];
  if (check?.submitted === true && answers)
    main.append(renderResults(deps, discernment, phase, answers));
  else main.append(renderForm(deps, items));
  return main;
}

function renderForm(deps: ViewDeps, items: Discernment['items']): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const error = h('p', { class: 'form-error', role: 'alert' });
  const fieldsets = items.map((item, i) =>
    h(
      'fieldset',
      { class: 'check-item', 'data-item': item.id },
      h('legend', {}, t('check.post', { number: i + 1, total: items.length })),
      h(
        'article',
        { class: 'post' },
        h('p', { class: 'post-author' }, h('strong', {}, itemText(deps, item.id, 'author'))),
        h('p', { class: 'post-text' }, itemText(deps, item.id, 'text')),
      ),
      h(
        'div',
        { class: 'choices' },
        ...(['reliable', 'manipulative'] as const).map((j) =>
          h(
            'label',
            {},
            h('input', { type: 'radio', name: `item-${item.id}`, value: j }),
            ' ',
            t(`check.${j}`),
          ),
        ),
      ),
    ),
  );
  const form = h(
    'form',
    { class: 'check-form', novalidate: true },
    h('p', {}, t('check.intro')),
    ...fieldsets,
    error,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('check.submit')),
      button(
        t('check.cancel'),
        () => {
          deps.store.getState().closeCheck();
        },
        { class: 'secondary' },
      ),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen: Record<string, Judgement> = {};
    let firstMissing: HTMLInputElement | null = null;
    for (const item of items) {
      const picked = form.querySelector<HTMLInputElement>(`input[name="item-${item.id}"]:checked`);
      if (picked) chosen[item.id] = picked.value as Judgement;
      else firstMissing ??= form.querySelector<HTMLInputElement>(`input[name="item-${item.id}"]`);
    }
    if (firstMissing) {
      error.textContent = t('check.missing');
      firstMissing.focus();
      return;
    }
    deps.store.getState().submitCheck(chosen);
  });
  return form;
}

function renderResults(
  deps: ViewDeps,
  discernment: Discernment,
  phase: CheckPhase,
  answers: Answers,
): HTMLElement {
  const t = (key: UiKey): string => uiText(deps, key);
  const { before, order } = deps.store.getState().checks;
  const items = checkItems(discernment, phase, order);
  const score = scoreDiscernment(items, answers);
  const comparison =
    phase === 'after' && before
      ? scoreDiscernment(checkItems(discernment, 'before', order), before)
      : null;
  return h(
    'section',
    { class: 'check-results', 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading' }, t('check.results')),
    ...renderScore(deps, score),
    comparison && renderComparison(deps, comparison, score),
    comparison && h('p', { class: 'fair-sets' }, t('check.fairSets')),
    h(
      'ol',
      { class: 'check-explanations' },
      ...items.map((item) => renderExplanation(deps, item, answers)),
    ),
    h('p', { class: 'privacy-line' }, t('check.private')),
    h(
      'div',
      { class: 'actions' },
      button(
        t('check.done'),
        () => {
          deps.store.getState().closeCheck();
        },
        { class: 'primary' },
      ),
    ),
  );
}

/** Hits and false alarms, then sensitivity and bias (signal detection) in words, not bare numbers. */
function renderScore(deps: ViewDeps, score: DiscernmentScore): HTMLElement[] {
  const percent = (n: number): string =>
    new Intl.NumberFormat(deps.i18n.language, { style: 'percent' }).format(n);
  return [
    h(
      'p',
      { class: 'score' },
      uiText(deps, 'check.score', {
        hits: score.hits,
        manipulative: score.manipulativeTotal,
        hitRate: percent(score.hitRate),
        falseAlarms: score.falseAlarms,
        trueTotal: score.trueTotal,
        falseAlarmRate: percent(score.falseAlarmRate),
      }),
    ),
    h('p', { class: 'sensitivity' }, uiText(deps, `check.sensitivity.${sensitivityBand(score)}`)),
    h('p', { class: 'bias' }, uiText(deps, `check.bias.${biasBand(score)}`)),
  ];
}

/** The second check beside the first: better, the same or worse at telling them apart. */
function renderComparison(
  deps: ViewDeps,
  before: DiscernmentScore,
  after: DiscernmentScore,
): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  return h(
    'p',
    { class: 'comparison' },
    t('check.comparison', {
      change: t(`check.change.${sensitivityChange(before, after)}`),
      beforeHits: before.hits,
      beforeFakes: before.manipulativeTotal,
      afterHits: after.hits,
      afterFakes: after.manipulativeTotal,
      beforeFalse: before.falseAlarms,
      afterFalse: after.falseAlarms,
      beforeLean: t(`check.lean.${biasBand(before)}`),
      afterLean: t(`check.lean.${biasBand(after)}`),
    }),
  );
}

/** One item: what it said, whether the player judged it right, and why. */
function renderExplanation(
  deps: ViewDeps,
  item: Discernment['items'][number],
  answers: Answers,
): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const right = (answers[item.id] === 'manipulative') === (item.verdict === 'manipulative');
  return h(
    'li',
    { class: right ? 'right' : 'wrong' },
    h(
      'p',
      {},
      h('strong', {}, itemText(deps, item.id, 'author')),
      ': ',
      itemText(deps, item.id, 'text'),
    ),
    h(
      'p',
      {},
      t(right ? 'check.right' : 'check.wrong', {
        answer: t(`check.${answers[item.id] ?? 'reliable'}`),
        verdict: t(item.verdict === 'true' ? 'check.isReliable' : 'check.isManipulative'),
      }),
    ),
    h('p', { class: 'explanation' }, itemText(deps, item.id, 'explanation')),
  );
}

/** Moves focus to the results heading after handing in, so the outcome is read out first. */
export function focusResults(root: HTMLElement): void {
  focusHeading(root.querySelector<HTMLElement>('#results-heading'));
}
