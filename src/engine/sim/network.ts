import { TIE_INTEREST, TIE_LONG, TIE_NEIGHBOURS } from './params';
import type { RandomStream } from './random';

/** Ties to the nearest residents on each side in the neighbourhood (a ring: neighbours of neighbours know each other). */
export const NEIGHBOUR_TIES_EACH_SIDE = 4;
/** Ties on each side within an interest group (club, school, church, work) that crosses neighbourhoods. */
export const INTEREST_TIES_EACH_SIDE = 2;
/** Typical size of an interest group. */
export const INTEREST_GROUP_SIZE = 300;
/** Long ties (family, old friends elsewhere in town) per resident, on average. */
export const LONG_TIES_PER_RESIDENT = 0.6;

export interface Network {
  readonly tieStart: Uint32Array;
  readonly ties: Uint32Array;
  readonly tieKind: Uint8Array;
}

/**
 * A small-world network in compressed sparse rows: clustered rings inside each neighbourhood and
 * inside interest groups, plus a few random long ties. Every tie is stored in both directions.
 * Two passes over the same ties: one counts each resident's ties, one writes them.
 */
export function buildNetwork(areaStart: Uint32Array, random: RandomStream): Network {
  const size = areaStart[areaStart.length - 1] ?? 0;
  const groups = interestOrder(size, random);
  const longCount = Math.round(size * LONG_TIES_PER_RESIDENT);
  const longA = new Uint32Array(longCount);
  const longB = new Uint32Array(longCount);
  for (let k = 0; k < longCount; k += 1) {
    const a = random.below(size);
    let b = random.below(size);
    if (b === a) b = (a + 1) % size;
    longA[k] = a;
    longB[k] = b;
  }

  const degree = new Uint32Array(size);
  const count = (a: number, b: number): void => {
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  };
  forEachTie(areaStart, groups, longA, longB, count);

  const tieStart = new Uint32Array(size + 1);
  for (let i = 0; i < size; i += 1) tieStart[i + 1] = (tieStart[i] ?? 0) + (degree[i] ?? 0);
  const total = tieStart[size] ?? 0;
  const ties = new Uint32Array(total);
  const tieKind = new Uint8Array(total);
  const cursor = tieStart.slice(0, size);
  const write = (a: number, b: number, k: number): void => {
    const atA = cursor[a] ?? 0;
    ties[atA] = b;
    tieKind[atA] = k;
    cursor[a] = atA + 1;
    const atB = cursor[b] ?? 0;
    ties[atB] = a;
    tieKind[atB] = k;
    cursor[b] = atB + 1;
  };
  forEachTie(areaStart, groups, longA, longB, write);
  return { tieStart, ties, tieKind };
}

interface InterestGroups {
  /** Residents ordered by interest group. */
  readonly order: Uint32Array;
  /** Start of each group in `order`, plus one past the end. */
  readonly start: Uint32Array;
}

/** Puts every resident in one interest group at random and lists them group by group (a counting sort). */
function interestOrder(size: number, random: RandomStream): InterestGroups {
  const groupCount = Math.max(1, Math.round(size / INTEREST_GROUP_SIZE));
  const group = new Uint32Array(size);
  const start = new Uint32Array(groupCount + 1);
  for (let i = 0; i < size; i += 1) {
    const g = random.below(groupCount);
    group[i] = g;
    start[g + 1] = (start[g + 1] ?? 0) + 1;
  }
  for (let g = 0; g < groupCount; g += 1) start[g + 1] = (start[g + 1] ?? 0) + (start[g] ?? 0);
  const cursor = start.slice(0, groupCount);
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i += 1) {
    const g = group[i] ?? 0;
    const at = cursor[g] ?? 0;
    order[at] = i;
    cursor[g] = at + 1;
  }
  return { order, start };
}

/** Calls `emit` once per undirected tie, in a fixed order. */
function forEachTie(
  areaStart: Uint32Array,
  groups: InterestGroups,
  longA: Uint32Array,
  longB: Uint32Array,
  emit: (a: number, b: number, kind: number) => void,
): void {
  for (let a = 0; a + 1 < areaStart.length; a += 1) {
    const from = areaStart[a] ?? 0;
    ring(
      from,
      (areaStart[a + 1] ?? 0) - from,
      NEIGHBOUR_TIES_EACH_SIDE,
      (x) => x,
      TIE_NEIGHBOURS,
      emit,
    );
  }
  const { order, start } = groups;
  for (let g = 0; g + 1 < start.length; g += 1) {
    const from = start[g] ?? 0;
    ring(
      from,
      (start[g + 1] ?? 0) - from,
      INTEREST_TIES_EACH_SIDE,
      (x) => order[x] ?? 0,
      TIE_INTEREST,
      emit,
    );
  }
  for (let k = 0; k < longA.length; k += 1) emit(longA[k] ?? 0, longB[k] ?? 0, TIE_LONG);
}

/**
 * A ring lattice over positions [from, from + length): each links to the next `side` positions.
 * In a ring of even length the position straight across is linked once, so small groups
 * (2 or 4 people) are still fully tied.
 */
function ring(
  from: number,
  length: number,
  side: number,
  resident: (position: number) => number,
  kind: number,
  emit: (a: number, b: number, kind: number) => void,
): void {
  const reach = Math.min(side, Math.floor(length / 2));
  for (let p = 0; p < length; p += 1) {
    for (let d = 1; d <= reach; d += 1) {
      if (2 * d === length && p >= d) continue; // across an even ring: one tie, not two
      emit(resident(from + p), resident(from + ((p + d) % length)), kind);
    }
  }
}
