import { button, h } from './dom';
import { uiText, type ViewDeps } from './view-deps';

interface Section {
  readonly title: string;
  readonly text: readonly string[];
}

/**
 * The privacy note or the accessibility statement: headed sections of plain text, and a way back.
 * The statement follows the Dutch model (aim, status, what was tested and how, what is not right
 * yet, contact, date); its contact section names the route config.json gives, if any.
 */
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
    page === 'accessibility' && renderContact(deps),
    page === 'accessibility' &&
      h(
        'section',
        {},
        h('h2', {}, uiText(deps, 'info.accessibility.date.title')),
        h('p', {}, uiText(deps, 'info.accessibility.date.text')),
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

/** Who to tell about a barrier: the offering organisation, and its own route when config.json names one. */
function renderContact(deps: ViewDeps): HTMLElement {
  const contact = deps.accessibilityContact;
  const email = contact !== undefined && !/^https?:/i.test(contact);
  return h(
    'section',
    {},
    h('h2', {}, uiText(deps, 'info.accessibility.contact.title')),
    h('p', {}, uiText(deps, 'info.accessibility.contact.text')),
    contact !== undefined &&
      h(
        'p',
        {},
        `${uiText(deps, 'info.accessibility.contact.via')} `,
        // At a kiosk there are no links away from the game: the address is shown to note down.
        deps.kiosk === true
          ? contact
          : h(
              'a',
              email
                ? { href: `mailto:${contact}` }
                : { href: contact, target: '_blank', rel: 'noopener' },
              contact,
            ),
      ),
  );
}
