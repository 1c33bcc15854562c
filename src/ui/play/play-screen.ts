import { newBadges } from '../../engine/badges';
import { availableChoices } from '../../engine/selectors';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { prefersReducedMotion } from '../shared/motion';
import { watchGameSounds } from '../shared/sound';
import { uiText, type ViewDeps } from '../shared/view-deps';
import { mountFeedSlot } from '../feed/feed-slot';
import { mapSummary, renderMapText } from '../map/map-panel';
import { badgeAnnouncement, renderBadgeBar, renderBadgeToast } from './badge-bar';
import { renderEndingPanel } from './ending-panel';
import { renderMeters } from './meter-list';
import { renderMovePanel } from './move-panel';
import { renderScoreboard } from './scoreboard';

/** How long a badge toast stays before it fades (it stays in the badge bar). */
const TOAST_MS = 6000;

/**
 * The play screen, a stage with three parts: the player's command post (score, badges, the
 * handler's chat and the moves), the town map in the middle, the feeds on the right. On a phone
 * they stack: chat and moves first, then the newest post, then the score and the map. Mounted once per game so
 * the map canvas survives moves; the parts re-render on change. Returns the unmount function.
 */
export function mountPlayScreen(root: HTMLElement, deps: ViewDeps): () => void {
  const { store } = deps;
  const world = store.getState().world;
  if (world === null) return () => undefined;

  const score = h('div', { class: 'score-slot' });
  const badges = h('div', { class: 'badge-slot' });
  const toast = h('div', { class: 'toast-slot' });
  const step = h('div', { class: 'step-slot' });
  const feed = h('div', { class: 'feed-slot' });
  const stage = renderStage(deps, world);
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(
    h(
      'main',
      { class: 'screen play-screen', id: 'main' },
      // Reading order (and a phone's order): the handler and the moves, the feeds with the
      // player's newest post on top, then the score and the map.
      h('div', { class: 'command' }, toast, step),
      feed,
      h('div', { class: 'hud' }, score, badges),
      stage.element,
      live,
    ),
  );
  const unmountMap = deps.mountMap?.(stage.canvas, world);
  const feeds = mountFeedSlot(feed, deps, world);

  let shown: GameState | null = null;
  const render = (game: GameState, arrived: boolean): void => {
    score.replaceChildren(renderScoreboard(deps, world, game, arrived ? shown : null));
    badges.replaceChildren(renderBadgeBar(deps, world, game));
    step.replaceChildren(
      game.ending === null
        ? renderMovePanel(deps, world, game, arrived)
        : renderEndingPanel(deps, world, game),
    );
    feeds.render(game);
    stage.render(game);
    shown = game;
  };
  const game = store.getState().game;
  if (game) render(game, false);

  const badgeToast = mountBadgeToast(deps, toast);

  const unsubscribe = store.subscribe(
    (s) => s.game,
    (next, previous) => {
      if (next === null || next === previous) return;
      const moved =
        previous !== null &&
        next.history.length > previous.history.length &&
        next.seed === previous.seed;
      if (moved) feeds.landMove(next);
      else feeds.reset();
      render(next, moved);
      if (!moved) return;
      live.textContent = moveAnnouncement(deps, world, next, badgeToast.show(next), [
        feeds.announce(next.feed.slice(previous.feed.length)),
      ]);
      focusStepHeading(root, deps);
      feeds.revealNewest();
    },
  );
  const onKey = moveByDigit(deps, world);
  document.addEventListener('keydown', onKey);
  // The sounds follow this game only: leaving it lets go of the listener and the audio context.
  const stopSounds = deps.sound ? watchGameSounds(store, deps.sound) : undefined;
  const onLanguage = (): void => {
    const current = store.getState().game;
    if (current) render(current, false);
  };
  deps.i18n.on('languageChanged', onLanguage);
  return () => {
    unsubscribe();
    feeds.stop();
    stopSounds?.();
    badgeToast.stop();
    deps.i18n.off('languageChanged', onLanguage);
    document.removeEventListener('keydown', onKey);
    unmountMap?.();
  };
}

