import type { I18n } from '../../i18n/create-i18n';
import { h } from '../shared/dom';
import { uiText } from '../shared/view-deps';

/**
 * Marks the build's town picture (scripts/prerender-title.ts): it is left out of the first paint
 * (title.css) and drawn right after it, once the first script runs.
 */
export const DRAWN_LATER = 'data-drawn-later';

/** What the live title would show: when the build's title shows the same, it is adopted. */
export interface TitleShape {
  readonly lang: string;
  /** The stories, in order. */
  readonly stories: readonly string[];
  /** Whether the discernment check is offered. */
  readonly check: boolean;
  /** Stories with a game to continue (the build's title has none). */
  readonly saved: readonly string[];
  /** The town's neighbourhood names. */
  readonly town: readonly string[];
}

/** What the adopted title's controls do. */
export interface TitleActions {
  play(id: string): void;
  openCheck(): void;
  showInfo(page: 'privacy' | 'accessibility'): void;
}

export interface PrerenderedTitle {
  /** The story whose Play was pressed since this script ran, if any. */
  played(): string | undefined;
  /**
   * Makes the build's title the live one when it shows what `shape` says: its controls do
   * `actions` from now on (its mark goes: tests and benchmarks tell the live title by it).
   * False, and nothing changed, when it shows something else.
   */
  adopt(shape: TitleShape, actions: TitleActions): boolean;
  /** The prerendered town picture, if it is in `lang` and names these neighbourhoods. */
  townPicture(lang: string, names: readonly string[]): SVGElement | undefined;
  /** Stops listening: the live title has replaced it (or another screen will). */
  stop(): void;
}

/**
 * The title the build wrote into index.html (scripts/prerender-title.ts: `data-prerendered` on its
 * <main>), from the moment the first script runs until the live title replaces it. Its Play
 * buttons submit a GET form (`?scenario=<id>`), which would load the page again: a Play pressed
 * once this script runs is kept instead and done in the page. Its town picture moves into the
 * live title when it shows the same town in the same language, so it is not drawn twice.
 */
export function takeOverPrerendered(root: HTMLElement): PrerenderedTitle | undefined {
  const title = root.querySelector('[data-prerendered]');
  if (title === null) return undefined;
  const builtLang = document.documentElement.lang;
  let played: string | undefined;
  let adopted: TitleActions | undefined;
  const onSubmit = (event: SubmitEvent): void => {
    const button = event.submitter;
    if (!(button instanceof HTMLButtonElement) || button.name !== 'scenario') return;
    event.preventDefault();
    played ??= button.value;
    adopted?.play(button.value);
  };
  root.addEventListener('submit', onSubmit);
  const picture = title.querySelector(`[${DRAWN_LATER}]`);
  if (picture !== null)
    requestAnimationFrame(() =>
      setTimeout(() => {
        picture.removeAttribute(DRAWN_LATER);
      }, 0),
    );
  const townNames = (): string[] =>
    [...title.querySelectorAll('svg.town-hero .town-label')].map((t) => t.textContent);
  const townPicture = (lang: string, names: readonly string[]): SVGElement | undefined => {
    const picture = title.querySelector<SVGElement>('svg.town-hero');
    return picture !== null && lang === builtLang && townNames().join('\n') === names.join('\n')
      ? picture
      : undefined;
  };
  return {
    played: () => played,
    townPicture,
    adopt: (shape, actions) => {
      const stories = [...title.querySelectorAll('[data-story]')].map((b) =>
        b.getAttribute('value'),
      );
      const same =
        title.isConnected &&
        shape.saved.length === 0 &&
        stories.join('\n') === shape.stories.join('\n') &&
        (title.querySelector('[data-focus-key="check-before"]') !== null) === shape.check &&
        townPicture(shape.lang, shape.town) !== undefined;
      if (!same) return false;
      adopted = actions;
      title.addEventListener('click', (event) => {
        const key =
          event.target instanceof Element
            ? event.target.closest('[data-focus-key]')?.getAttribute('data-focus-key')
            : undefined;
        if (key === 'check-before') actions.openCheck();
        else if (key === 'info-privacy') actions.showInfo('privacy');
        else if (key === 'info-accessibility') actions.showInfo('accessibility');
      });
      // As on the live title's story cards: Escape closes an open content note, focus to its toggle.
      title.addEventListener('keydown', (event) => {
        const note =
          event.target instanceof Element ? event.target.closest('details.content-note') : null;
        if (!(event instanceof KeyboardEvent) || event.key !== 'Escape') return;
        if (!(note instanceof HTMLDetailsElement) || !note.open) return;
        note.open = false;
        note.querySelector('summary')?.focus();
      });
      title.removeAttribute('data-prerendered');
      return true;
    },
    stop: () => {
      // An adopted title keeps answering until the app replaces it.
      if (adopted === undefined) root.removeEventListener('submit', onSubmit);
    },
  };
}

/**
 * Instead of the prerendered title, when the first screen is another one (a game to resume, a
 * story the address names, a kiosk): the name and "loading", so no title is on show that the
 * player then sees vanish.
 */
export function showLoading(root: HTMLElement, i18n: I18n): void {
  const t = (key: 'app.name' | 'app.loading'): string => uiText({ i18n }, key);
  root.replaceChildren(
    h(
      'main',
      { class: 'screen boot-screen', id: 'main' },
      h('h1', {}, t('app.name')),
      h('p', {}, t('app.loading')),
    ),
  );
}
