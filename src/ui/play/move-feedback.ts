import { believingBefore, believingNow } from '../../engine/simulation';
import type { GameState, Move } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { outcomeText, outcomeWhy } from './move-outcome';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** What the last move did, as the player reads it: a headline, one reason, and the rest. */
export interface Feedback {
  readonly headline: string;
  /** The reason shown at once: the first one not already shown after an earlier move. */
  readonly why: string | null;
  /** Behind "Waarom?": the figures and the other reasons, never one shown earlier in the game. */
  readonly more: readonly string[];
}

/** Shares of the player's post on a move, or null when the move posted nothing. */
function sharesOf(game: GameState, move: Move): number | null {
  const post = game.feed.find((p) => p.byPlayer && p.turn === move.turn);
  return post?.reactions?.shares ?? null;
}

/** The reasons each move showed, in order: a sentence shown once is never shown again. */
function reasonsShown(deps: ViewDeps, world: World, history: readonly Move[]): Set<string> {
  const shown = new Set<string>();
  for (const move of history) {
    if (move.outcome === null) continue;
    const fresh = outcomeWhy(deps, world, move.outcome).filter((s) => !shown.has(s));
    fresh.forEach((s) => shown.add(s));
  }
  return shown;
}

/** The feedback on the newest move, or null before the first move. */
export function moveFeedback(deps: ViewDeps, world: World, game: GameState): Feedback | null {
  const move = game.history[game.history.length - 1];
  if (move === undefined) return null;
  const number = new Intl.NumberFormat(deps.i18n.language);
  const believing = Math.round(believingNow(game));
  const delta = believing - Math.round(believingBefore(game, move.turn));
  const shares = sharesOf(game, move);
  const change = uiText(deps, delta >= 0 ? 'outcome.up' : 'outcome.down', {
    delta: Math.abs(delta),
  });
  const headline =
    shares === null
      ? uiText(deps, 'outcome.headlineNoPost', { believing, change })
      : uiText(deps, 'outcome.headline', {
          count: shares,
          shares: number.format(shares),
          believing,
          change,
        });
  if (move.outcome === null) return { headline, why: null, more: [] };
  const earlier = reasonsShown(deps, world, game.history.slice(0, -1));
  const fresh = outcomeWhy(deps, world, move.outcome).filter((s) => !earlier.has(s));
  return {
    headline,
    why: fresh[0] ?? null,
    more: [outcomeText(deps, world, move.outcome), ...fresh.slice(1)],
  };
}

/** The feedback card: headline, one reason, and "Waarom?" for the rest. */
export function renderFeedback(deps: ViewDeps, feedback: Feedback): HTMLElement {
  return h(
    'section',
    { class: 'move-feedback', 'aria-labelledby': 'feedback-heading' },
    h('h2', { id: 'feedback-heading', class: 'visually-hidden' }, uiText(deps, 'outcome.heading')),
    h('p', { class: 'feedback-headline' }, feedback.headline),
    feedback.why !== null && h('p', { class: 'feedback-why' }, feedback.why),
    feedback.more.length > 0 &&
      h(
        'details',
        { class: 'feedback-more' },
        h('summary', {}, uiText(deps, 'outcome.more')),
        ...feedback.more.map((line) => h('p', {}, line)),
      ),
  );
}
