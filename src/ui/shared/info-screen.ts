import { button, h } from './dom';
import { uiText, type ViewDeps } from './view-deps';

interface Section {
  readonly title: string;
  readonly text: readonly string[];
}

/** The privacy note or the accessibility statement: headed sections of plain text, and a way back. */
export function renderInfoScreen(deps: ViewDeps, page: 'privacy' | 'accessibility'): HTMLElement {
  const value: unknown = deps.i18n.t(`info.${page}.sections`, { ns: 'ui', returnObjects: true });
  const sections = Array.isArray(value) ? (value as Section[]) : [];
  return h(
    'main',
    { class: 'screen info-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, uiText(deps, `info.${page}.heading`)),
    ...sections.map((section) =>
      h(
        'section',
        {},
        h('h2', {}, section.title),
        ...section.text.map((paragraph) => h('p', {}, paragraph)),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      button(
        uiText(deps, 'info.back'),
        () => {
          deps.store.getState().goToTitle();
        },
        { class: 'primary' },
      ),
    ),
  );
}
