import type { GameState } from '../engine/state';
import { availableChoices } from '../engine/selectors';
import { h } from './dom';
import { renderEndingPanel } from './ending-panel';
import { renderFeed } from './feed-view';
import { mapSummary, renderMapText } from './map-panel';
import { renderMeters } from './meter-list';
import { renderMovePanel } from './move-panel';
import { uiText, type ViewDeps } from './view-deps';

/**
 * The play screen: the step (or the ending), the timeline, the meters and the town map.
 * Mounted once per game so the map canvas survives moves; the text parts re-render on change.
 * Returns the unmount function.
 */
export function mountPlayScreen(root: HTMLElement, deps: ViewDeps): () => void {
  const { store } = deps;
  const world = store.getState().world;
  if (world === null) return () => undefined;

  const step = h('div', { class: 'step-slot' });
  const feed = h('div', { class: 'feed-slot' });
  const meters = h('div', { class: 'meters-slot' });
  const mapText = h('div', { class: 'map-text-slot' });
  const mapHeading = h('h2', { id: 'map-heading' });
  const canvas = h('div', { class: 'map-canvas', 'aria-hidden': 'true' });
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(
    h('main', { class: 'screen play-screen', id: 'main' },
      step, feed,
      h('aside', { class: 'side-panel' }, meters,
        h('section', { class: 'map-panel', 'aria-labelledby': 'map-heading' }, mapHeading, canvas, mapText)),
      live),
  );
  const unmountMap = deps.mountMap?.(canvas, world);

  const render = (game: GameState): void => {
    step.replaceChildren(game.ending === null ? renderMovePanel(deps, world, game) : renderEndingPanel(deps, world, game));
    feed.replaceChildren(renderFeed(deps, world, game));
    meters.replaceChildren(renderMeters(deps, game));
    mapHeading.textContent = uiText(deps, 'play.map', { town: world.town.name });
    mapText.replaceChildren(renderMapText(deps, world, game));
  };
  const game = store.getState().game;
  if (game) render(game);

  const unsubscribe = store.subscribe((s) => s.game, (next, previous) => {
    if (next === null || next === previous) return;
    render(next);
    if (previous !== null && next.history.length > previous.history.length) {
      const added = next.feed.length - previous.feed.length;
      live.textContent = `${uiText(deps, 'play.newPosts', { count: added })} ${mapSummary(deps, world, next)}`;
      const heading = root.querySelector<HTMLElement>('[data-screen-heading]');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  });
  const onKey = (event: KeyboardEvent): void => {
    if (deps.role === 'audience') return; // the projector only mirrors the presenter
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    const current = store.getState().game;
    if (current === null) return;
    const choice = availableChoices(world, current)[Number(event.key) - 1];
    if (choice) {
      event.preventDefault();
      store.getState().choose(choice.id);
    }
  };
  document.addEventListener('keydown', onKey);
  const onLanguage = (): void => {
    const current = store.getState().game;
    if (current) render(current);
  };
  deps.i18n.on('languageChanged', onLanguage);
  return () => {
    unsubscribe();
    deps.i18n.off('languageChanged', onLanguage);
    document.removeEventListener('keydown', onKey);
    unmountMap?.();
  };
}
