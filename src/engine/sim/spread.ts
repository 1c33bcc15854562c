import { PLATFORMS, type Measure, type Platform } from '../../content/simulation-vocabulary';
import { countByArea } from './counts';
import { PLATFORM_TRAITS, type SimParams } from './params';
import { CAUGHT_DOUBT, CAUGHT_PULL, MEASURE_EFFECTS, techniqueFactor } from './pull';
import { randomStream, type RandomStream } from './random';
import {
  BELIEVING,
  DOUBTING,
  EXPOSED,
  UNAWARE,
  type AreaCounts,
  type Population,
  type RumourPull,
  type SimState,
} from './types';

/** What stays the same through a game: the residents, the parameters, the measures in place. */
export interface SimContext {
  readonly population: Population;
  readonly params: SimParams;
  readonly measures: readonly Measure[];
  /** The neighbourhood (index) where the rumour starts: the first post reaches residents there. */
  readonly startArea?: number;
}

/** What a post puts into the town. */
export interface PostEvent {
  readonly platform: Platform;
  readonly pull: RumourPull;
  /** Residents on the platform who see the post directly (followers, ads, bots). */
  readonly seeds: number;
}

/** What happened to the residents during one step, for reaction counts and replies. */
export interface Tally {
  readonly views: number;
  readonly newlyExposed: number;
  readonly newlyBelieving: number;
  readonly newlyDoubting: number;
  readonly shares: number;
  /** A fair sample of residents who made up their mind during the step (for replies). */
  readonly sample: readonly number[];
}

export interface StepResult {
  readonly sim: SimState;
  readonly rng: number;
  /** The town after each tick that ran. */
  readonly frames: readonly (readonly AreaCounts[])[];
  readonly tally: Tally;
}

/** Residents kept for replies per step. */
const SAMPLE_SIZE = 24;
/** Chance that a new believer also reposts on one other feed they use. */
const CROSS_POST = 0.2;
/** Trust is bucketed for the technique factor table (it is the same for everyone with the same trust). */
const TRUST_BUCKETS = 64;
/** Resistance never makes anyone immune: a rumour can still win over a trusting resident. */
const MAX_RESISTANCE = 0.8;
/** Resistance a correction leaves behind per unit of its strength (the facts are out). */
const CORRECTION_RESISTANCE = 0.3;
/** A correction also reaches readers of the local news (it reports it). */
const NEWS_BIT = 1 << PLATFORMS.indexOf('news');
/** The municipality's own public channels: its microblog account, its page in the local group, the news. */
const PUBLIC_BITS =
  NEWS_BIT | (1 << PLATFORMS.indexOf('microblog')) | (1 << PLATFORMS.indexOf('group'));

export function initialSim(context: SimContext): SimState {
  const size = context.population.size;
  const resistance = context.measures.reduce((r, m) => r + MEASURE_EFFECTS[m].resistance, 0);
  return {
    status: new Uint8Array(size),
    sharing: new Uint8Array(size),
    moderated: 0,
    resistance: Math.min(MAX_RESISTANCE, resistance),
    pull: { emotion: 0, credibility: 0.5, techniques: [], caughtBy: [] },
  };
}

/**
 * One step of the simulation, as a pure function: copies the residents' states, applies the
 * events, runs `ticks` rounds of passing-on and returns the new state. `events` run in order
 * before the ticks (a post, a correction, moderation…).
 */
export function step(
  context: SimContext,
  sim: SimState,
  rng: number,
  ticks: number,
  events: readonly ((runner: Runner) => void)[],
): StepResult {
  const runner = new Runner(context, sim, randomStream(rng));
  for (const event of events) event(runner);
  const frames: AreaCounts[][] = [];
  for (let t = 0; t < ticks; t += 1) {
    runner.tick();
    frames.push(countByArea(context.population, runner.status));
  }
  if (ticks === 0) frames.push(countByArea(context.population, runner.status));
  return { sim: runner.result(), rng: runner.random.state(), frames, tally: runner.tally() };
}

/**
 * The mutable working copy for one step. Only `step` makes one, so no state outside it changes.
 * Hot loops read typed arrays directly; `?? 0` only satisfies the type checker.
 */
