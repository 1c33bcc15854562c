import { PLATFORMS, type Platform } from '../../content/simulation-vocabulary';
import type { FeedItem, GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { withTownNames } from './feed-authors';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** The feed a post is on. */
export const platformOf = (post: FeedItem): Platform => post.platform;

/** The fictional name of a feed in this town ("Kwetter"), with the town's names filled in. */
export const platformName = (world: World, platform: Platform): string =>
  withTownNames(world, world.town.platforms[platform].name);

/** The posts of one feed, newest first. */
export function postsOn(game: GameState, platform: Platform): FeedItem[] {
  return game.feed.filter((p) => platformOf(p) === platform).reverse();
}

/** The player's post of the move just made, or null (none yet, or that move posted nothing). */
export function landedPost(game: GameState): FeedItem | null {
  const turn = game.history.length;
  if (turn === 0) return null;
  return game.feed.findLast((p) => p.byPlayer && p.turn === turn) ?? null;
}

/**
 * The posts of one feed as they are shown: newest first, except that the player's post of the
 * move just made leads (pinned) while the town's reactions to it follow, so the move lands at
 * the top of its feed, right after the moves on a phone. Pure.
 */
export function postsShown(game: GameState, platform: Platform): FeedItem[] {
  const posts = postsOn(game, platform);
  const landed = landedPost(game);
  if (landed === null || platformOf(landed) !== platform) return posts;
  return [landed, ...posts.filter((p) => p.id !== landed.id)];
}

/**
 * The feed to show: where the player last posted; before that, where the latest turn's first
 * post is (at the start: the post that opens the story). Pure.
 */
export function defaultPlatform(game: GameState): Platform {
  const lastTurn = game.feed.at(-1)?.turn;
  const shown = game.feed.findLast((p) => p.byPlayer) ?? game.feed.find((p) => p.turn === lastTurn);
  return shown === undefined ? PLATFORMS[0] : platformOf(shown);
}

/** What the player has seen: per feed, the highest post id they have looked at (-1: none). */
export type Seen = Readonly<Record<Platform, number>>;

/** Seen on (re)opening a game: everything before the current turn, and the feed on show. */
export function initialSeen(game: GameState, shown: Platform): Seen {
  const turn = game.history.length;
  const seen = Object.fromEntries(PLATFORMS.map((p) => [p, -1])) as Record<Platform, number>;
  for (const post of game.feed) {
    const platform = platformOf(post);
    if (post.turn < turn || platform === shown) seen[platform] = Math.max(seen[platform], post.id);
  }
  return seen;
}

/** Marks every post of `platform` as seen. */
export function markSeen(seen: Seen, game: GameState, platform: Platform): Seen {
  const newest = postsOn(game, platform)[0];
  return newest === undefined ? seen : { ...seen, [platform]: Math.max(seen[platform], newest.id) };
}

/** How many posts of `platform` the player has not looked at yet. */
export function unseenCount(seen: Seen, game: GameState, platform: Platform): number {
  return game.feed.filter((p) => platformOf(p) === platform && p.id > seen[platform]).length;
}

/**
 * One short sentence about the posts a move added, per feed, most first
 * ("2 nieuwe berichten op BuurtApp, 1 op Kwetter."); empty when nothing was added.
 */
export function newPostsSummary(deps: ViewDeps, world: World, added: readonly FeedItem[]): string {
  const counts = PLATFORMS.map((p) => ({
    platform: p,
    count: added.filter((post) => platformOf(post) === p).length,
  }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
  const parts = counts.map(({ platform, count }, i) =>
    uiText(deps, i === 0 ? 'feeds.announce.first' : 'feeds.announce.more', {
      count,
      platform: platformName(world, platform),
    }),
  );
  return parts.length === 0 ? '' : `${parts.join(', ')}.`;
}
