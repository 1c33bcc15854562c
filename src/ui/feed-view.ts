import type { GameState } from '../engine/state';
import type { World } from '../engine/world';
import { h } from './dom';
import { scenarioText, uiText, type ViewDeps } from './view-deps';

/** Initials for a generated avatar, e.g. "Gemeente Lindewaard" → "GL". */
const initials = (name: string): string =>
  name.split(/\s+/).filter((w) => /^\p{L}/u.test(w)).slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join('');

/** A stable hue per account, so an author looks the same in every post. */
function hue(id: string): number {
  let sum = 7;
  for (let i = 0; i < id.length; i += 1) sum = (sum * 31 + id.charCodeAt(i)) % 360;
  return sum;
}

function avatar(authorId: string, name: string): HTMLElement {
  const element = h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(name));
  element.style.setProperty('--hue', String(hue(authorId))); // CSSOM: allowed under a strict CSP
  return element;
}

/** The timeline: an ARIA feed of article posts, newest first, author and text readable. */
export function renderFeed(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  const accounts = new Map(world.scenario.accounts.map((a) => [a.id, a]));
  const posts = [...game.feed].reverse();
  const articles = posts.map((post, index) => {
    const account = accounts.get(post.author);
    const name = account ? scenarioText(deps, world, account.name) : post.author;
    const nameId = `post-${String(post.id)}-author`;
    const textId = `post-${String(post.id)}-text`;
    return h(
      'article',
      {
        class: `post${post.byPlayer ? ' post-player' : ''}`,
        'aria-labelledby': nameId,
        'aria-describedby': textId,
        'aria-posinset': index + 1,
        'aria-setsize': posts.length,
        tabindex: 0,
      },
      avatar(post.author, name),
      h('p', { class: 'post-author', id: nameId },
        h('strong', {}, name), ' ',
        h('span', { class: 'handle' }, account?.handle ?? ''),
        post.byPlayer && h('span', { class: 'badge' }, uiText(deps, 'play.yourPost'))),
      h('p', { class: 'post-text', id: textId }, scenarioText(deps, world, post.text)),
    );
  });
  return h(
    'section',
    { class: 'feed-panel', 'aria-labelledby': 'feed-heading' },
    h('h2', { id: 'feed-heading' }, uiText(deps, 'play.feed')),
    posts.length === 0
      ? h('p', {}, uiText(deps, 'play.feedEmpty'))
      : h('div', { role: 'feed', 'aria-labelledby': 'feed-heading', 'aria-busy': 'false' }, ...articles),
  );
}