export class Runner {
  readonly status: Uint8Array;
  private readonly sharing: Uint8Array;
  private moderated: number;
  private resistance: number;
  private pull: RumourPull;
  private techTable = new Float32Array(TRUST_BUCKETS);
  private views = 0;
  private newlyExposed = 0;
  private newlyBelieving = 0;
  private newlyDoubting = 0;
  private shares = 0;
  private seen = 0;
  private readonly sample: number[] = [];
  /** Residents who saw something during this step, so views count people, not sightings. */
  private readonly saw: Uint8Array;

  constructor(
    private readonly context: SimContext,
    sim: SimState,
    readonly random: RandomStream,
  ) {
    this.status = sim.status.slice();
    this.sharing = sim.sharing.slice();
    this.saw = new Uint8Array(sim.status.length);
    this.moderated = sim.moderated;
    this.resistance = sim.resistance;
    this.pull = sim.pull;
    this.fillTechTable();
  }

  /** The player's post: it now frames the rumour, and `seeds` residents on its feed see it. */
  post(event: PostEvent): void {
    this.pull = event.pull;
    this.fillTechTable();
    this.boost(event.platform, event.seeds);
  }

  /** Bots, ads or a push without a new post: `seeds` different users of the feed see the rumour as it stands. */
  boost(platform: Platform, seeds: number): void {
    const p = PLATFORMS.indexOf(platform);
    const members = this.startingMembers(p);
    const count = Math.min(seeds, members.length);
    if (count <= 0) return;
    // A partial Fisher–Yates shuffle: `count` different residents, each equally likely.
    const pool = members.slice();
    for (let k = 0; k < count; k += 1) {
      const pick = k + this.random.below(pool.length - k);
      const resident = pool[pick] ?? 0;
      pool[pick] = pool[k] ?? 0;
      pool[k] = resident;
      this.expose(resident, p);
    }
  }

  /**
   * The feed's users who can see a post: while nobody has heard the rumour yet and the story
   * names a start neighbourhood, only those who live there (if any do).
   */
  private startingMembers(p: number): Uint32Array {
    const { population, startArea } = this.context;
    const members = population.members[p] ?? new Uint32Array(0);
    if (startArea === undefined || this.status.some((s) => s !== UNAWARE)) return members;
    const local = members.filter((r) => population.area[r] === startArea);
    return local.length > 0 ? local : members;
  }

  /** Some believers lose faith (e.g. the player deleted a post): each with chance `fraction`. */
  damp(fraction: number): void {
    const { status } = this;
    for (let i = 0; i < status.length; i += 1) {
      if (status[i] === BELIEVING && this.random.next() < fraction) this.settle(i, DOUBTING);
    }
  }

  /**
   * A correction by the municipality on a feed (and reported by the local news): believers and
   * the merely exposed who trust the municipality come to doubt the rumour. Residents who had not
   * heard the rumour are left alone (a correction must not count as spreading it). With a
   * `trustFloor`, even residents who distrust the municipality are reached that share of the time.
   */
  correct(
    platform: Platform,
    strength: number,
    channels: 'feed' | 'public' = 'feed',
    trustFloor = 0,
  ): void {
    const boost = this.context.measures.reduce((b, m) => b * MEASURE_EFFECTS[m].correction, 1);
    const { trust, susceptibility } = this.context.population;
    this.reachFeed(platform, channels, (i, st) => {
      if (st === UNAWARE) return;
      const trusting = trustFloor + (1 - trustFloor) * (trust[i] ?? 0);
      const chance = strength * boost * trusting * (1 - 0.5 * (susceptibility[i] ?? 0));
      if (this.random.next() < chance) this.settle(i, DOUBTING);
    });
    // Those who trust the municipality have now heard the facts: the rumour pulls them less from here on.
    this.resistance = Math.min(
      MAX_RESISTANCE,
      this.resistance + CORRECTION_RESISTANCE * strength * boost,
    );
  }

  /** A journalist's fact-check: convinces readers who check things, whatever they think of the municipality. */
  factcheck(platform: Platform, strength: number): void {
    const { scepticism, susceptibility } = this.context.population;
    this.reachFeed(platform, 'feed', (i, st) => {
      if (st === UNAWARE) return;
      const chance = strength * (1 - (susceptibility[i] ?? 0)) * (0.5 + (scepticism[i] ?? 0));
      if (this.random.next() < chance) this.settle(i, DOUBTING);
    });
  }

