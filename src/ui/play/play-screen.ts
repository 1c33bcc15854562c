import type { Platform } from '../../content/simulation-vocabulary';
import type { GameState } from '../../engine/state';
import { availableChoices } from '../../engine/selectors';
import { h } from '../shared/dom';
import { renderEndingPanel } from './ending-panel';
import { defaultPlatform, initialSeen, markSeen, newPostsSummary } from '../feed/feed-platforms';
import { tabId } from '../feed/feed-tabs';
import { type FeedUi, renderFeeds } from '../feed/feed-view';
import { mapSummary, renderMapText } from '../map/map-panel';
import { renderMeters } from './meter-list';
import { renderMovePanel } from './move-panel';
import { uiText, type ViewDeps } from '../shared/view-deps';

/**
 * The play screen: the step (or the ending), the town's four feeds, the meters and the map.
 * Mounted once per game so the map canvas survives moves; the text parts re-render on change.
 * The feeds' view state (tab on show, posts seen, threads open) lives here, not in the game.
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
    h(
      'main',
      { class: 'screen play-screen', id: 'main' },
      step,
      feed,
      h(
        'aside',
        { class: 'side-panel' },
        meters,
        h(
          'section',
          { class: 'map-panel', 'aria-labelledby': 'map-heading' },
          mapHeading,
          canvas,
          mapText,
        ),
      ),
      live,
    ),
  );
  const unmountMap = deps.mountMap?.(canvas, world);

  let feedUi: FeedUi | null = null;
  const freshFeedUi = (game: GameState): FeedUi => {
    const selected = defaultPlatform(game);
    return { selected, seen: initialSeen(game, selected), openThreads: new Set() };
  };
  const renderFeedSlot = (game: GameState): void => {
    const ui = feedUi ?? (feedUi = freshFeedUi(game));
    feed.replaceChildren(
      renderFeeds(deps, world, game, ui, { onSelect: selectFeed, onThread: toggleThread }),
    );
  };
  function selectFeed(platform: Platform): void {
    const game = store.getState().game;
    if (game === null || feedUi === null) return;
    feedUi = { ...feedUi, selected: platform, seen: markSeen(feedUi.seen, game, platform) };
    renderFeedSlot(game);
    document.getElementById(tabId(platform))?.focus();
  }
  function toggleThread(postId: number, open: boolean): void {
    if (feedUi === null) return;
    const openThreads = new Set(feedUi.openThreads);
    if (open) openThreads.add(postId);
    else openThreads.delete(postId);
    feedUi = { ...feedUi, openThreads };
  }

  const render = (game: GameState): void => {
    step.replaceChildren(
      game.ending === null
        ? renderMovePanel(deps, world, game)
        : renderEndingPanel(deps, world, game),
    );
    renderFeedSlot(game);
    meters.replaceChildren(renderMeters(deps, game));
    mapHeading.textContent = uiText(deps, 'play.map', { town: world.town.name });
    mapText.replaceChildren(renderMapText(deps, world, game));
  };
  const game = store.getState().game;
  if (game) render(game);

  const unsubscribe = store.subscribe(
    (s) => s.game,
    (next, previous) => {
      if (next === null || next === previous) return;
      const moved =
        previous !== null &&
        next.history.length > previous.history.length &&
        next.seed === previous.seed;
      if (moved && feedUi !== null) {
        // After a move the feeds show where the player's post landed, seen at once.
        const selected = defaultPlatform(next);
        feedUi = { ...feedUi, selected, seen: markSeen(feedUi.seen, next, selected) };
      } else {
        feedUi = null; // a new game, a rewind or a replay: start the feeds afresh
      }
      render(next);
      if (moved) {
        const added = next.feed.slice(previous.feed.length);
        const posts = newPostsSummary(deps, world, added) || uiText(deps, 'feeds.announce.none');
        live.textContent = `${posts} ${mapSummary(deps, world, next)}`;
        const heading = root.querySelector<HTMLElement>('[data-screen-heading]');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus();
      }
    },
  );
  const onKey = (event: KeyboardEvent): void => {
    if (deps.role === 'audience') return; // the projector only mirrors the presenter
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    // Only inside the move list (WCAG 2.1.4): elsewhere a digit from speech input or a screen
    // reader's quick keys would make a move that cannot be undone.
    if (!(event.target instanceof Element) || event.target.closest('ol.moves') === null) return;
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
