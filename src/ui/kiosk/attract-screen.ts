import type { Post } from '../../content/schema';
import type { World } from '../../engine/world';
import type { UiKey } from '../../i18n/ui-keys';
import { postAuthor } from '../feed/feed-authors';
import { button, h } from '../shared/dom';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';
import { renderTownPicture } from '../title/town-hero';
import { renderWordmark } from '../title/wordmark';

/** How many of the story's posts the attract screen shows in turn (kiosk.css rotates three). */
const SAMPLE_POSTS = 3;

/**
 * The festival kiosk's attract screen, made to be seen from across a hall: the wordmark with its
 * turning windmill, one big call to play, how often the game was played today, the town with a
 * rumour spreading through it in waves, and posts a visitor could make, shown in turn (kiosk.css;
 * all still under reduced motion). One tap starts the first story on its short route. Nothing of
 * a previous player is shown here.
 */
export function renderAttractScreen(deps: ViewDeps): HTMLElement {
  const [first] = [...deps.worlds.values()];
  const t = (key: UiKey, values: Record<string, unknown> = {}): string => uiText(deps, key, values);
  const plays = deps.kioskPlaysToday?.() ?? 0;
  const town = first?.town;
  const posts = first ? samplePosts(first) : [];
  return h(
    'main',
    { class: 'screen attract-screen', id: 'main' },
    h(
      'section',
      { class: 'attract-pitch' },
      renderWordmark(t('app.name')),
      h('p', { class: 'tagline' }, t('app.tagline')),
      h('p', { class: 'intro' }, t('kiosk.intro')),
      first &&
        button(
          t('kiosk.start'),
          () => {
            deps.store.getState().startScenario(first.scenario.id);
          },
          { class: 'primary attract-start', 'data-focus-key': 'kiosk-start' },
        ),
      plays > 0 && h('p', { class: 'attract-count' }, t('kiosk.playsToday', { count: plays })),
      first?.scenario.contentNote !== undefined &&
        h(
          'p',
          { class: 'content-note' },
          t('title.contentNote', { note: scenarioText(deps, first, first.scenario.contentNote) }),
        ),
      h('p', { class: 'privacy-line' }, t('kiosk.private')),
    ),
    town && h('div', { class: 'attract-town' }, renderTownPicture(deps, town)),
    first &&
      posts.length > 0 &&
      h(
        'section',
        { class: 'attract-posts', 'aria-labelledby': 'attract-posts-heading' },
        h('h2', { id: 'attract-posts-heading' }, t('kiosk.samplePosts')),
        h(
          'ul',
          { class: `attract-post-list posts-${String(posts.length)}` },
          ...posts.map((post) => renderSamplePost(deps, first, post)),
        ),
      ),
  );
}

/** The first posts a player can make on the story's short route, in the order of its steps. */
function samplePosts(world: World): Post[] {
  const posts: Post[] = [];
  for (const node of world.scenario.nodes) {
    const choices = node.choices ?? [];
    const short = choices.some((c) => c.short === true)
      ? choices.filter((c) => c.short === true)
      : choices;
    for (const choice of short)
      if (choice.post && choice.techniques !== undefined && choice.techniques.length > 0)
        posts.push(choice.post);
  }
  return posts.slice(0, SAMPLE_POSTS);
}

function renderSamplePost(deps: ViewDeps, world: World, post: Post): HTMLElement {
  const author = postAuthor(deps, world, post.author);
  return h(
    'li',
    { class: 'attract-post' },
    h(
      'p',
      { class: 'attract-post-author' },
      h('strong', {}, author.name),
      ' ',
      h('span', { class: 'handle' }, author.handle),
    ),
    h('p', { class: 'attract-post-text' }, scenarioText(deps, world, post.text)),
  );
}