/** One polite status after a move: the badges earned, the new posts, what the map shows. */
function moveAnnouncement(
  deps: ViewDeps,
  world: World,
  game: GameState,
  badges: readonly string[],
  posts: readonly string[],
): string {
  return [...badges, ...posts, mapSummary(deps, world, game)]
    .filter((line) => line.length > 0)
    .join(' ');
}

/**
 * Focus to the new step's heading, without scrolling while the next moves are on screen: the feed
 * brings the new post into view. When the step has scrolled away (on a phone the ending replaces
 * the moves, far above the feed), the heading is brought into view, or the player sees only the feed.
 */
function focusStepHeading(root: HTMLElement, deps: ViewDeps): void {
  // A screen that only mirrors another window (the projector, a watching facilitator window):
  // focus stays where that window's user has it.
  if (deps.role === 'audience' || deps.store.getState().seat.role === 'watching') return;
  const heading = root.querySelector<HTMLElement>('[data-screen-heading]');
  if (heading === null) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  const moves = root.querySelector<HTMLElement>('ol.moves');
  if (onScreen(heading) || (moves !== null && onScreen(moves))) return;
  // jsdom has no scrollIntoView, though the DOM types promise one on every element.
  const scrollable: Partial<Pick<HTMLElement, 'scrollIntoView'>> = heading;
  scrollable.scrollIntoView?.({
    block: 'start',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
}

/** Whether any part of the element is inside the window. */
function onScreen(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

/** The toast for newly earned badges, shown for TOAST_MS; `show` returns what to announce. */
function mountBadgeToast(
  deps: ViewDeps,
  slot: HTMLElement,
): { show: (game: GameState) => string[]; stop: () => void } {
  let timer = 0;
  return {
    show(game) {
      const earned = newBadges(game);
      window.clearTimeout(timer);
      slot.replaceChildren(renderBadgeToast(deps, earned) || '');
      if (earned.length > 0)
        timer = window.setTimeout(() => {
          slot.replaceChildren();
        }, TOAST_MS);
      return earned.map((b) => badgeAnnouncement(deps, b));
    },
    stop() {
      window.clearTimeout(timer);
    },
  };
}

/**
 * Digit keys 1–9 choose a move, but only inside the move list (WCAG 2.1.4): elsewhere a digit
 * from speech input or a screen reader's quick keys would make a move that cannot be undone.
 */
function moveByDigit(deps: ViewDeps, world: World): (event: KeyboardEvent) => void {
  return (event) => {
    if (deps.role === 'audience') return; // the projector only mirrors the presenter
    if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
    if (!(event.target instanceof Element) || event.target.closest('ol.moves') === null) return;
    const current = deps.store.getState().game;
    if (current === null) return;
    const choice = availableChoices(world, current)[Number(event.key) - 1];
    if (choice) {
      event.preventDefault();
      deps.store.getState().choose(choice.id);
    }
  };
}

/** The town map as the stage: the canvas, then what it shows in words, and the meters. */
function renderStage(
  deps: ViewDeps,
  world: World,
): { element: HTMLElement; canvas: HTMLElement; render: (game: GameState) => void } {
  const heading = h('h2', { id: 'map-heading', class: 'map-heading' });
  const canvas = h('div', { class: 'map-canvas', 'aria-hidden': 'true' });
  const text = h('div', { class: 'map-text-slot' });
  const meters = h('div', { class: 'meters-slot' });
  const element = h(
    'section',
    { class: 'stage map-panel', 'aria-labelledby': 'map-heading' },
    heading,
    canvas,
    text,
    meters,
  );
  return {
    element,
    canvas,
    render: (game) => {
      heading.textContent = uiText(deps, 'play.map', { town: world.town.name });
      text.replaceChildren(renderMapText(deps, world, game));
      meters.replaceChildren(renderMeters(deps, game));
    },
  };
}