  /** The platform moderates the rumour: pending shares there stop and later sharing is damped. */
  moderate(platform: Platform): void {
    const bit = 1 << PLATFORMS.indexOf(platform);
    this.moderated |= bit;
    const { sharing } = this;
    for (let i = 0; i < sharing.length; i += 1) sharing[i] = (sharing[i] ?? 0) & ~bit;
  }

  /**
   * The rumour gets no fuel on a feed (trolls ignored, a sender reported): each pending share
   * there stops with chance `fraction` (at most all of them).
   */
  starve(platform: Platform, fraction: number): void {
    const bit = 1 << PLATFORMS.indexOf(platform);
    const { sharing } = this;
    for (let i = 0; i < sharing.length; i += 1) {
      const mask = sharing[i] ?? 0;
      if ((mask & bit) !== 0 && this.random.next() < fraction) sharing[i] = mask & ~bit;
    }
  }

  /**
   * A wrong answer confirms the rumour and makes it news (a removal looks like a cover-up, a
   * correction feeds the trolls): of the residents on the public channels and the feed, a share
   * `newcomers` of those who had not heard it hear it now; everyone who heard it and had not made
   * up their mind comes to believe it with chance `chance` (more for the susceptible), a doubter
   * with `doubters` times that chance, and passes it on.
   */
  fuel(platform: Platform, chance: number, newcomers: number, doubters: number): void {
    const { susceptibility } = this.context.population;
    const p = PLATFORMS.indexOf(platform);
    this.reachFeed(platform, 'public', (i, st) => {
      if (st === BELIEVING) return;
      if (st === UNAWARE) {
        if (this.random.next() >= newcomers) return;
        this.status[i] = EXPOSED;
        this.newlyExposed += 1;
      }
      const odds = st === DOUBTING ? chance * doubters : chance;
      if (this.random.next() >= odds * (0.5 + (susceptibility[i] ?? 0))) return;
      this.settle(i, BELIEVING);
      this.sharing[i] = (this.sharing[i] ?? 0) | (1 << p);
    });
  }

  /** Prebunking: residents who trust the municipality become more resistant to the rumour. */
  prebunk(strength: number): void {
    this.resistance = Math.min(MAX_RESISTANCE, this.resistance + strength);
  }

  /** One round of passing-on: everyone due to share does so over their ties (and the feed's algorithm). */
  tick(): void {
    const { population, params } = this.context;
    const { sharing } = this;
    const sharers: number[] = [];
    const masks: number[] = [];
    for (let i = 0; i < sharing.length; i += 1) {
      const mask = sharing[i] ?? 0;
      if (mask !== 0) {
        sharers.push(i);
        masks.push(mask);
        sharing[i] = 0;
      }
    }
    const { tieStart, ties, tieKind, platforms, members } = population;
    for (let s = 0; s < sharers.length; s += 1) {
      const i = sharers[s] ?? 0;
      const mask = masks[s] ?? 0;
      for (let p = 0; p < PLATFORMS.length; p += 1) {
        const bit = 1 << p;
        if ((mask & bit) === 0) continue;
        this.shares += 1;
        const traits = PLATFORM_TRAITS[PLATFORMS[p] ?? 'microblog'];
        const end = tieStart[i + 1] ?? 0;
        for (let e = tieStart[i] ?? 0; e < end; e += 1) {
          if (((traits.ties >> (tieKind[e] ?? 0)) & 1) === 0) continue;
          const j = ties[e] ?? 0;
          if (((platforms[j] ?? 0) & bit) !== 0) this.expose(j, p);
        }
        const audience = members[p];
        if (
          traits.broadcast &&
          (this.moderated & bit) === 0 &&
          audience !== undefined &&
          audience.length > 0
        ) {
          for (let k = 0; k < params.broadcastReach; k += 1)
            this.expose(audience[this.random.below(audience.length)] ?? 0, p);
        }
      }
    }
  }

