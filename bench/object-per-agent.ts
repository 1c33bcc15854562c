import type { Neighbourhood, Town } from '../src/content/town-schema';
import {
  AGE_BANDS,
  PLATFORMS,
  type AgeBand,
  type Measure,
  type Platform,
  type ResidentState,
} from '../src/content/simulation-vocabulary';
import {
  INTEREST_GROUP_SIZE,
  INTEREST_TIES_EACH_SIDE,
  LONG_TIES_PER_RESIDENT,
  NEIGHBOUR_TIES_EACH_SIDE,
} from '../src/engine/sim/network';
import { PLATFORM_TRAITS, type SimParams } from '../src/engine/sim/params';
import {
  CAUGHT_DOUBT,
  CAUGHT_PULL,
  MEASURE_EFFECTS,
  techniqueFactor,
} from '../src/engine/sim/pull';
import { hashText, randomStream, type RandomStream } from '../src/engine/sim/random';
import type { PostEvent } from '../src/engine/sim/spread';
import type { AreaCounts, RumourPull } from '../src/engine/sim/types';

/**
 * The baseline for `npm run bench`: the same model as src/engine/sim, written the obvious way,
 * one object per resident and one object per tie, without thinking about memory. It draws the
 * same random numbers in the same order as the typed-array engine, so for the same town and seed
 * both give the same residents and the same run (tests/bench-baseline.test.ts checks this);
 * only then does the ratio of their timings mean something.
 *
 * Two things are not "plain" on purpose, because the engine does them and they change results:
 * - The engine stores susceptibility, scepticism and trust in Float32Arrays, so they are rounded
 *   to single precision (`Math.fround`) here too. Scepticism is derived from the *unrounded*
 *   susceptibility, as in the engine.
 * - The technique factor is looked up in a 64-bucket table by trust, rounded to single precision
 *   (the engine's `techTable` is a Float32Array).
 */

export type TieKind = 'neighbours' | 'interest' | 'long';
/** In the order of the engine's tie kind codes (TIE_NEIGHBOURS, TIE_INTEREST, TIE_LONG). */
export const TIE_KINDS: readonly TieKind[] = ['neighbours', 'interest', 'long'];

export interface Tie {
  to: Resident;
  kind: TieKind;
}

export interface Resident {
  id: number;
  /** Index of the neighbourhood in town order. */
  area: number;
  age: AgeBand;
  /** Feeds the resident uses, in PLATFORMS order. */
  platforms: Platform[];
  susceptibility: number;
  scepticism: number;
  trust: number;
  ties: Tie[];
  status: ResidentState;
  /** Feeds on which the resident passes the rumour on in the next tick. */
  sharing: Set<Platform>;
}

export interface ObjectTown {
  residents: Resident[];
  neighbourhoods: Resident[][];
  /** Users of each feed, in resident order. */
  feeds: Record<Platform, Resident[]>;
}

// Copied from src/engine/sim/population.ts (not exported there); the test catches any drift.
const AGE_PLATFORM_FACTOR: Record<AgeBand, Record<Platform, number>> = {
  young: { microblog: 1.6, chat: 1.0, group: 0.6, news: 0.6 },
  adult: { microblog: 1.0, chat: 1.0, group: 1.0, news: 1.0 },
  senior: { microblog: 0.4, chat: 0.9, group: 1.4, news: 1.5 },
};
const AGE_SUSCEPTIBILITY: Record<AgeBand, number> = { young: 0.02, adult: 0, senior: 0.06 };
const AGE_SCEPTICISM: Record<AgeBand, number> = { young: 0.04, adult: 0.02, senior: -0.04 };
// Copied from src/engine/sim/spread.ts.
const SAMPLE_SIZE = 24;
const CROSS_POST = 0.2;
const TRUST_BUCKETS = 64;

function clamp01(x: number): number {
  if (x < 0) return 0;
  if (x > 1) return 1;
  return x;
}

function platformUse(hood: Neighbourhood, band: AgeBand, platform: Platform): number {
  let mean = 0;
  for (const b of AGE_BANDS) mean += hood.ages[b] * AGE_PLATFORM_FACTOR[b][platform];
  return clamp01((hood.platformUse[platform] * AGE_PLATFORM_FACTOR[band][platform]) / (mean || 1));
}

