import type { FeedItem } from '../../engine/state';

/** The story day starts at 08:00; every move moves the clock on by this many minutes. */
const DAY_START = 8 * 60;
const MINUTES_PER_TURN = 50;
const MINUTES_BETWEEN_POSTS = 4;

/**
 * The fictional time a post appeared, as "HH:MM": deterministic from its turn and its place
 * among the posts of that turn (ids only grow), so a reload or a replay shows the same clock.
 */
export function postTime(feed: readonly FeedItem[], post: FeedItem): string {
  const rank = feed.filter((p) => p.turn === post.turn && p.id < post.id).length;
  const offset = Math.min(rank * MINUTES_BETWEEN_POSTS + (post.id % 3), MINUTES_PER_TURN - 1);
  const minutes = (DAY_START + post.turn * MINUTES_PER_TURN + offset) % (24 * 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
