import type { FeedItem } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { avatar } from './feed-avatar';
import { replyLines } from './feed-replies';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Whether the thread starts open, and who to tell when the player opens or closes it. */
interface ThreadPlace {
  readonly threadOpen: boolean;
  readonly onThread: (postId: number, open: boolean) => void;
}

/**
 * The replies under a post behind a disclosure button that says how many of them it shows
 * ("4 van 224 reacties lezen", or "3 reacties lezen" when it shows them all): an ordered list of
 * resident, neighbourhood and text. Nothing when no reply has words.
 */
export function renderThread(
  deps: ViewDeps,
  world: World,
  post: FeedItem,
  authorName: string,
  place: ThreadPlace,
): HTMLElement | null {
  const lines = replyLines(deps, world, post.replies);
  if (lines.length === 0) return null;
  const listId = `post-${String(post.id)}-thread`;
  const total = Math.max(post.reactions?.replies ?? 0, lines.length);
  const format = (n: number): string => new Intl.NumberFormat(deps.i18n.language).format(n);
  const list = h(
    'ol',
    { class: 'thread', 'aria-label': uiText(deps, 'feeds.thread.label', { author: authorName }) },
    ...lines.map((line) =>
      h(
        'li',
        { class: 'reply' },
        avatar(`resident-${String(line.resident)}`, line.name, 'small'),
        h(
          'p',
          { class: 'reply-meta' },
          h('strong', {}, line.name),
          ' ',
          h(
            'span',
            { class: 'reply-area' },
            uiText(deps, 'feeds.thread.area', { area: line.area }),
          ),
        ),
        h('p', { class: 'reply-text' }, line.text),
      ),
    ),
  );
  const box = h('div', { class: 'thread-box', id: listId }, list);
  box.hidden = !place.threadOpen;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'thread-toggle',
      'aria-expanded': String(place.threadOpen),
      'aria-controls': listId,
    },
    total > lines.length
      ? uiText(deps, 'feeds.thread.openSome', {
          count: total,
          shown: format(lines.length),
          total: format(total),
        })
      : uiText(deps, 'feeds.thread.open', { count: lines.length }),
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    box.hidden = !open;
    place.onThread(post.id, open);
  });
  return h('div', { class: 'thread-wrap' }, toggle, box);
}