export function generateObjectTown(town: Town): ObjectTown {
  const random = randomStream(hashText(`population:${town.id}`));
  const residents: Resident[] = [];
  const neighbourhoods: Resident[][] = [];

  town.neighbourhoods.forEach((hood, area) => {
    const inHood: Resident[] = [];
    for (let k = 0; k < hood.population; k++) {
      const r = random.next();
      let age: AgeBand = 'senior';
      if (r < hood.ages.young) age = 'young';
      else if (r < hood.ages.young + hood.ages.adult) age = 'adult';
      const platforms: Platform[] = [];
      for (const platform of PLATFORMS) {
        if (random.next() < platformUse(hood, age, platform)) platforms.push(platform);
      }
      const susceptibility = clamp01(
        hood.susceptibility + AGE_SUSCEPTIBILITY[age] + (random.next() - 0.5) * 0.5,
      );
      const scepticism = clamp01(
        0.55 - 0.5 * (susceptibility - 0.5) + AGE_SCEPTICISM[age] + (random.next() - 0.5) * 0.4,
      );
      const trust = clamp01(hood.trust + (random.next() - 0.5) * 0.5);
      const resident: Resident = {
        id: residents.length,
        area,
        age,
        platforms,
        susceptibility: Math.fround(susceptibility),
        scepticism: Math.fround(scepticism),
        trust: Math.fround(trust),
        ties: [],
        status: 'unaware',
        sharing: new Set(),
      };
      residents.push(resident);
      inHood.push(resident);
    }
    neighbourhoods.push(inHood);
  });

  connect(residents, neighbourhoods, random);
  const feeds = {} as Record<Platform, Resident[]>;
  for (const platform of PLATFORMS)
    feeds[platform] = residents.filter((r) => r.platforms.includes(platform));
  return { residents, neighbourhoods, feeds };
}

/** Rings inside each neighbourhood and each interest group, then random long ties; every tie on both ends. */
function connect(residents: Resident[], neighbourhoods: Resident[][], random: RandomStream): void {
  const groupCount = Math.max(1, Math.round(residents.length / INTEREST_GROUP_SIZE));
  const groups: Resident[][] = [];
  for (let g = 0; g < groupCount; g++) groups.push([]);
  for (const resident of residents) groups[random.below(groupCount)]?.push(resident);

  const longTies: [Resident, Resident][] = [];
  const longCount = Math.round(residents.length * LONG_TIES_PER_RESIDENT);
  for (let k = 0; k < longCount; k++) {
    const a = random.below(residents.length);
    let b = random.below(residents.length);
    if (b === a) b = (a + 1) % residents.length;
    const ra = residents[a];
    const rb = residents[b];
    if (ra && rb) longTies.push([ra, rb]);
  }

  for (const hood of neighbourhoods) ring(hood, NEIGHBOUR_TIES_EACH_SIDE, 'neighbours');
  for (const group of groups) ring(group, INTEREST_TIES_EACH_SIDE, 'interest');
  for (const [a, b] of longTies) tie(a, b, 'long');
}

function ring(members: Resident[], side: number, kind: TieKind): void {
  const reach = Math.min(side, Math.floor(members.length / 2));
  members.forEach((a, p) => {
    for (let d = 1; d <= reach; d++) {
      if (2 * d === members.length && p >= d) continue;
      const b = members[(p + d) % members.length];
      if (b) tie(a, b, kind);
    }
  });
}

function tie(a: Resident, b: Resident, kind: TieKind): void {
  a.ties.push({ to: b, kind });
  b.ties.push({ to: a, kind });
}

export interface ObjectTally {
  views: number;
  newlyExposed: number;
  newlyBelieving: number;
  newlyDoubting: number;
  shares: number;
  sample: Resident[];
}

/** One step of the simulation on the objects (the residents' states change in place). Mirrors `Runner`. */
export class ObjectRunner {
  readonly random: RandomStream;
  moderated = new Set<Platform>();
  resistance: number;
  pull: RumourPull = { emotion: 0, credibility: 0.5, techniques: [], caughtBy: [] };
  techTable: number[] = [];
  tally: ObjectTally = {
    views: 0,
    newlyExposed: 0,
    newlyBelieving: 0,
    newlyDoubting: 0,
    shares: 0,
    sample: [],
  };
  seen = 0;
  saw = new Set<Resident>();

  constructor(
    readonly town: ObjectTown,
    readonly params: SimParams,
    measures: readonly Measure[],
    rng: number,
  ) {
    this.random = randomStream(rng);
    let resistance = 0;
    for (const m of measures) resistance += MEASURE_EFFECTS[m].resistance;
    this.resistance = Math.min(0.8, resistance);
    this.fillTechTable();
  }

