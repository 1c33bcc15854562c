import { describe, expect, it } from 'vitest';

import { postTime } from './feed-clock';
import { feedDeps, feedWorld, gameWith, post } from '../../../tests/support/feed-fixtures';
import {
  defaultPlatform,
  initialSeen,
  markSeen,
  newPostsSummary,
  postsShown,
  unseenCount,
} from './feed-platforms';

describe('feed helpers', () => {
  it('the announcement: one sentence, most posts first, in either language', async () => {
    const added = [post(5, 'microblog'), post(6, 'chat'), post(7, 'chat'), post(8, 'news')];
    const nl = await feedDeps();
    expect(newPostsSummary(nl, feedWorld(), added)).toBe(
      '2 nieuwe berichten op BuurtApp, 1 op Kwetter, 1 op Dorpskrant.',
    );
    expect(newPostsSummary(nl, feedWorld(), [])).toBe('');
    const en = await feedDeps(null, 'en');
    expect(newPostsSummary(en, feedWorld(), added.slice(0, 1))).toBe('1 new post on Kwetter.');
  });

  it('the story clock starts at 08:00, moves on each turn and never goes back within a turn', () => {
    const feed = [
      post(0, 'chat'),
      post(1, 'news'),
      post(2, 'chat', { turn: 1 }),
      post(3, 'chat', { turn: 1 }),
      post(4, 'group', { turn: 1 }),
    ];
    const times = feed.map((p) => postTime(feed, p));
    expect(times[0]).toBe('08:00');
    expect(times).toEqual([...times].sort());
    expect(times[2]! > '08:49').toBe(true);
    expect(feed.map((p) => postTime(feed, p))).toEqual(times);
  });

  it('which feed to show and what is new', () => {
    const game = gameWith(
      [
        post(0, 'chat', { byPlayer: true }),
        post(1, 'news'),
        post(2, 'news', { turn: 1 }),
        post(3, 'group', { turn: 1 }),
      ],
      1,
    );
    expect(defaultPlatform(game)).toBe('chat');
    expect(defaultPlatform(gameWith([]))).toBe('microblog');
    const seen = initialSeen(game, 'chat');
    expect(unseenCount(seen, game, 'news')).toBe(1);
    expect(unseenCount(seen, game, 'group')).toBe(1);
    expect(unseenCount(markSeen(seen, game, 'news'), game, 'news')).toBe(0);
  });

  it('a feed shows newest first, but the player’s post of the move just made leads it', () => {
    const feed = [
      post(0, 'chat', { byPlayer: true }),
      post(1, 'chat'),
      post(2, 'chat', { byPlayer: true, turn: 2 }),
      post(3, 'chat', { turn: 2 }),
      post(4, 'chat', { turn: 2 }),
      post(5, 'news', { turn: 2 }),
    ];
    const ids = (game: ReturnType<typeof gameWith>): number[] =>
      postsShown(game, 'chat').map((p) => p.id);
    expect(ids(gameWith(feed, 2))).toEqual([2, 4, 3, 1, 0]);
    // A step later without a new post of the player: plain newest first again.
    expect(ids(gameWith(feed, 3))).toEqual([4, 3, 2, 1, 0]);
    expect(ids(gameWith(feed, 0))).toEqual([4, 3, 2, 1, 0]);
    expect(postsShown(gameWith(feed, 2), 'news').map((p) => p.id)).toEqual([5]);
  });
});
