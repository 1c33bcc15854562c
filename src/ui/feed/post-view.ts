import type { FeedItem, GameState } from '../../engine/state';
import type { Reactions } from '../../engine/sim/types';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { avatar } from './feed-avatar';
import { postAuthor } from './feed-authors';
import { postTime } from './feed-clock';
import { platformOf } from './feed-platforms';
import { renderThread } from './post-thread';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';

/** Where a post sits in its feed, and what to do when its thread is opened or closed. */
export interface PostPlace {
  readonly index: number;
  readonly total: number;
  readonly threadOpen: boolean;
  readonly onThread: (postId: number, open: boolean) => void;
}

const STATS = ['views', 'likes', 'shares', 'replies'] as const;

/** The reaction counts as words ("1.234 keer gezien"), numbers in the current language. */
function renderStats(deps: ViewDeps, reactions: Reactions): HTMLElement {
  const format = new Intl.NumberFormat(deps.i18n.language);
  return h(
    'ul',
    { class: 'post-stats', 'aria-label': uiText(deps, 'feeds.reactions.label') },
    ...STATS.map((stat) =>
      h(
        'li',
        { class: `stat stat-${stat}` },
        uiText(deps, `feeds.reactions.${stat}`, {
          count: reactions[stat],
          value: format.format(reactions[stat]),
        }),
      ),
    ),
  );
}

/**
 * One post as an article of its feed: avatar, author, handle, time, labels, text, reaction
 * counts and the thread of replies behind a disclosure button. Text only, never markup.
 */
export function renderPost(
  deps: ViewDeps,
  world: World,
  game: GameState,
  post: FeedItem,
  place: PostPlace,
): HTMLElement {
  const author = postAuthor(deps, world, post.author);
  const prefix = `post-${String(post.id)}`;
  const labelIds = [
    `${prefix}-author`,
    post.byPlayer && `${prefix}-mine`,
    post.counter !== null && `${prefix}-counter`,
  ];
  const classes = [
    'feed-post',
    `post-${platformOf(post)}`,
    post.byPlayer && 'post-player',
    post.counter !== null && `post-counter counter-${post.counter}`,
  ];
  const time = postTime(game.feed, post);
  return h(
    'article',
    {
      class: classes.filter(Boolean).join(' '),
      'aria-labelledby': labelIds.filter(Boolean).join(' '),
      'aria-describedby': `${prefix}-text`,
      'aria-posinset': place.index + 1,
      'aria-setsize': place.total,
      tabindex: 0,
    },
    avatar(author.id, author.name),
    h(
      'div',
      { class: 'post-body' },
      h(
        'p',
        { class: 'post-meta' },
        h('strong', { class: 'post-author', id: `${prefix}-author` }, author.name),
        ' ',
        author.handle !== '' && h('span', { class: 'handle' }, author.handle),
        ' ',
        h('time', { class: 'post-time', datetime: time }, time),
      ),
      (post.byPlayer || post.counter !== null) &&
        h(
          'p',
          { class: 'post-labels' },
          post.byPlayer &&
            h(
              'span',
              { class: 'post-label label-mine', id: `${prefix}-mine` },
              uiText(deps, 'feeds.yourPost'),
            ),
          post.counter !== null &&
            h(
              'span',
              { class: `post-label label-${post.counter}`, id: `${prefix}-counter` },
              uiText(deps, `feeds.counter.${post.counter}`),
            ),
        ),
      h('p', { class: 'post-text', id: `${prefix}-text` }, scenarioText(deps, world, post.text)),
      post.reactions !== null && renderStats(deps, post.reactions),
      renderThread(deps, world, post, author.name, place),
    ),
  );
}
