import type { Measure } from '../../content/simulation-vocabulary';

/**
 * Who a technique works on. A fake letter or a fake municipal account works on people who
 * trust the municipality (they believe what seems to come from it); conspiracy, polarisation and
 * discrediting work on people who already distrust it; the rest on anyone.
 */
export type Appeal = 'trusting' | 'distrusting' | 'anyone';

export interface TechniquePull {
  /** How strongly the technique pulls, relative to a plain claim (1). */
  readonly pull: number;
  readonly appeal: Appeal;
  /** The emotional charge it gives a post when the author does not set one (0..1). */
  readonly emotion: number;
}

/** Unknown technique ids (a new catalogue entry) pull like a plain claim. */
export const PLAIN: TechniquePull = { pull: 1, appeal: 'anyone', emotion: 0.3 };

export const TECHNIQUE_PULL: Readonly<Record<string, TechniquePull>> = {
  impersonation: { pull: 1.2, appeal: 'trusting', emotion: 0.3 },
  emotion: { pull: 1.1, appeal: 'anyone', emotion: 0.9 },
  polarisation: { pull: 1.0, appeal: 'distrusting', emotion: 0.7 },
  conspiracy: { pull: 0.9, appeal: 'distrusting', emotion: 0.6 },
  discrediting: { pull: 1.0, appeal: 'distrusting', emotion: 0.5 },
  trolling: { pull: 0.8, appeal: 'anyone', emotion: 0.7 },
  fake_letter: { pull: 1.3, appeal: 'trusting', emotion: 0.4 },
  leak: { pull: 1.1, appeal: 'distrusting', emotion: 0.4 },
  clientelism: { pull: 1.0, appeal: 'distrusting', emotion: 0.5 },
  doxxing: { pull: 0.9, appeal: 'anyone', emotion: 0.8 },
  fabricated_media: { pull: 1.2, appeal: 'anyone', emotion: 0.6 },
  amplification: { pull: 1.0, appeal: 'anyone', emotion: 0.3 },
  // Looks like local news or a familiar official: works on those who trust local media and the town.
  fake_news_site: { pull: 1.2, appeal: 'trusting', emotion: 0.4 },
  voice_clone: { pull: 1.3, appeal: 'trusting', emotion: 0.5 },
  election_process: { pull: 1.0, appeal: 'anyone', emotion: 0.4 },
};

/** A post with no technique is a plain, fairly calm claim. */
export const PLAIN_EMOTION = 0.25;

/** The emotional charge of a post: what the author set, else the strongest of its techniques. */
export function postEmotion(techniques: readonly string[], authored: number | undefined): number {
  if (authored !== undefined) return authored;
  return techniques.reduce(
    (most, t) => Math.max(most, (TECHNIQUE_PULL[t] ?? PLAIN).emotion),
    PLAIN_EMOTION,
  );
}

/**
 * The techniques' pull on one resident, from their trust in the municipality (0..1): the
 * geometric mean of each technique's pull, so piling techniques on does not multiply without end.
 */
export function techniqueFactor(techniques: readonly string[], trust: number): number {
  if (techniques.length === 0) return 1;
  let product = 1;
  for (const id of techniques) {
    const t = TECHNIQUE_PULL[id] ?? PLAIN;
    const appeal =
      t.appeal === 'trusting' ? 0.4 + trust : t.appeal === 'distrusting' ? 1.4 - trust : 1;
    product *= t.pull * appeal;
  }
  return product ** (1 / techniques.length);
}

/**
 * What each resilience measure does. `catches` lists techniques that stop working when the
 * measure is in place: residents recognise the fake, so the post's pull is cut to `CAUGHT_PULL`
 * and doubt grows instead (a backfire). `correction` strengthens the municipality's corrections;
 * `resistance` is how far residents who trust the municipality start out prebunked.
 */
export interface MeasureEffect {
  readonly catches: readonly string[];
  readonly correction: number;
  readonly resistance: number;
}

export const MEASURE_EFFECTS: Readonly<Record<Measure, MeasureEffect>> = {
  // Accounts protected with two-factor authentication cannot be taken over (the Hof van Twente
  // lesson in research/dutch-context.md), so a message posing as the municipality is spotted.
  two_factor: { catches: ['impersonation'], correction: 1, resistance: 0 },
  // Residents know what a real letter from the municipality looks like and where to check it.
  known_letter_style: { catches: ['fake_letter'], correction: 1, resistance: 0 },
  // A known, trusted spokesperson makes corrections land better.
  trusted_spokesperson: { catches: [], correction: 1.5, resistance: 0 },
  // Residents were warned in advance how such campaigns work.
  prebunking: { catches: [], correction: 1, resistance: 0.35 },
};

/** Pull left to a post whose technique a measure catches. */
export const CAUGHT_PULL = 0.15;
/** How much more often a resident who sees a caught fake starts to doubt openly. */
export const CAUGHT_DOUBT = 3;

/** The measures that catch any of these techniques. */
export function measuresCatching(
  measures: readonly Measure[],
  techniques: readonly string[],
): Measure[] {
  return measures.filter((m) => MEASURE_EFFECTS[m].catches.some((t) => techniques.includes(t)));
}
