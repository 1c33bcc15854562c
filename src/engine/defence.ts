import type { Catalogue } from '../content/catalogue-schema';
import { RESPONSES, type Response } from '../content/catalogue-schema';
import type { GameState, Move, Route } from './state';

export type { Response } from '../content/catalogue-schema';

/**
 * How well a response suits a moment, judged by the techniques used there. `mixed`: it suits one
 * technique of the move but backfires on another (e.g. correcting a flood that is also trolling).
 */
export type Fit = 'good' | 'neutral' | 'risky' | 'mixed';

/** How one technique of a moment rates a response (a technique only knows good, neutral, risky). */
export interface TechniqueFit {
  readonly technique: string;
  readonly fit: Exclude<Fit, 'mixed'>;
}

export const DEFENCE_MOMENTS = 3;

/** One moment of the player's own campaign that the crisis team must answer, and its answer. */
export interface DefenceStep {
  readonly turn: number;
  readonly response: Response;
  readonly fit: Fit;
  /** Each technique's own verdict, so a mixed answer can show both reasons. */
  readonly byTechnique: readonly TechniqueFit[];
}

/**
 * The moments the crisis team answers: up to `limit` of the player's own moves that used a
 * technique, the ones that pushed the rumour furthest first, shown in the order they happened.
 * Pure: the same history always gives the same moments.
 */
export function defenceMoments(
  history: readonly Move[],
  limit: number = DEFENCE_MOMENTS,
): readonly Move[] {
  const withTechniques = history.filter((m) => m.techniques.length > 0);
  const gain = (m: Move): number => m.meters.reach - (history[m.turn - 2]?.meters.reach ?? 0);
  const chosen: Move[] = [];
  const seen = new Set<string>();
  // Prefer moments with a technique not chosen yet, so the team meets different tactics.
  for (const pass of [true, false]) {
    for (const move of [...withTechniques].sort((a, b) => gain(b) - gain(a) || a.turn - b.turn)) {
      if (chosen.length >= limit || chosen.includes(move)) continue;
      if (pass && move.techniques.every((t) => seen.has(t))) continue;
      chosen.push(move);
      move.techniques.forEach((t) => seen.add(t));
    }
  }
  return chosen.sort((a, b) => a.turn - b.turn);
}

/** Each technique's verdict on a response, in the order the move used them. */
export function techniqueFits(
  catalogue: Catalogue,
  techniques: readonly string[],
  response: Response,
): TechniqueFit[] {
  return techniques.flatMap((id) => {
    const entry = catalogue.techniques.find((t) => t.id === id);
    if (entry === undefined) return [];
    const fit =
      entry.defence?.risky.includes(response) === true
        ? 'risky'
        : entry.defence?.good.includes(response) === true
          ? 'good'
          : 'neutral';
    return [{ technique: id, fit }];
  });
}

/**
 * The fit of a response to a move. An answer that any technique of the move rates risky is never
 * "good": it is "mixed" when another technique rates it good, else "risky".
 * @internal The tests state the rules through it; the game combines techniqueFits itself.
 */
export function responseFit(
  catalogue: Catalogue,
  techniques: readonly string[],
  response: Response,
): Fit {
  return combineFits(techniqueFits(catalogue, techniques, response));
}

export function combineFits(fits: readonly TechniqueFit[]): Fit {
  const good = fits.some((f) => f.fit === 'good');
  const risky = fits.some((f) => f.fit === 'risky');
  if (risky) return good ? 'mixed' : 'risky';
  return good ? 'good' : 'neutral';
}

/**
 * What a response does to the story's trust in the municipality. What it does to the rumour is
 * simulated (`simulateResponse` in simulation.ts): a good one takes belief back, a risky one spreads it.
 */
export const FIT_TRUST: Readonly<Record<Fit, number>> = {
  good: 4,
  neutral: 1,
  mixed: 0,
  risky: -3,
};

/**
 * The defence model's named parameters: what an answer does in the simulated town, by its fit.
 * The fit (from the catalogue's `defence` lists, which follow the law texts) decides how much an
 * answer takes back or adds; the kind of answer only decides how it works (see simulateResponse).
 */
export const DEFENCE_MODEL = {
  /**
   * Strength of the doubt an answer sows among residents who heard the rumour and see the answer
   * (a correction's strength: times their trust in the municipality, less for the susceptible).
   * A fitting answer convinces about half of those it reaches who trust the municipality; a
   * neutral one a few; a mixed one (it also repeats the claim) fewer; a risky one nobody.
   */
  doubt: { good: 1.2, neutral: 0.3, mixed: 0.2, risky: 0 } as Readonly<Record<Fit, number>>,
  /**
   * Share of the doubt that reaches residents whatever they think of the municipality: the answer
   * is also seen through neighbours, the local news and the victim's own circle.
   */
  trustFloor: 0.5,
  /**
   * Chance that a wrong answer tips a resident who heard the rumour but had not made up their mind
   * into believing it (a removal looks like a cover-up, a correction feeds the trolls, silence
   * lets it stand); a mixed answer, which also helps, half of that.
   */
  backfire: { good: 0, neutral: 0, mixed: 0.2, risky: 0.4 } as Readonly<Record<Fit, number>>,
  /**
   * Share of the residents who had not heard the rumour that a wrong answer brings it to, per unit
   * of backfire (it makes the rumour news); they then make up their mind as above.
   */
  newcomers: 0.4,
  /** A doubter is tipped back this many times as rarely as an undecided resident ("so it is true"). */
  doubters: 0.3,
  /** Resistance a fitting warning-ahead (prebunk) adds for residents who trust the municipality. */
  prebunkResistance: 0.3,
  /**
   * A police report convinces nobody by itself: it stops the sender (their pending shares on the
   * feed), and only the news that a report was made sows a little doubt, this share of a
   * correction's. The law texts say why: a report is about a crime (threats, doxing), not a claim.
   */
  reportDoubt: 0.25,
  /** Rounds of passing-on after each answer: the time the answer takes to work. */
  ticks: 2,
} as const;

/**
 * Moments in the round: three, but one on the festival kiosk's short route, so that a visit fits
 * five minutes.
 */
const DEFENCE_MOMENTS_BY_ROUTE: Readonly<Record<Route, number>> = {
  full: DEFENCE_MOMENTS,
  short: 1,
};

/** The moments this game's round answers (fewer on the short route). */
export function gameDefenceMoments(state: GameState): readonly Move[] {
  return defenceMoments(state.history, DEFENCE_MOMENTS_BY_ROUTE[state.route]);
}

/**
 * Whether the ending offers the switch-sides round: only when the player spread something (a move
 * that used a technique). An honest game has nothing to defend against.
 */
export function defenceOffered(state: GameState): boolean {
  return state.ending !== null && gameDefenceMoments(state).length > 0;
}

/** The moment to answer next, or undefined when the round is over (or there was nothing to answer). */
export function nextDefenceMoment(state: GameState): Move | undefined {
  if (state.ending === null) return undefined;
  return gameDefenceMoments(state)[state.defence.length];
}

export { RESPONSES };
