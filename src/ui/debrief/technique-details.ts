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
 * signs, what a municipality can do (the leaflet's domain and advice), a real case and the law.
 */
export function renderTechniqueDetails(deps: ViewDeps, use: UsedTechnique): HTMLElement {
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const text = (field: string): string => techniqueText(deps, use.id, field);
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
    h('div', { class: 'technique-case' }, h('h4', {}, t('debrief.case')), h('p', {}, text('case'))),
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
