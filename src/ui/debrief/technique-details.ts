import { button, h } from '../shared/dom';
import { shortTechniqueName } from '../shared/badge';
import type { UiKey } from '../../i18n/ui-keys';
import { techniqueText, uiText, type ViewDeps } from '../shared/view-deps';

/** One technique the player used, as the debrief tells it (the engine's debrief summary). */
export interface UsedTechnique {
  readonly id: string;
  readonly count: number;
  readonly domain: string;
}

const techniqueSigns = (deps: ViewDeps, id: string): string[] => {
  const value: unknown = deps.i18n.t(`techniques.${id}.signs`, {
    ns: 'techniques',
    returnObjects: true,
  });
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
};

/**
 * A button that shows or hides `body` (the disclosure pattern: aria-expanded, aria-controls).
 * The body is `hidden` until opened; the print stylesheet shows it anyway, so the handout keeps
 * the full text.
 */
export function disclosure(label: string, body: HTMLElement, focusKey: string): HTMLElement {
  body.hidden = true;
  const toggle = button(
    label,
    () => {
      body.hidden = !body.hidden;
      toggle.setAttribute('aria-expanded', String(!body.hidden));
    },
    {
      class: 'disclosure',
      'aria-expanded': 'false',
      'aria-controls': body.id,
      'data-focus-key': focusKey,
    },
  );
  return h('div', { class: 'disclosure-group' }, toggle, body);
}

/**
 * A technique in the debrief: its name and what it is, then "Meer over …" one tap away with the
 * signs, what a municipality can do (the leaflet's domain and advice), a real case (marked when
 * it is from abroad), the law and, where the law changed in 2024, a 'Sinds 2024 anders' box.
 */
export function renderTechniqueDetails(deps: ViewDeps, use: UsedTechnique): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const text = (field: string): string => techniqueText(deps, use.id, field);
  const abroad =
    deps.catalogue.techniques.find((entry) => entry.id === use.id)?.international === true;
  const body = h(
    'div',
    { class: 'technique-more', id: `technique-more-${use.id}` },
    h('h4', {}, t('debrief.signs')),
    h('ul', {}, ...techniqueSigns(deps, use.id).map((sign) => h('li', {}, sign))),
    h('h4', {}, t('debrief.counter')),
    h(
      'p',
      { class: 'domain' },
      t('debrief.domain', { domain: deps.i18n.t(`domains.${use.domain}`, { ns: 'techniques' }) }),
    ),
    h('p', {}, text('counter')),
    h(
      'div',
      { class: 'technique-case' },
      h('h4', {}, t('debrief.case')),
      // A case from abroad (no Dutch case is documented) says so before it starts.
      h('p', {}, abroad && h('strong', {}, t('debrief.caseAbroad')), abroad && ' ', text('case')),
    ),
    h(
      'div',
      { class: 'technique-law' },
      h('h4', {}, t('debrief.law')),
      h('p', {}, text('law')),
      // The exact legal wording, for readers who want it, below the plain sentence.
      deps.i18n.exists(`techniques.${use.id}.precise`, { ns: 'techniques' }) &&
        h(
          'p',
          { class: 'technique-precise' },
          h('strong', {}, t('debrief.precise')),
          ' ',
          text('precise'),
        ),
    ),
    // What changed in the law since the leaflet (2024): a small box, printed on the handout too.
    deps.i18n.exists(`techniques.${use.id}.since2024`, { ns: 'techniques' }) &&
      h(
        'div',
        { class: 'technique-since2024' },
        h('h4', {}, t('debrief.since2024')),
        h('p', {}, text('since2024')),
      ),
  );
  return h(
    'section',
    { class: 'technique', 'aria-labelledby': `technique-${use.id}` },
    h('h3', { id: `technique-${use.id}` }, text('name')),
    h('p', { class: 'meta' }, t('debrief.usedTimes', { count: use.count })),
    h('p', { class: 'definition' }, text('definition')),
    disclosure(
      t('debrief.more', { name: shortTechniqueName(deps, use.id) }),
      body,
      `more-${use.id}`,
    ),
  );
}