  post(event: PostEvent): void {
    this.pull = event.pull;
    this.fillTechTable();
    const pool = [...this.town.feeds[event.platform]];
    const count = Math.min(event.seeds, pool.length);
    for (let k = 0; k < count; k++) {
      const pick = k + this.random.below(pool.length - k);
      const resident = pool[pick];
      const other = pool[k];
      if (resident === undefined || other === undefined) continue;
      pool[pick] = other;
      pool[k] = resident;
      this.expose(resident, event.platform);
    }
  }

  tick(): void {
    const sharers = this.town.residents
      .filter((r) => r.sharing.size > 0)
      .map((r) => ({ resident: r, feeds: PLATFORMS.filter((p) => r.sharing.has(p)) }));
    for (const { resident } of sharers) resident.sharing.clear();

    for (const { resident, feeds } of sharers) {
      for (const platform of feeds) {
        this.tally.shares++;
        const traits = PLATFORM_TRAITS[platform];
        const carried = TIE_KINDS.filter((_kind, k) => ((traits.ties >> k) & 1) === 1);
        for (const t of resident.ties) {
          if (carried.includes(t.kind) && t.to.platforms.includes(platform))
            this.expose(t.to, platform);
        }
        const audience = this.town.feeds[platform];
        if (traits.broadcast && !this.moderated.has(platform) && audience.length > 0) {
          for (let k = 0; k < this.params.broadcastReach; k++) {
            const stranger = audience[this.random.below(audience.length)];
            if (stranger) this.expose(stranger, platform);
          }
        }
      }
    }
  }

  expose(resident: Resident, platform: Platform): void {
    if (!this.saw.has(resident)) {
      this.saw.add(resident);
      this.tally.views++;
    }
    if (resident.status === 'believing' || resident.status === 'doubting') return;
    const wasUnaware = resident.status === 'unaware';
    const traits = PLATFORM_TRAITS[platform];
    const { params, pull } = this;
    const s = resident.susceptibility;
    const c = resident.scepticism;
    const caught = pull.caughtBy.length > 0;
    const believe =
      params.believeRate *
      traits.believe *
      (0.5 + pull.credibility) *
      (0.4 + 1.2 * s) *
      (1 - 0.7 * c) *
      (1 + params.emotionWeight * pull.emotion * s) *
      (this.techTable[Math.min(TRUST_BUCKETS - 1, Math.floor(resident.trust * TRUST_BUCKETS))] ??
        1) *
      (1 - this.resistance * resident.trust) *
      (caught ? CAUGHT_PULL : 1);
    if (this.random.next() < believe) {
      this.settle(resident, 'believing');
      const damp = this.moderated.has(platform) ? params.moderationFactor : 1;
      const share = params.shareRate * traits.share * (0.5 + s) * (1 + 0.5 * pull.emotion) * damp;
      if (this.random.next() < share) resident.sharing.add(platform);
      if (this.random.next() < CROSS_POST * damp) this.crossPost(resident, platform);
    } else if (this.random.next() < params.doubtRate * c * (caught ? CAUGHT_DOUBT : 1)) {
      this.settle(resident, 'doubting');
    } else if (wasUnaware) {
      resident.status = 'exposed';
      this.tally.newlyExposed++;
    }
  }

  crossPost(resident: Resident, from: Platform): void {
    const others = resident.platforms.filter((p) => p !== from && !this.moderated.has(p));
    if (others.length === 0) return;
    const platform = others[this.random.below(others.length)] ?? from;
    resident.sharing.add(platform);
  }

  settle(resident: Resident, next: 'believing' | 'doubting'): void {
    if (resident.status === next) return;
    if (resident.status === 'unaware') this.tally.newlyExposed++;
    resident.status = next;
    if (next === 'believing') this.tally.newlyBelieving++;
    else {
      this.tally.newlyDoubting++;
      resident.sharing.clear();
    }
    this.seen++;
    if (this.tally.sample.length < SAMPLE_SIZE) this.tally.sample.push(resident);
    else {
      const k = this.random.below(this.seen);
      if (k < SAMPLE_SIZE) this.tally.sample[k] = resident;
    }
  }

  fillTechTable(): void {
    this.techTable = [];
    for (let b = 0; b < TRUST_BUCKETS; b++)
      this.techTable.push(
        Math.fround(techniqueFactor(this.pull.techniques, (b + 0.5) / TRUST_BUCKETS)),
      );
  }
}

/** How many residents of each neighbourhood are in each state (what `step` records after each tick). */
export function countObjectsByArea(town: ObjectTown): AreaCounts[] {
  return town.neighbourhoods.map((hood) => {
    const counts = { unaware: 0, exposed: 0, believing: 0, doubting: 0 };
    for (const resident of hood) counts[resident.status]++;
    return counts;
  });
}
