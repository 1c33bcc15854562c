import { PLATFORMS, type Platform } from '../../content/simulation-vocabulary';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { platformName, postsShown, type Seen, unseenCount } from './feed-platforms';
import { addFeedKeys } from './feed-keys';
import { renderFeedTabs, panelId, tabId } from './feed-tabs';
import { renderPost } from './post-view';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** The feeds' own view state, kept by the play screen (not part of the game). */
export interface FeedUi {
  readonly selected: Platform;
  readonly seen: Seen;
  /** Ids of posts whose thread of replies is open. */
  readonly openThreads: ReadonlySet<number>;
}

/** What the feeds ask of the play screen. */
export interface FeedHandlers {
  readonly onSelect: (platform: Platform) => void;
  readonly onThread: (postId: number, open: boolean) => void;
}

/** The top of a feed, in its platform's style: a timeline bar, chat bar, group card or masthead. */
function renderPanelHeader(
  deps: ViewDeps,
  world: World,
  platform: Platform,
  name: string,
  count: number,
): HTMLElement {
  return h(
    'div',
    { class: `feed-header header-${platform}` },
    h('h3', { class: 'feed-name' }, name),
    h(
      'p',
      { class: 'feed-kind' },
      uiText(deps, `feeds.about.${platform}`, { town: world.town.name, count }),
    ),
  );
}

function renderPanel(
  deps: ViewDeps,
  world: World,
  game: GameState,
  platform: Platform,
  ui: FeedUi,
  on: FeedHandlers,
): HTMLElement {
  const name = platformName(world, platform);
  const posts = postsShown(game, platform);
  const shown = platform === ui.selected;
  const panel = h(
    'div',
    {
      role: 'tabpanel',
      id: panelId(platform),
      class: `feed-panel-body platform-${platform}`,
      'aria-labelledby': tabId(platform),
    },
    renderPanelHeader(deps, world, platform, name, posts.length),
    posts.length === 0
      ? h('p', { class: 'feed-empty' }, uiText(deps, 'feeds.empty', { platform: name }))
      : // Only the feed on show is role=feed: the page has one feed at a time, as a reader expects.
        h(
          'div',
          {
            role: shown ? 'feed' : undefined,
            class: 'feed-list',
            'aria-label': shown ? name : undefined,
            'aria-busy': shown ? 'false' : undefined,
          },
          ...posts.map((post, index) =>
            renderPost(deps, world, game, post, {
              index,
              total: posts.length,
              threadOpen: ui.openThreads.has(post.id),
              onThread: on.onThread,
            }),
          ),
        ),
  );
  panel.hidden = !shown;
  const list = panel.querySelector<HTMLElement>('.feed-list');
  if (list !== null) addFeedKeys(list);
  return panel;
}

/**
 * The four feeds of the town behind a tab list: each tab names its feed and counts the posts
 * the player has not seen; each panel is an ARIA feed of article posts, newest first (the
 * player's post of the move just made leads).
 */
export function renderFeeds(
  deps: ViewDeps,
  world: World,
  game: GameState,
  ui: FeedUi,
  on: FeedHandlers,
): HTMLElement {
  const tabs = PLATFORMS.map((platform) => {
    const unseen = platform === ui.selected ? 0 : unseenCount(ui.seen, game, platform);
    return {
      platform,
      name: platformName(world, platform),
      unseen: unseen === 0 ? null : uiText(deps, 'feeds.unseen', { count: unseen }),
    };
  });
  return h(
    'section',
    { class: 'feed-panel feeds', 'aria-labelledby': 'feeds-heading' },
    h('h2', { id: 'feeds-heading' }, uiText(deps, 'feeds.heading', { town: world.town.name })),
    renderFeedTabs(tabs, ui.selected, 'feeds-heading', on.onSelect),
    ...PLATFORMS.map((platform) => renderPanel(deps, world, game, platform, ui, on)),
  );
}
