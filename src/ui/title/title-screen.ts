import { renderAttractScreen } from '../kiosk/attract-screen';
import { button, h } from '../shared/dom';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';

/** The title screen: what the game is, and the stories to play or continue. Needs no Phaser. */
export function renderTitleScreen(deps: ViewDeps): HTMLElement {
  if (deps.kiosk === true) return renderAttractScreen(deps);
  const { store } = deps;
  const { saved } = store.getState();
  const cards = [...deps.worlds.values()].map((world) => {
    const t = (key: string): string => scenarioText(deps, world, key);
    const { scenario } = world;
    const title = t(scenario.title);
    const canContinue = saved.includes(scenario.id);
    return h(
      'li',
      { class: 'scenario-card' },
      h('h3', {}, title),
      h('p', {}, t(scenario.summary)),
      h('p', { class: 'meta' }, uiText(deps, 'title.minutes', { count: scenario.minutes })),
      scenario.contentNote !== undefined &&
        h(
          'p',
          { class: 'content-note' },
          uiText(deps, 'title.contentNote', { note: t(scenario.contentNote) }),
        ),
      h(
        'div',
        { class: 'actions' },
        canContinue &&
          button(
            uiText(deps, 'title.continue', { title }),
            () => {
              store.getState().resumeScenario(scenario.id);
            },
            {
              class: 'primary',
              'data-focus-key': `continue-${scenario.id}`,
            },
          ),
        button(
          uiText(deps, 'title.play', { title }),
          () => {
            store.getState().startScenario(scenario.id);
          },
          {
            class: canContinue ? 'secondary' : 'primary',
            'data-focus-key': `play-${scenario.id}`,
          },
        ),
      ),
    );
  });
  return h(
    'main',
    { class: 'screen title-screen', id: 'main' },
    h('h1', { 'data-screen-heading': true }, uiText(deps, 'app.name')),
    h('p', { class: 'tagline' }, uiText(deps, 'app.tagline')),
    h('p', { class: 'intro' }, uiText(deps, 'title.intro')),
    deps.discernment !== undefined &&
      h(
        'p',
        { class: 'check-offer' },
        button(
          uiText(deps, 'check.offerBefore'),
          () => {
            store.getState().openCheck('before');
          },
          { class: 'secondary', 'data-focus-key': 'check-before' },
        ),
      ),
    h(
      'section',
      { 'aria-labelledby': 'choose-heading' },
      h('h2', { id: 'choose-heading', class: 'visually-hidden' }, uiText(deps, 'title.choose')),
      h('ul', { class: 'scenario-list' }, ...cards),
    ),
    h('p', { class: 'privacy-line' }, uiText(deps, 'title.privacy')),
    h(
      'nav',
      { class: 'info-links', 'aria-label': uiText(deps, 'info.links') },
      button(
        uiText(deps, 'info.privacyLink'),
        () => {
          store.getState().showInfo('privacy');
        },
        { class: 'quiet', 'data-focus-key': 'info-privacy' },
      ),
      button(
        uiText(deps, 'info.accessibilityLink'),
        () => {
          store.getState().showInfo('accessibility');
        },
        { class: 'quiet', 'data-focus-key': 'info-accessibility' },
      ),
    ),
  );
}
