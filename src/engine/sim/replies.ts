import type { ReplyKind } from '../../content/simulation-vocabulary';
import type { Town } from '../../content/town-schema';
import type { RandomStream } from './random';
import { BELIEVING, DOUBTING, type Population, type Reply } from './types';

/** Replies written out under a post (the count shown can be higher). */
export const REPLIES_SHOWN = 4;
/** Of the residents who made up their mind, the share that also writes a reply. */
export const REPLY_RATE = 0.03;

/** What kind of reply a resident writes, from what they made of the post and who they are. */
export function replyKind(population: Population, status: Uint8Array, i: number): ReplyKind {
  const st = status[i] ?? 0;
  if (st === BELIEVING) return (population.susceptibility[i] ?? 0) > 0.6 ? 'amplifier' : 'believer';
  if (st === DOUBTING && (population.scepticism[i] ?? 0) > 0.55) return 'debunker';
  return 'doubter';
}

/**
 * Up to REPLIES_SHOWN replies from the residents sampled during the step, believers and doubters
 * mixed as they came. Names are fictional (the town's `residentNames`), fixed per resident.
 */
export function pickReplies(
  town: Town,
  population: Population,
  status: Uint8Array,
  sample: readonly number[],
  technique: string | null,
  random: RandomStream,
): Reply[] {
  const names = town.residentNames;
  // Replies of the same kind take consecutive templates, so one thread never repeats a text
  // (as long as the list has enough templates).
  const base = random.below(1000);
  const sameKindBefore = new Map<ReplyKind, number>();
  const usedNames = new Set<number>();
  return sample.slice(0, REPLIES_SHOWN).map((i) => {
    const kind = replyKind(population, status, i);
    const before = sameKindBefore.get(kind) ?? 0;
    sameKindBefore.set(kind, before + 1);
    // Two different residents in one thread never share a name.
    let name = (Math.imul(i, 2654435761) >>> 0) % names.length;
    while (usedNames.has(name) && usedNames.size < names.length) name = (name + 1) % names.length;
    usedNames.add(name);
    return {
      resident: i,
      name: names[name] ?? names[0] ?? '',
      area: town.neighbourhoods[population.area[i] ?? 0]?.id ?? '',
      kind,
      technique,
      variant: base + before,
    };
  });
}
