import { button, h } from '../shared/dom';
import type { UiKey } from '../../i18n/ui-keys';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';

/**
 * The festival kiosk's attract screen: one big invitation, one tap to start the first story on
 * its short route. Nothing of a previous player is shown here.
 */
export function renderAttractScreen(deps: ViewDeps): HTMLElement {
  const [first] = [...deps.worlds.values()];
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  return h(
    'main',
    { class: 'screen attract-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, t('app.name')),
    h('p', { class: 'tagline' }, t('app.tagline')),
    h('p', { class: 'intro' }, t('kiosk.intro')),
    first && h('p', { class: 'attract-story' }, scenarioText(deps, first, first.scenario.summary)),
    first?.scenario.contentNote !== undefined &&
      h(
        'p',
        { class: 'content-note' },
        t('title.contentNote', { note: scenarioText(deps, first, first.scenario.contentNote) }),
      ),
    first &&
      button(
        t('kiosk.start'),
        () => {
          deps.store.getState().startScenario(first.scenario.id);
        },
        {
          class: 'primary attract-start',
          'data-focus-key': 'kiosk-start',
        },
      ),
    h('p', { class: 'privacy-line' }, t('kiosk.private')),
  );
}
