import type { I18n } from '../../i18n/create-i18n';
import { h } from '../shared/dom';
import { uiText } from '../shared/view-deps';

/**
 * The title the build wrote into index.html (scripts/prerender-title.ts: `data-prerendered` on its
 * <main>), from the moment the first script runs until the live title replaces it. Its Play
 * buttons submit a GET form (`?scenario=<id>`), which would load the page again: a Play pressed
 * once this script runs is kept instead and done in the page. Its town picture moves into the
 * live title when it shows the same town in the same language, so it is not drawn twice.
 */
export interface PrerenderedTitle {
  /** The story whose Play was pressed since this script ran, if any. */
  played(): string | undefined;
  /** The prerendered town picture, if it is in `lang` and names these neighbourhoods. */
  townPicture(lang: string, names: readonly string[]): SVGElement | undefined;
  /** Stops listening: the live title has replaced it (or another screen will). */
  stop(): void;
}

export function takeOverPrerendered(root: HTMLElement): PrerenderedTitle | undefined {
  const title = root.querySelector('[data-prerendered]');
  if (title === null) return undefined;
  const builtLang = document.documentElement.lang;
  let played: string | undefined;
  const onSubmit = (event: SubmitEvent): void => {
    const button = event.submitter;
    if (!(button instanceof HTMLButtonElement) || button.name !== 'scenario') return;
    event.preventDefault();
    played ??= button.value;
  };
  root.addEventListener('submit', onSubmit);
  return {
    played: () => played,
    townPicture: (lang, names) => {
      const picture = title.querySelector<SVGElement>('svg.town-hero');
      const shown = [...(picture?.querySelectorAll('.town-label') ?? [])].map((t) => t.textContent);
      return picture !== null && lang === builtLang && shown.join('\n') === names.join('\n')
        ? picture
        : undefined;
    },
    stop: () => {
      root.removeEventListener('submit', onSubmit);
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