  /** Resident i sees the rumour on feed p and makes up their mind (or stays undecided). */
  private expose(i: number, p: number): void {
    this.see(i);
    const st = this.status[i] ?? 0;
    if (st === BELIEVING || st === DOUBTING) return;
    const { population, params } = this.context;
    const platform = PLATFORMS[p] ?? 'microblog';
    const traits = PLATFORM_TRAITS[platform];
    const s = population.susceptibility[i] ?? 0;
    const c = population.scepticism[i] ?? 0;
    const trust = population.trust[i] ?? 0;
    const { pull } = this;
    const caught = pull.caughtBy.length > 0;
    const believe =
      params.believeRate *
      traits.believe *
      (0.5 + pull.credibility) *
      (0.4 + 1.2 * s) *
      (1 - 0.7 * c) *
      (1 + params.emotionWeight * pull.emotion * s) *
      (this.techTable[Math.min(TRUST_BUCKETS - 1, Math.floor(trust * TRUST_BUCKETS))] ?? 1) *
      (1 - this.resistance * trust) *
      (caught ? CAUGHT_PULL : 1);
    if (this.random.next() < believe) {
      this.settle(i, BELIEVING);
      const damp = (this.moderated & (1 << p)) !== 0 ? params.moderationFactor : 1;
      const share = params.shareRate * traits.share * (0.5 + s) * (1 + 0.5 * pull.emotion) * damp;
      if (this.random.next() < share) this.sharing[i] = (this.sharing[i] ?? 0) | (1 << p);
      if (this.random.next() < CROSS_POST * damp) this.crossPost(i, p);
    } else if (this.random.next() < params.doubtRate * c * (caught ? CAUGHT_DOUBT : 1)) {
      this.settle(i, DOUBTING);
    } else if (st === UNAWARE) {
      this.status[i] = EXPOSED;
      this.newlyExposed += 1; // settle() counts the ones who made up their mind at once
    }
  }

  /** A believer reposts on another feed they use, chosen at random. */
  private crossPost(i: number, from: number): void {
    const others = (this.context.population.platforms[i] ?? 0) & ~(1 << from) & ~this.moderated;
    if (others === 0) return;
    const options: number[] = [];
    for (let p = 0; p < PLATFORMS.length; p += 1) if (others & (1 << p)) options.push(p);
    const p = options[this.random.below(options.length)] ?? from;
    this.sharing[i] = (this.sharing[i] ?? 0) | (1 << p);
  }

  /**
   * Residents of feed `platform` plus local-news readers (or, for the municipality's own public
   * channels, everyone on the microblog, the local group and the news), with their current state.
   */
  private reachFeed(
    platform: Platform,
    channels: 'feed' | 'public',
    visit: (i: number, status: number) => void,
  ): void {
    const bits =
      (1 << PLATFORMS.indexOf(platform)) | (channels === 'public' ? PUBLIC_BITS : NEWS_BIT);
    const { platforms } = this.context.population;
    for (let i = 0; i < this.status.length; i += 1) {
      if (((platforms[i] ?? 0) & bits) === 0) continue;
      this.see(i);
      visit(i, this.status[i] ?? 0);
    }
  }

  private see(i: number): void {
    if (this.saw[i] === 0) {
      this.saw[i] = 1;
      this.views += 1;
    }
  }

  /** Moves a resident to believing or doubting, keeping the tally and the reply sample. */
  private settle(i: number, next: typeof BELIEVING | typeof DOUBTING): void {
    const before = this.status[i] ?? 0;
    if (before === next) return;
    if (before === UNAWARE) this.newlyExposed += 1;
    this.status[i] = next;
    if (next === BELIEVING) this.newlyBelieving += 1;
    else {
      this.newlyDoubting += 1;
      this.sharing[i] = 0;
    }
    // Reservoir sampling: every resident who made up their mind has the same chance to be kept.
    this.seen += 1;
    if (this.sample.length < SAMPLE_SIZE) this.sample.push(i);
    else {
      const k = this.random.below(this.seen);
      if (k < SAMPLE_SIZE) this.sample[k] = i;
    }
  }

  private fillTechTable(): void {
    for (let b = 0; b < TRUST_BUCKETS; b += 1)
      this.techTable[b] = techniqueFactor(this.pull.techniques, (b + 0.5) / TRUST_BUCKETS);
  }

  result(): SimState {
    return {
      status: this.status,
      sharing: this.sharing,
      moderated: this.moderated,
      resistance: this.resistance,
      pull: this.pull,
    };
  }

  tally(): Tally {
    return {
      views: this.views,
      newlyExposed: this.newlyExposed,
      newlyBelieving: this.newlyBelieving,
      newlyDoubting: this.newlyDoubting,
      shares: this.shares,
      sample: [...this.sample],
    };
  }
}
