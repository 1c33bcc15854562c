import type { Catalogue } from '../content/catalogue-schema';
import { RESPONSES, type Response } from '../content/catalogue-schema';
import type { GameState, Move } from './state';

export type { Response } from '../content/catalogue-schema';

/** How well a response suits a moment, judged by the techniques used there. */
export type Fit = 'good' | 'neutral' | 'risky';

export const DEFENCE_MOMENTS = 3;

/** One moment of the player's own campaign that the crisis team must answer, and its answer. */
export interface DefenceStep {
  readonly turn: number;
  readonly response: Response;
  readonly fit: Fit;
}

/**
 * The moments the crisis team answers: up to three of the player's own moves that used a
 * technique, the ones that pushed the rumour furthest first, shown in the order they happened.
 * Pure: the same history always gives the same moments.
 */
export function defenceMoments(history: readonly Move[]): readonly Move[] {
  const withTechniques = history.filter((m) => m.techniques.length > 0);
  const gain = (m: Move): number => m.meters.reach - (history[m.turn - 2]?.meters.reach ?? 0);
  const chosen: Move[] = [];
  const seen = new Set<string>();
  // Prefer moments with a technique not chosen yet, so the team meets different tactics.
  for (const pass of [true, false]) {
    for (const move of [...withTechniques].sort((a, b) => gain(b) - gain(a) || a.turn - b.turn)) {
      if (chosen.length >= DEFENCE_MOMENTS || chosen.includes(move)) continue;
      if (pass && move.techniques.every((t) => seen.has(t))) continue;
      chosen.push(move);
      move.techniques.forEach((t) => seen.add(t));
    }
  }
  return chosen.sort((a, b) => a.turn - b.turn);
}

/** The fit of a response to a move: good if it suits any technique used, risky if it backfires on one. */
export function responseFit(
  catalogue: Catalogue,
  techniques: readonly string[],
  response: Response,
): Fit {
  const entries = catalogue.techniques.filter((t) => techniques.includes(t.id));
  if (entries.some((t) => t.defence?.good.includes(response) === true)) return 'good';
  if (entries.some((t) => t.defence?.risky.includes(response) === true)) return 'risky';
  return 'neutral';
}

/**
 * What a response does to the story's trust in the municipality. What it does to the rumour is
 * simulated (`simulateResponse` in simulation.ts): a good one takes belief back, a risky one spreads it.
 */
export const FIT_TRUST: Readonly<Record<Fit, number>> = { good: 4, neutral: 1, risky: -3 };

/** The moment to answer next, or undefined when the round is over (or there was nothing to answer). */
export function nextDefenceMoment(state: GameState): Move | undefined {
  if (state.ending === null) return undefined;
  const moments = defenceMoments(state.history);
  return moments[state.defence.length];
}

export { RESPONSES };
