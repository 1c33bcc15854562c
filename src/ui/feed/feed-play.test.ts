import { getAllByRole, getByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { GameState } from '../../engine/state';
import { feedDeps, gameWith, post } from '../../../tests/support/feed-fixtures';
import { mountPlayScreen } from '../play/play-screen';

/** The play screen on a store holding `game`; moves are made by putting the next state in the store. */
async function playing(game: GameState) {
  const deps = await feedDeps(game);
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mountPlayScreen(root, deps);
  const move = (next: GameState): void => {
    deps.store.setState({ game: next });
  };
  return { deps, root, unmount, move, user: userEvent.setup() };
}

const start = gameWith([
  post(0, 'news', { author: 'krant' }),
  post(1, 'chat', { author: 'gemeente' }),
]);
const selectedTab = (root: HTMLElement): string =>
  getByRole(root, 'tab', { selected: true }).textContent;

describe('feeds on the play screen', () => {
  it('opens on the feed of the story’s first post; the other feeds count their new posts', async () => {
    const { root } = await playing(start);
    expect(selectedTab(root)).toBe('Dorpskrant');
    expect(getAllByRole(root, 'tab').map((t) => t.textContent)).toEqual([
      'Kwetter',
      'BuurtApp 1 nieuw',
      'Wij in Testdorp',
      'Dorpskrant',
    ]);
  });

  it('tabs follow the ARIA pattern: arrows (wrapping), Home and End select and focus; the new count clears', async () => {
    const { root, user } = await playing(start);
    getByRole(root, 'tab', { selected: true }).focus();
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(
      getByRole(root, 'tab', { name: 'Kwetter', selected: true }),
    );
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(
      getByRole(root, 'tab', { name: 'BuurtApp', selected: true }),
    );
    expect(
      within(getByRole(root, 'tabpanel', { name: 'BuurtApp' })).getAllByRole('article'),
    ).toHaveLength(1);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(selectedTab(root)).toBe('Dorpskrant');
    await user.keyboard('{ArrowRight}');
    expect(selectedTab(root)).toBe('Kwetter');
    await user.keyboard('{ArrowLeft}');
    expect(selectedTab(root)).toBe('Dorpskrant');
    await user.keyboard('{Home}{End}');
    expect(document.activeElement).toBe(
      getByRole(root, 'tab', { name: 'Dorpskrant', selected: true }),
    );
    expect(getAllByRole(root, 'tab').map((t) => t.textContent)).toEqual([
      'Kwetter',
      'BuurtApp',
      'Wij in Testdorp',
      'Dorpskrant',
    ]);
    // Tab leaves the tab list for the panel's first post; only one tab is in the Tab order.
    await user.tab();
    expect(document.activeElement?.tagName).toBe('ARTICLE');
  });

  it('a click selects a tab', async () => {
    const { root, user } = await playing(start);
    await user.click(getByRole(root, 'tab', { name: 'Kwetter' }));
    expect(selectedTab(root)).toBe('Kwetter');
    expect(getByRole(root, 'tabpanel').textContent).toContain('Nog geen berichten op Kwetter.');
  });

  it('after a move: the feed of the player’s post is shown and one polite status sums up the new posts per feed', async () => {
    const { root, move } = await playing(start);
    const next = gameWith(
      [
        ...start.feed,
        post(2, 'group', { author: 'me', byPlayer: true, text: 'posts.mine', turn: 1 }),
        post(3, 'microblog', { turn: 1 }),
        post(4, 'group', { author: 'gemeente', counter: 'correction', text: 'posts.fix', turn: 1 }),
      ],
      1,
    );
    move(next);
    expect(selectedTab(root)).toBe('Wij in Testdorp');
    const posts = within(getByRole(root, 'feed')).getAllByRole('article');
    expect(posts.map((a) => a.getAttribute('aria-labelledby')?.split(' ').length)).toEqual([2, 2]);
    // The player's post of this move leads its feed; the town's answer to it follows.
    expect(posts[0]?.classList).toContain('post-player');
    expect(posts[1]?.classList).toContain('post-counter');
    const status = getByRole(root, 'status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    // First the badge the move earned (the technique named), then the posts, then the map.
    expect(status.textContent).toMatch(/^Nieuwe badge: nl:Emotion\. De truc: /);
    expect(status.textContent).toMatch(
      /2 nieuwe berichten op Wij in Testdorp, 1 op Kwetter\. Het gerucht bereikte 10% van Testdorp\./,
    );
    expect(status.textContent).not.toContain('nl:Mijn gerucht');
    expect(root.querySelectorAll('[aria-live]')).toHaveLength(1);
    expect(document.activeElement).toBe(getByRole(root, 'heading', { level: 1 }));
    expect(getAllByRole(root, 'tab').map((t) => t.textContent)).toEqual([
      'Kwetter 1 nieuw',
      'BuurtApp 1 nieuw',
      'Wij in Testdorp',
      'Dorpskrant',
    ]);
  });

  it('a move without a post of the player keeps to the player’s last feed and says "1 nieuw bericht"', async () => {
    const { root, move } = await playing(start);
    const first = gameWith(
      [...start.feed, post(2, 'chat', { author: 'me', byPlayer: true, turn: 1 })],
      1,
    );
    move(first);
    move(gameWith([...first.feed, post(3, 'news', { turn: 2 })], 2));
    expect(selectedTab(root)).toBe('BuurtApp');
    expect(getByRole(root, 'status').textContent).toMatch(/^1 nieuw bericht op Dorpskrant\. /);
  });

  it('number keys still choose moves', async () => {
    const { deps, root, user } = await playing(start);
    const choose = vi.fn();
    deps.store.setState({ choose });
    root.querySelector<HTMLElement>('button.move')?.focus();
    await user.keyboard('2');
    expect(choose).toHaveBeenCalledWith('honest');
  });
});
