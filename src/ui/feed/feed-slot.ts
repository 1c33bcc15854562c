import type { Platform } from '../../content/simulation-vocabulary';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { uiText, type ViewDeps } from '../shared/view-deps';
import {
  defaultPlatform,
  initialSeen,
  landedPost,
  markSeen,
  newPostsSummary,
} from './feed-platforms';
import { landPost } from './feed-landing';
import { revealSelectedTab, tabId } from './feed-tabs';
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
  /**
   * Brings the player's new post into view, highlights it, counts its reactions up and lets its
   * replies arrive one by one (the feed panel carries data-animating meanwhile).
   */
  revealNewest(): void;
  /** The screen is left: a landing still under way stops (its timers are cleared). */
  stop(): void;
}

export function mountFeedSlot(slot: HTMLElement, deps: ViewDeps, world: World): FeedSlot {
  let ui: FeedUi | null = null;
  let newest: number | null = null;
  let stopLanding = (): void => undefined;
  // The thread under the player's latest post starts open: its replies are the move's answer.
  // It closes again when the next post lands, unless the player opened or closed it meanwhile.
  let autoOpen: number | null = null;
  const fresh = (game: GameState): FeedUi => {
    const selected = defaultPlatform(game);
    const landed = landedPost(game)?.id ?? null;
    autoOpen = landed;
    return {
      selected,
      seen: initialSeen(game, selected),
      openThreads: new Set(landed === null ? [] : [landed]),
    };
  };
  const render = (game: GameState): void => {
    stopLanding();
    const current = ui ?? (ui = fresh(game));
    slot.replaceChildren(
      renderFeeds(deps, world, game, current, { onSelect: select, onThread: toggleThread }),
    );
    revealSelectedTab(slot);
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
    if (postId === autoOpen) autoOpen = null;
    ui = { ...ui, openThreads };
  }
  return {
    render,
    landMove(game) {
      const selected = defaultPlatform(game);
      newest = landedPost(game)?.id ?? null;
      if (ui === null) ui = fresh(game);
      else {
        const openThreads = new Set(ui.openThreads);
        if (autoOpen !== null) openThreads.delete(autoOpen);
        if (newest !== null) openThreads.add(newest);
        autoOpen = newest;
        ui = { ...ui, selected, seen: markSeen(ui.seen, game, selected), openThreads };
      }
    },
    reset() {
      ui = null;
      newest = null;
      autoOpen = null;
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
      if (article === null || panel === null) return;
      article.classList.add('post-new');
      const format = new Intl.NumberFormat(deps.i18n.language);
      const reactions = deps.store.getState().game?.feed.find((p) => p.id === newest)?.reactions;
      const stats = STATS.flatMap((stat) => {
        const item = article.querySelector<HTMLElement>(`.stat-${stat}`);
        const to = reactions?.[stat];
        if (item === null || to === undefined) return [];
        const write = (v: number): string =>
          uiText(deps, `feeds.reactions.${stat}`, { count: v, value: format.format(v) });
        return [{ item, to, write }];
      });
      const replies = article.querySelectorAll('.thread .reply').length;
      stopLanding = landPost(article, panel, {
        stats,
        toggle: (count) => {
          const total = Math.max(reactions?.replies ?? 0, replies);
          return uiText(deps, 'feeds.thread.openSome', {
            count: total,
            shown: format.format(count),
            total: format.format(total),
          });
        },
      });
    },
    stop() {
      stopLanding();
      stopLanding = (): void => undefined;
    },
  };
}
