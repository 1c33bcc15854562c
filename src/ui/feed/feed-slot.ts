import type { Platform } from '../../content/simulation-vocabulary';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { countUp } from '../shared/motion';
import { uiText, type ViewDeps } from '../shared/view-deps';
import { defaultPlatform, initialSeen, markSeen, newPostsSummary } from './feed-platforms';
import { tabId } from './feed-tabs';
import { type FeedUi, renderFeeds } from './feed-view';

const STATS = ['views', 'likes', 'shares', 'replies'] as const;

/** The feeds on the play screen and their view state (tab on show, posts seen, threads open). */
export interface FeedSlot {
  render(game: GameState): void;
  /** After a move: show the feed where the player's post landed, its posts counted as seen. */
  landMove(game: GameState): void;
  /** A new game, a rewind or a replay: start the feeds afresh. */
  reset(): void;
  /** New posts in words, for the live region. */
  announce(added: GameState['feed']): string;
  /** Brings the player's new post into view, highlights it and counts its reactions up. */
  revealNewest(): void;
}

export function mountFeedSlot(slot: HTMLElement, deps: ViewDeps, world: World): FeedSlot {
  let ui: FeedUi | null = null;
  let newest: number | null = null;
  const fresh = (game: GameState): FeedUi => {
    const selected = defaultPlatform(game);
    return { selected, seen: initialSeen(game, selected), openThreads: new Set() };
  };
  const render = (game: GameState): void => {
    const current = ui ?? (ui = fresh(game));
    slot.replaceChildren(
      renderFeeds(deps, world, game, current, { onSelect: select, onThread: toggleThread }),
    );
  };
  function select(platform: Platform): void {
    const game = deps.store.getState().game;
    if (game === null || ui === null) return;
    ui = { ...ui, selected: platform, seen: markSeen(ui.seen, game, platform) };
    newest = null;
    render(game);
    document.getElementById(tabId(platform))?.focus();
  }
  function toggleThread(postId: number, open: boolean): void {
    if (ui === null) return;
    const openThreads = new Set(ui.openThreads);
    if (open) openThreads.add(postId);
    else openThreads.delete(postId);
    ui = { ...ui, openThreads };
  }
  return {
    render,
    landMove(game) {
      const selected = defaultPlatform(game);
      ui = ui === null ? fresh(game) : { ...ui, selected, seen: markSeen(ui.seen, game, selected) };
      const turn = game.history.length;
      newest = game.feed.findLast((p) => p.byPlayer && p.turn === turn)?.id ?? null;
    },
    reset() {
      ui = null;
      newest = null;
    },
    announce(added) {
      return newPostsSummary(deps, world, added) || uiText(deps, 'feeds.announce.none');
    },
    revealNewest() {
      const panel = slot.querySelector<HTMLElement>('.feed-panel');
      const article =
        newest === null
          ? null
          : slot.querySelector<HTMLElement>(`[aria-labelledby^="post-${String(newest)}-"]`);
      // Scroll only the feed's own box (on a wide screen it scrolls inside), the post at its top:
      // on a phone the page stays where focus put it, at the step's heading.
      if (panel !== null && panel.scrollHeight > panel.clientHeight) {
        const top =
          article === null
            ? 0
            : article.getBoundingClientRect().top - panel.getBoundingClientRect().top;
        panel.scrollTop = Math.max(0, panel.scrollTop + top - 8);
      }
      if (article === null) return;
      article.classList.add('post-new');
      const format = new Intl.NumberFormat(deps.i18n.language);
      for (const stat of STATS) {
        const item = article.querySelector<HTMLElement>(`.stat-${stat}`);
        const game = deps.store.getState().game;
        const value = game?.feed.find((p) => p.id === newest)?.reactions?.[stat];
        if (item === null || value === undefined) continue;
        countUp(
          item,
          0,
          value,
          (v) => uiText(deps, `feeds.reactions.${stat}`, { count: v, value: format.format(v) }),
          1500,
        );
      }
    },
  };
}
