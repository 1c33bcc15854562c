import { getByRole } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { GameState } from '../../engine/state';
import { feedDeps, gameWith, post, reply } from '../../../tests/support/feed-fixtures';
import { mountPlayScreen } from '../play/play-screen';
import { replyGap } from './feed-landing';

const start = gameWith([post(0, 'news', { author: 'krant' })]);
const replies = [
  reply(),
  reply({ name: 'Bram C.', area: 'west', variant: 1 }),
  reply({ name: 'Cor D.', area: 'midden', kind: 'believer' }),
  reply({ name: 'Dina E.', kind: 'amplifier', technique: null }),
];
const reactions = { views: 4000, likes: 300, shares: 120, replies: 40 };
const moved = gameWith(
  [
    ...start.feed,
    post(1, 'group', {
      author: 'me',
      byPlayer: true,
      text: 'posts.mine',
      turn: 1,
      replies,
      reactions,
    }),
    post(2, 'microblog', { turn: 1 }),
  ],
  1,
);

/** The play screen on a store holding the start; `move` puts the state after one move in it. */
async function playing(game: GameState) {
  const deps = await feedDeps(game);
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mountPlayScreen(root, deps);
  return {
    root,
    unmount,
    move: (next: GameState) => {
      deps.store.setState({ game: next });
    },
  };
}

/** prefers-reduced-motion as the player set it (jsdom has no matchMedia: it counts as reduced). */
function motion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('reduce'),
    media: query,
  }));
}

const mine = (root: HTMLElement): HTMLElement =>
  root.querySelector<HTMLElement>('article.post-player') as HTMLElement;
/** The replies a sighted player sees now (a waiting one is display: none through .pending). */
const shown = (root: HTMLElement): number =>
  mine(root).querySelectorAll('.thread .reply:not(.pending)').length;
const animating = (root: HTMLElement): boolean =>
  root.querySelector('.feed-panel[data-animating]') !== null;
const toggleText = (root: HTMLElement): string =>
  mine(root).querySelector('.thread-toggle')?.textContent ?? '';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** Timers, animation frames and performance.now() on a clock the test moves on. */
function fakeClock(): void {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
    ],
  });
}

describe('the move lands in the feed', () => {
  it('the pause between replies is 0.4–0.8 s and all arrive within 4 s', () => {
    for (const n of [1, 2, 4, 6, 9]) {
      expect(replyGap(n)).toBeGreaterThanOrEqual(400);
      expect(replyGap(n)).toBeLessThanOrEqual(800);
    }
    for (const n of [1, 4, 12, 40]) expect(replyGap(n) * n).toBeLessThanOrEqual(4000);
  });

  it('the new post’s counters count up and its replies arrive one by one; focus stays on the heading; one status', async () => {
    motion(false);
    fakeClock();
    const { root, move } = await playing(start);
    move(moved);
    const post = mine(root);
    expect(post.classList).toContain('post-new');
    const toggle = getByRole(post, 'button', { name: /reacties lezen$/ });
    expect(toggle.getAttribute('aria-expanded'), 'the thread of the new post is open').toBe('true');
    expect(document.activeElement).toBe(getByRole(root, 'heading', { level: 1 }));
    expect(animating(root)).toBe(true);
    expect(shown(root)).toBe(0);
    expect(post.querySelector('.stat-views')?.textContent).toBe('0 keer gezien');

    const seen: number[] = [];
    const live = getByRole(root, 'status').textContent;
    for (let t = 0; t < 4000 && animating(root); t += 200) {
      vi.advanceTimersByTime(200);
      seen.push(shown(root));
      if (animating(root))
        expect(toggleText(root)).toBe(`${String(shown(root))} van 40 reacties lezen`);
      if (shown(root) === 2) {
        // Halfway the views are counting, neither at 0 nor at the end.
        const views = post.querySelector('.stat-views')?.textContent ?? '';
        expect(views).not.toBe('0 keer gezien');
        expect(views).not.toBe('4.000 keer gezien');
      }
    }
    expect(animating(root), 'done within 4 s').toBe(false);
    // One at a time: every count from 1 to 4 was on screen for a while.
    expect([...new Set(seen)]).toEqual([0, 1, 2, 3, 4]);
    expect(post.querySelector('.stat-views')?.textContent).toBe('4.000 keer gezien');
    expect(post.querySelector('[data-counting]')).toBeNull();
    expect(toggleText(root)).toBe('4 van 40 reacties lezen');
    // Nothing more was announced, and focus never moved to the replies.
    expect(getByRole(root, 'status').textContent).toBe(live);
    expect(root.querySelectorAll('[aria-live]')).toHaveLength(1);
    expect(document.activeElement).toBe(getByRole(root, 'heading', { level: 1 }));
  });

  it('under prefers-reduced-motion every reply and count is there at once', async () => {
    motion(true);
    fakeClock();
    const { root, move } = await playing(start);
    move(moved);
    expect(animating(root)).toBe(false);
    expect(shown(root)).toBe(4);
    expect(toggleText(root)).toBe('4 van 40 reacties lezen');
    expect(mine(root).querySelector('.stat-views')?.textContent).toBe('4.000 keer gezien');
  });

  it('the next post that lands closes the thread the last one opened, not one the player opened', async () => {
    const { root, move } = await playing(start);
    move(moved);
    const toggleOf = (id: number): HTMLElement =>
      root.querySelector<HTMLElement>(`[aria-controls="post-${String(id)}-thread"]`) as HTMLElement;
    expect(toggleOf(1).getAttribute('aria-expanded')).toBe('true');
    const twice = gameWith(
      [...moved.feed, post(3, 'group', { author: 'me', byPlayer: true, turn: 2, replies })],
      2,
    );
    move(twice);
    expect(toggleOf(3).getAttribute('aria-expanded')).toBe('true');
    expect(toggleOf(1).getAttribute('aria-expanded')).toBe('false');
    toggleOf(3).click(); // the player closes it, then opens it again: now it is theirs
    toggleOf(3).click();
    move(
      gameWith(
        [...twice.feed, post(4, 'group', { author: 'me', byPlayer: true, turn: 3, replies })],
        3,
      ),
    );
    expect(toggleOf(3).getAttribute('aria-expanded')).toBe('true');
    expect(toggleOf(4).getAttribute('aria-expanded')).toBe('true');
  });

  it('drawing the feeds again mid-landing (a tab, the language) shows everything at once', async () => {
    motion(false);
    fakeClock();
    const { root, move } = await playing(start);
    move(moved);
    vi.advanceTimersByTime(500);
    expect(shown(root)).toBe(1);
    getByRole(root, 'tab', { name: /Kwetter/ }).click();
    getByRole(root, 'tab', { name: /Wij in Testdorp/ }).click();
    expect(animating(root)).toBe(false);
    expect(shown(root)).toBe(4);
    expect(toggleText(root)).toBe('4 van 40 reacties lezen');
  });

  it('leaving the play screen mid-landing clears its timers (a kiosk runs all day)', async () => {
    motion(false);
    fakeClock();
    const { root, move, unmount } = await playing(start);
    move(moved);
    vi.advanceTimersByTime(500);
    expect(animating(root)).toBe(true);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
