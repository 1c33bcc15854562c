import { getAllByRole, getByRole, queryAllByRole, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { FeedItem, GameState } from '../../engine/state';
import { feedDeps, feedWorld, gameWith, post, reply } from '../../../tests/support/feed-fixtures';
import { initialSeen } from './feed-platforms';
import { type FeedUi, renderFeeds } from './feed-view';

async function rendered(game: GameState, ui: Partial<FeedUi> = {}, lang = 'nl') {
  const deps = await feedDeps(game, lang);
  const selected = ui.selected ?? 'microblog';
  const full: FeedUi = {
    selected,
    seen: initialSeen(game, selected),
    openThreads: new Set(),
    ...ui,
  };
  const root = renderFeeds(deps, feedWorld(), game, full, {
    onSelect: () => undefined,
    onThread: () => undefined,
  });
  document.body.append(root);
  return root;
}

const articles = (root: HTMLElement): HTMLElement[] =>
  within(getByRole(root, 'feed')).getAllByRole('article');

describe('the four feeds', () => {
  it('a tablist of the town’s four feeds by their fictional names and new posts; only the selected panel shows', async () => {
    const root = await rendered(gameWith([post(0, 'microblog'), post(1, 'chat')]));
    const tablist = getByRole(root, 'tablist', { name: 'Berichten in Testdorp' });
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Kwetter', 'BuurtApp 1 nieuw', 'Wij in Testdorp', 'Dorpskrant']);
    const selected = getByRole(root, 'tab', { selected: true });
    expect(selected.textContent).toBe('Kwetter');
    expect(selected.getAttribute('tabindex')).toBe('0');
    expect(
      getAllByRole(root, 'tab', { selected: false }).every(
        (t) => t.getAttribute('tabindex') === '-1',
      ),
    ).toBe(true);
    expect(getAllByRole(root, 'tabpanel')).toHaveLength(1);
    expect(getByRole(root, 'tabpanel', { name: 'Kwetter' }).id).toBe(
      selected.getAttribute('aria-controls'),
    );
    expect(getAllByRole(root, 'feed')).toHaveLength(1);
  });

  it('each feed is role=feed with article posts, newest first, author, handle, time and text', async () => {
    const feed = [
      post(0, 'chat', { author: 'gemeente' }),
      post(1, 'microblog'),
      post(2, 'chat', { author: 'me', text: 'posts.mine', byPlayer: true, turn: 1 }),
    ];
    const root = await rendered(gameWith(feed, 1), { selected: 'chat' });
    const posts = articles(root);
    expect(posts).toHaveLength(2);
    expect(posts.map((a) => a.getAttribute('aria-posinset'))).toEqual(['1', '2']);
    expect(posts.every((a) => a.getAttribute('aria-setsize') === '2')).toBe(true);
    const [mine, town] = posts;
    expect(within(mine!).getByText('nl:Ik').className).toBe('post-author');
    expect(mine!.textContent).toContain('@ik');
    expect(mine!.textContent).toContain('nl:Mijn gerucht over Testdorp');
    expect(mine!.querySelector('time')?.textContent).toMatch(/^0[89]:\d\d$/);
    // A town account: its name with the town filled in, its handle, and the story clock at 08:00.
    expect(town).toBe(getByRole(root, 'article', { name: 'Gemeente Testdorp' }));
    expect(town!.textContent).toContain('@gemeente_testdorp');
    expect(town!.querySelector('time')?.textContent).toBe('08:00');
  });

  it('an empty feed says so instead of showing an empty role=feed', async () => {
    const root = await rendered(gameWith([post(0, 'chat')]), { selected: 'news' });
    expect(queryByRole(root, 'feed')).toBeNull();
    expect(getByRole(root, 'tabpanel').textContent).toContain('Nog geen berichten op Dorpskrant.');
  });

  it('reaction counts are words with numbers in the current language; none when there are no reactions', async () => {
    const reactions = { views: 12345, likes: 1, shares: 250, replies: 3 };
    const feed: FeedItem[] = [post(0, 'microblog'), post(1, 'microblog', { reactions })];
    const nlRoot = await rendered(gameWith(feed));
    const [withCounts, without] = articles(nlRoot);
    const stats = within(withCounts!).getByRole('list', { name: 'Zo gaat het met dit bericht' });
    expect(
      within(stats)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['12.345 keer gezien', '1 keer leuk gevonden', '250 keer gedeeld', '3 reacties']);
    expect(queryByRole(without!, 'list')).toBeNull();
    document.body.replaceChildren();
    const enRoot = await rendered(gameWith(feed), {}, 'en');
    expect(
      within(articles(enRoot)[0]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['seen 12,345 times', '1 like', 'shared 250 times', '3 replies']);
  });

  it('the player’s post is marked "Jouw bericht"; counter posts carry a visible label', async () => {
    const feed: FeedItem[] = [
      post(0, 'group', { author: 'me', byPlayer: true, text: 'posts.mine' }),
      post(1, 'group', { author: 'gemeente', counter: 'correction', text: 'posts.fix' }),
      post(2, 'group', { author: 'krant', counter: 'factcheck' }),
      post(3, 'group', { counter: 'moderation' }),
    ];
    const root = await rendered(gameWith(feed), { selected: 'group' });
    expect(getByRole(root, 'article', { name: 'nl:Ik Jouw bericht' }).classList).toContain(
      'post-player',
    );
    expect(
      getByRole(root, 'article', { name: 'Gemeente Testdorp Rectificatie' }).textContent,
    ).toContain('nl:Het klopt niet');
    expect(getByRole(root, 'article', { name: 'Dorpskrant Testdorp Factcheck' })).toBeTruthy();
    expect(
      getByRole(root, 'article', { name: 'nl:Gemeente Testdorp Verwijderd door moderatie' }),
    ).toBeTruthy();
    expect(root.querySelectorAll('.post-label')).toHaveLength(4);
  });

  it('text is shown as text, never as markup', async () => {
    const deps = await feedDeps(gameWith([]));
    deps.i18n.addResource('nl', 'scenario.proef', 'posts.evil', '<img src=x onerror=alert(1)>');
    const game = gameWith([post(0, 'microblog', { text: 'posts.evil' })]);
    const root = renderFeeds(
      deps,
      feedWorld(),
      game,
      { selected: 'microblog', seen: initialSeen(game, 'microblog'), openThreads: new Set() },
      { onSelect: () => undefined, onThread: () => undefined },
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('threads of replies', () => {
  const replies = [
    reply(), // scenario template 0
    reply({ name: 'Bram C.', area: 'west', variant: 3 }), // scenario template 3 % 2 = 1
    reply({ name: 'Cor D.', area: 'midden', kind: 'believer' }), // catalogue, technique emotion
    reply({ name: 'Dina E.', kind: 'amplifier', technique: null }), // catalogue, any
    reply({ name: 'Eva F.', kind: 'debunker', technique: 'discrediting' }), // falls back to any
    reply({ name: 'Fenna G.', kind: 'believer', technique: null }), // no template anywhere: left out
  ];

  it('a disclosure button "5 van 40 reacties lezen" opens the replies inline: resident, neighbourhood, text', async () => {
    const game = gameWith([
      post(0, 'chat', { replies, reactions: { views: 90, likes: 9, shares: 4, replies: 40 } }),
    ]);
    const root = await rendered(game, { selected: 'chat' });
    const toggle = getByRole(root, 'button', { name: '5 van 40 reacties lezen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(queryByRole(root, 'list', { name: /Reacties op/ })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const thread = getByRole(root, 'list', {
      name: 'Reacties op het bericht van nl:Gemeente Testdorp',
    });
    expect(
      document.getElementById(toggle.getAttribute('aria-controls') ?? '')?.contains(thread),
    ).toBe(true);
    const lines = within(thread)
      .getAllByRole('listitem')
      .map((li) => [...li.querySelectorAll('p')].map((p) => p.textContent).join(' | '));
    expect(lines).toEqual([
      'Anna B. uit Oost | nl:Bron? Ik woon in Oost.',
      'Bram C. uit West | nl:Wie zegt dat, in Testdorp?',
      'Cor D. uit Midden | nl:Wat erg voor Midden!',
      'Dina E. uit Oost | nl:Delen! Burgemeester Mira Burg moet dit zien.',
      'Eva F. uit Oost | nl:Dit is al weerlegd.',
    ]);
    await userEvent.click(toggle);
    expect(queryByRole(root, 'list', { name: /Reacties op/ })).toBeNull();
  });

  it('an open thread stays open when the feeds are drawn again', async () => {
    const game = gameWith([post(4, 'microblog', { replies })]);
    const root = await rendered(game, { openThreads: new Set([4]) });
    expect(
      getByRole(root, 'button', { name: '5 reacties lezen' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(getAllByRole(root, 'listitem')).toHaveLength(5);
  });

  it('no button when no reply has words, and no crash', async () => {
    const game = gameWith([
      post(0, 'microblog', { replies: [reply({ kind: 'believer', technique: null })] }),
    ]);
    const root = await rendered(game);
    expect(queryAllByRole(root, 'button')).toEqual([]);
    expect(articles(root)).toHaveLength(1);
  });
  it('Page Down and Page Up move focus from post to post within the feed (ARIA feed pattern)', async () => {
    const root = await rendered(
      gameWith([post(0, 'microblog'), post(1, 'microblog'), post(2, 'microblog')]),
    );
    const user = userEvent.setup();
    const [first, second, third] = articles(root);
    first?.focus();
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(second);
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(third);
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(third);
    await user.keyboard('{PageUp}');
    expect(document.activeElement).toBe(second);
  });
});
