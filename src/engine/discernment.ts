import type { CheckSet, Discernment } from '../content/discernment-schema';

export type Judgement = 'reliable' | 'manipulative';
export type CheckPhase = 'before' | 'after';
export type Answers = Readonly<Record<string, Judgement>>;
/** Which set comes first: `ab` shows set a before play and set b after; `ba` the other way. */
export type CheckOrder = 'ab' | 'ba';

/**
 * How well a player told true from manipulative posts, in signal-detection terms.
 * `sensitivity` (d′) is how well they told the two apart (0: not at all); `bias` (c) says which
 * way they leaned: above 0 towards trusting, below 0 towards suspicion. Rates use the log-linear
 * correction (n + 0.5) / (N + 1), so a perfect score gives finite numbers.
 */
export interface DiscernmentScore {
  readonly hits: number;
  readonly misses: number;
  readonly falseAlarms: number;
  readonly correctRejections: number;
  readonly manipulativeTotal: number;
  readonly trueTotal: number;
  /** Share of manipulative posts called manipulative. */
  readonly hitRate: number;
  /** Share of true posts called manipulative. */
  readonly falseAlarmRate: number;
  readonly sensitivity: number;
  readonly bias: number;
}

/** Which set a player sees before play and which after, from a seed: about half get each order. */
export function checkOrder(seed: number): CheckOrder {
  // A multiplicative hash, so neighbouring seeds do not all get the same order.
  return (Math.imul(seed >>> 0, 2654435761) >>> 0) % 2 === 0 ? 'ab' : 'ba';
}

export function setFor(order: CheckOrder, phase: CheckPhase): CheckSet {
  const first: CheckSet = order === 'ab' ? 'a' : 'b';
  const second: CheckSet = first === 'a' ? 'b' : 'a';
  return phase === 'before' ? first : second;
}

/** The items of one phase for a player's order, in a fixed mixed order (not all true ones first). */
export function checkItems(
  discernment: Discernment,
  phase: CheckPhase,
  order: CheckOrder = 'ab',
): Discernment['items'] {
  const set = setFor(order, phase);
  const items = discernment.items.filter((item) => item.set === set);
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
  const corrected = (n: number, of: number): number => (n + 0.5) / (of + 1);
  const zHit = inverseNormal(corrected(hits, manipulativeTotal));
  const zFalse = inverseNormal(corrected(falseAlarms, trueTotal));
  const rate = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  return {
    hits,
    misses,
    falseAlarms,
    correctRejections,
    manipulativeTotal,
    trueTotal,
    hitRate: round(rate(hits, manipulativeTotal)),
    falseAlarmRate: round(rate(falseAlarms, trueTotal)),
    sensitivity: round(zHit - zFalse),
    bias: round(-(zHit + zFalse) / 2),
  };
}

/** Plain-language bands for the figures, so the screen can say what they mean. */
export type SensitivityBand = 'none' | 'some' | 'clear';
export type BiasBand = 'trusting' | 'balanced' | 'suspicious';

export function sensitivityBand(score: DiscernmentScore): SensitivityBand {
  if (score.sensitivity < 0.5) return 'none';
  return score.sensitivity < 1.5 ? 'some' : 'clear';
}

export function biasBand(score: DiscernmentScore): BiasBand {
  if (score.bias > 0.25) return 'trusting';
  return score.bias < -0.25 ? 'suspicious' : 'balanced';
}

/** From before to after: did telling true from false get better, worse or stay about the same? */
export function sensitivityChange(
  before: DiscernmentScore,
  after: DiscernmentScore,
): 'better' | 'same' | 'worse' {
  const delta = after.sensitivity - before.sensitivity;
  if (delta > 0.3) return 'better';
  return delta < -0.3 ? 'worse' : 'same';
}

// "+ 0" turns -0 into 0, so a balanced score reads as 0.
const round = (n: number): number => Math.round(n * 100) / 100 + 0;

/** The inverse of the standard normal distribution (Acklam's approximation, error < 1.2e-9). */
export function inverseNormal(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ];
  const b = [
    -54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857,
  ];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373,
    4.37466414146497, 2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const at = (list: readonly number[], i: number): number => list[i] ?? 0;
  const tail = (q: number): number =>
    (((((at(c, 0) * q + at(c, 1)) * q + at(c, 2)) * q + at(c, 3)) * q + at(c, 4)) * q + at(c, 5)) /
    ((((at(d, 0) * q + at(d, 1)) * q + at(d, 2)) * q + at(d, 3)) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((at(a, 0) * r + at(a, 1)) * r + at(a, 2)) * r + at(a, 3)) * r + at(a, 4)) * r + at(a, 5)) *
      q) /
    (((((at(b, 0) * r + at(b, 1)) * r + at(b, 2)) * r + at(b, 3)) * r + at(b, 4)) * r + 1)
  );
}
