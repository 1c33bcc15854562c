import type { Discernment } from '../content/discernment-schema';

export type Judgement = 'reliable' | 'manipulative';
export type CheckPhase = 'before' | 'after';
export type Answers = Readonly<Record<string, Judgement>>;

/**
 * How well a player told true from manipulative posts. `discernment` is the hit rate minus the
 * false-alarm rate (−1…1): distrusting everything scores 0, not 1, so the lesson "distrust
 * everything" is never rewarded.
 */
export interface DiscernmentScore {
  readonly hits: number;
  readonly misses: number;
  readonly falseAlarms: number;
  readonly correctRejections: number;
  readonly manipulativeTotal: number;
  readonly trueTotal: number;
  readonly discernment: number;
}

/** The items of one phase, in a fixed mixed order (not all true ones first). */
export function checkItems(discernment: Discernment, phase: CheckPhase): Discernment['items'] {
  const items = discernment.items.filter((item) => item.phase === phase);
  const rank = (id: string): number => {
    let hash = 2166136261;
    for (let i = 0; i < id.length; i += 1)
      hash = Math.imul(hash ^ id.charCodeAt(i), 16777619) >>> 0;
    return hash;
  };
  return [...items].sort((a, b) => rank(a.id) - rank(b.id));
}

export function scoreDiscernment(items: Discernment['items'], answers: Answers): DiscernmentScore {
  let hits = 0;
  let misses = 0;
  let falseAlarms = 0;
  let correctRejections = 0;
  for (const item of items) {
    const said = answers[item.id];
    if (item.verdict === 'manipulative') {
      if (said === 'manipulative') hits += 1;
      else misses += 1;
    } else if (said === 'manipulative') falseAlarms += 1;
    else correctRejections += 1;
  }
  const manipulativeTotal = hits + misses;
  const trueTotal = falseAlarms + correctRejections;
  const rate = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  return {
    hits,
    misses,
    falseAlarms,
    correctRejections,
    manipulativeTotal,
    trueTotal,
    discernment:
      Math.round((rate(hits, manipulativeTotal) - rate(falseAlarms, trueTotal)) * 100) / 100,
  };
}
