import type { World } from '../../engine/world';
import type { UiKey } from '../../i18n/ui-keys';
import { renderAttractScreen } from '../kiosk/attract-screen';
import { button, h } from '../shared/dom';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';
import { renderStoryCard } from './story-card';
import { renderTownPicture } from './town-hero';
import { renderWordmark } from './wordmark';

/** The story the one big call to play starts: the shortest (the first of equals). */
function quickest(worlds: readonly World[]): World | undefined {
  return worlds.reduce<World | undefined>(
    (best, w) => (best === undefined || w.scenario.minutes < best.scenario.minutes ? w : best),
    undefined,
  );
}

/**
 * The title screen, a game's front door: the wordmark with its windmill, the living town beside
 * one clear call to play, and the stories as illustrated cards. Needs no Phaser, so it is
 * interactive at once. A kiosk shows its attract screen instead.
 */
export function renderTitleScreen(deps: ViewDeps): HTMLElement {
  if (deps.kiosk === true) return renderAttractScreen(deps);
  const { store } = deps;
  const worlds = [...deps.worlds.values()];
  const quick = quickest(worlds);
  const town = worlds[0]?.town;
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);

  const heroPlay =
    quick &&
    h(
      'button',
      { type: 'button', class: 'primary hero-play', 'data-focus-key': 'hero-play' },
      h('span', { class: 'hero-play-main' }, t('title.heroPlay')),
      ' ',
      h(
        'span',
        { class: 'hero-play-story' },
        t('title.heroStory', {
          title: scenarioText(deps, quick, quick.scenario.title),
          minutes: quick.scenario.minutes,
        }),
      ),
    );
  heroPlay?.addEventListener('click', () => {
    store.getState().startScenario(quick?.scenario.id ?? '');
  });

  return h(
    'main',
    { class: 'screen title-screen', id: 'main' },
    h(
      'section',
      { class: 'title-hero' },
      h(
        'div',
        { class: 'title-pitch' },
        renderWordmark(t('app.name')),
        h('p', { class: 'tagline' }, t('app.tagline')),
        h('p', { class: 'intro' }, t('title.intro')),
        h(
          'div',
          { class: 'title-cta' },
          heroPlay,
          deps.discernment !== undefined &&
            button(
              t('check.offerBefore'),
              () => {
                store.getState().openCheck('before');
              },
              { class: 'secondary check-offer', 'data-focus-key': 'check-before' },
            ),
        ),
      ),
      town && h('div', { class: 'title-town' }, renderTownPicture(deps, town)),
    ),
    h(
      'section',
      { class: 'title-stories', 'aria-labelledby': 'choose-heading' },
      h('h2', { id: 'choose-heading', class: 'stories-heading' }, t('title.choose')),
      h('ul', { class: 'story-list' }, ...worlds.map((world) => renderStoryCard(deps, world))),
    ),
    h(
      'footer',
      { class: 'title-footer' },
      h('p', { class: 'privacy-line' }, t('title.privacy')),
      h(
        'nav',
        { class: 'info-links', 'aria-label': t('info.links') },
        button(
          t('info.privacyLink'),
          () => {
            store.getState().showInfo('privacy');
          },
          { class: 'quiet', 'data-focus-key': 'info-privacy' },
        ),
        button(
          t('info.accessibilityLink'),
          () => {
            store.getState().showInfo('accessibility');
          },
          { class: 'quiet', 'data-focus-key': 'info-accessibility' },
        ),
      ),
    ),
  );
}
