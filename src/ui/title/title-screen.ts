import type { TownHead } from '../../content/story-index';
import type { TownNames } from '../../content/town-names';
import type { I18n } from '../../i18n/create-i18n';
import type { UiKey } from '../../i18n/ui-keys';
import { renderAttractScreen } from '../kiosk/attract-screen';
import { button, h } from '../shared/dom';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';
import { mountLivingTown } from './living-town';
import { renderStoryCard } from './story-card';
import { renderTownPicture, renderTownPictureLater } from './town-hero';
import { renderWordmark } from './wordmark';

/** What the title shows of a story: a World has it, and so has the story index (stories.json). */
export interface TitleStory {
  readonly scenario: {
    readonly id: string;
    readonly minutes: number;
    readonly title: string;
    readonly summary: string;
    readonly contentNote?: string | undefined;
  };
  readonly town: TownNames & Pick<TownHead, 'neighbourhoods'>;
}

/**
 * What the title needs: the texts, the stories and what its buttons do. The app builds it from the
 * store; before the app has loaded, src/main.ts builds it from the story index.
 */
export interface TitleView {
  readonly i18n: I18n;
  readonly stories: readonly TitleStory[];
  /** Stories with a save to continue. */
  readonly saved: readonly string[];
  /** Whether to offer the discernment check. */
  readonly check: boolean;
  play(id: string): void;
  resume(id: string): void;
  openCheck(): void;
  showInfo(page: 'privacy' | 'accessibility'): void;
  /** Draws the town picture when this calls back (its frame at once); at once when absent. */
  readonly drawLater?: (draw: () => void) => void;
}

/** The story the one big call to play starts: the shortest (the first of equals). */
function quickest(stories: readonly TitleStory[]): TitleStory | undefined {
  return stories.reduce<TitleStory | undefined>(
    (best, w) => (best === undefined || w.scenario.minutes < best.scenario.minutes ? w : best),
    undefined,
  );
}

/**
 * The app's title screen in `root`, with the living town (the map's demo run of the quickest
 * story, see living-town.ts) once the page is idle. Returns how to leave it.
 */
export function mountTitleScreen(root: HTMLElement, deps: ViewDeps): () => void {
  const title = renderTitleScreen(deps);
  root.replaceChildren(title);
  const frame = title.querySelector<HTMLElement>('.title-town');
  if (deps.kiosk === true || frame === null) return () => undefined;
  const quick = quickest([...deps.worlds.values()]);
  return mountLivingTown(frame, deps.mountMap, quick && deps.worlds.get(quick.scenario.id));
}

/**
 * The title screen of the app. A kiosk shows its attract screen instead.
 */
export function renderTitleScreen(deps: ViewDeps): HTMLElement {
  if (deps.kiosk === true) return renderAttractScreen(deps);
  const { store } = deps;
  return renderTitle({
    i18n: deps.i18n,
    stories: [...deps.worlds.values()],
    saved: store.getState().saved,
    check: deps.discernment !== undefined,
    play: (id) => {
      store.getState().startScenario(id);
    },
    resume: (id) => {
      store.getState().resumeScenario(id);
    },
    openCheck: () => {
      store.getState().openCheck('before');
    },
    showInfo: (page) => {
      store.getState().showInfo(page);
    },
  });
}

/**
 * The title screen, a game's front door: the wordmark with its windmill, the living town beside
 * one clear call to play, and the stories as illustrated cards. Needs no Phaser, no store and no
 * story file, so it is interactive at once.
 */
export function renderTitle(view: TitleView): HTMLElement {
  const { stories } = view;
  const quick = quickest(stories);
  const town = stories[0]?.town;
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(view, key, values);

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
          title: scenarioText(view, quick, quick.scenario.title),
          minutes: quick.scenario.minutes,
        }),
      ),
    );
  heroPlay?.addEventListener('click', () => {
    view.play(quick?.scenario.id ?? '');
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
          view.check &&
            button(
              t('check.offerBefore'),
              () => {
                view.openCheck();
              },
              { class: 'secondary check-offer', 'data-focus-key': 'check-before' },
            ),
        ),
      ),
      town &&
        h(
          'div',
          { class: 'title-town' },
          view.drawLater
            ? renderTownPictureLater(view, town, view.drawLater)
            : renderTownPicture(view, town),
        ),
    ),
    h(
      'section',
      { class: 'title-stories', 'aria-labelledby': 'choose-heading' },
      h('h2', { id: 'choose-heading', class: 'stories-heading' }, t('title.choose')),
      h('ul', { class: 'story-list' }, ...stories.map((story) => renderStoryCard(view, story))),
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
            view.showInfo('privacy');
          },
          { class: 'quiet', 'data-focus-key': 'info-privacy' },
        ),
        button(
          t('info.accessibilityLink'),
          () => {
            view.showInfo('accessibility');
          },
          { class: 'quiet', 'data-focus-key': 'info-accessibility' },
        ),
      ),
    ),
  );
}
