import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Platform, PLATFORMS } from '../../content/simulation-vocabulary';
import { TownSchema } from '../../content/town-schema';
import { town as testdorp } from '../../../tests/support/fixtures';
import { aware, townCounts } from './counts';
import { DEFAULT_PARAMS } from './params';
import { generatePopulation } from './population';
import { initialSim, step, type Runner, type SimContext } from './spread';
import { BELIEVING, DOUBTING, type RumourPull, type SimState } from './types';

const lindewaard = TownSchema.parse(
  JSON.parse(readFileSync('scenarios/towns/lindewaard.json', 'utf8')),
);
const population = generatePopulation(lindewaard);
const context: SimContext = { population, params: DEFAULT_PARAMS, measures: [] };

const pull = (over: Partial<RumourPull> = {}): RumourPull => ({
  emotion: 0.5,
  credibility: 0.5,
  techniques: [],
  caughtBy: [],
  ...over,
});

/** Posts once, then lets the town pass it on for `moves` moves of four ticks. */
function run(
  ctx: SimContext,
  post: { platform: Platform; pull: RumourPull; seeds: number },
  moves = 3,
  seed = 11,
  after: ((r: Runner) => void)[] = [],
): SimState {
  let result = step(ctx, initialSim(ctx), seed, ctx.params.ticksPerMove, [
    (r) => {
      r.post(post);
    },
  ]);
  for (let m = 1; m < moves; m += 1)
    result = step(ctx, result.sim, result.rng, ctx.params.ticksPerMove, m === 1 ? after : []);
  return result.sim;
}

/** Typed arrays compared byte for byte (toEqual walks them element by element, far too slowly). */
const sameBytes = (a: ArrayBufferView, b: ArrayBufferView): boolean =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );

const count = (
  sim: SimState,
  state: number,
  where: (i: number) => boolean = () => true,
): number => {
  let n = 0;
  for (let i = 0; i < sim.status.length; i += 1) if (sim.status[i] === state && where(i)) n += 1;
  return n;
};

describe('the simulated town', () => {
  it('has one agent per resident, in their own neighbourhood, with the feeds its profile says', () => {
    expect(population.size).toBe(40_000);
    lindewaard.neighbourhoods.forEach((hood, a) => {
      const from = population.areaStart[a] ?? 0;
      const to = population.areaStart[a + 1] ?? 0;
      expect(to - from).toBe(hood.population);
      PLATFORMS.forEach((platform, p) => {
        let users = 0;
        for (let i = from; i < to; i += 1)
          if (((population.platforms[i] ?? 0) >> p) & 1) users += 1;
        expect(users / hood.population).toBeCloseTo(hood.platformUse[platform], 1);
      });
    });
  });

  it('ties people both ways, mostly within their own neighbourhood, with some long ties across town', () => {
    let local = 0;
    for (let i = 0; i < population.size; i += 97) {
      for (let e = population.tieStart[i] ?? 0; e < (population.tieStart[i + 1] ?? 0); e += 1) {
        const j = population.ties[e] ?? 0;
        const back = population.ties.subarray(population.tieStart[j], population.tieStart[j + 1]);
        expect(back.includes(i)).toBe(true);
        if (population.area[i] === population.area[j]) local += 1;
      }
    }
    const kinds = new Set(population.tieKind);
    expect([...kinds].sort()).toEqual([0, 1, 2]);
    const sampled = Math.ceil(population.size / 97);
    const average = population.ties.length / population.size;
    expect(average).toBeGreaterThan(10);
    expect(local / (sampled * average)).toBeGreaterThan(0.6);
  });

  it('gives the same town and the same spread for the same seed, and a different spread for another seed', () => {
    const again = generatePopulation(lindewaard);
    for (const key of [
      'area',
      'age',
      'platforms',
      'susceptibility',
      'scepticism',
      'trust',
      'tieStart',
      'ties',
      'tieKind',
    ] as const) {
      expect(sameBytes(again[key], population[key]), key).toBe(true);
    }
    const post = { platform: 'chat' as const, pull: pull({ emotion: 0.8 }), seeds: 200 };
    const [a, b, other] = [
      run(context, post, 3, 5),
      run(context, post, 3, 5),
      run(context, post, 3, 6),
    ];
    expect(sameBytes(a.status, b.status) && sameBytes(a.sharing, b.sharing)).toBe(true);
    expect(sameBytes(a.status, other.status)).toBe(false);
  });

  it('lets a more emotional post win over more susceptible residents', () => {
    // Only the first sighting (no ticks), so sharing plays no part: who believes an angry post?
    const believers = (emotion: number, where: (i: number) => boolean): number => {
      const result = step(context, initialSim(context), 21, 0, [
        (r) => {
          r.post({ platform: 'group', pull: pull({ emotion }), seeds: 15_000 });
        },
      ]);
      return count(result.sim, BELIEVING, where);
    };
    const susceptible = (i: number): boolean => (population.susceptibility[i] ?? 0) > 0.6;
    const steady = (i: number): boolean => (population.susceptibility[i] ?? 0) < 0.4;
    const gainSusceptible = believers(1, susceptible) / believers(0, susceptible);
    const gainSteady = believers(1, steady) / believers(0, steady);
    expect(gainSusceptible).toBeGreaterThan(1.4);
    expect(gainSusceptible).toBeGreaterThan(gainSteady + 0.15);
  });

  it('spreads an emotional post in the neighbourhood chat much further than a careful one on the microblog', () => {
    const chat = run(context, { platform: 'chat', pull: pull({ emotion: 0.9 }), seeds: 100 }, 4);
    const microblog = run(
      context,
      { platform: 'microblog', pull: pull({ emotion: 0.1 }), seeds: 100 },
      4,
    );
    expect(count(chat, BELIEVING)).toBeGreaterThan(5 * Math.max(1, count(microblog, BELIEVING)));
  });

  it('lowers belief with a timely correction by the municipality', () => {
    const post = { platform: 'chat' as const, pull: pull({ emotion: 0.8 }), seeds: 300 };
    const left = run(context, post, 4);
    const corrected = run(context, post, 4, 11, [
      (r) => {
        r.correct('chat', DEFAULT_PARAMS.correctionStrength);
      },
    ]);
    expect(count(corrected, BELIEVING)).toBeLessThan(0.8 * count(left, BELIEVING));
    expect(count(corrected, DOUBTING)).toBeGreaterThan(count(left, DOUBTING));
  });

  it('makes an impersonation fail, and backfire, where the municipality has two-factor authentication', () => {
    const protectedTown: SimContext = { ...context, measures: ['two_factor'] };
    const post = { platform: 'group' as const, seeds: 300 };
    const open = run(context, { ...post, pull: pull({ techniques: ['impersonation'] }) });
    const caught = run(protectedTown, {
      ...post,
      pull: pull({ techniques: ['impersonation'], caughtBy: ['two_factor'] }),
    });
    expect(count(caught, BELIEVING)).toBeLessThan(0.3 * count(open, BELIEVING));
    expect(count(caught, DOUBTING)).toBeGreaterThan(count(caught, BELIEVING));
  });

  it('takes more belief back when the correction comes early than when it comes late', () => {
    const post = { platform: 'chat' as const, pull: pull({ emotion: 0.8 }), seeds: 300 };
    const correction = (r: Runner): void => {
      r.correct('chat', DEFAULT_PARAMS.correctionStrength);
    };
    let early = step(context, initialSim(context), 11, 4, [
      (r) => {
        r.post(post);
      },
      correction,
    ]);
    let late = step(context, initialSim(context), 11, 4, [
      (r) => {
        r.post(post);
      },
    ]);
    for (let m = 1; m < 4; m += 1) {
      early = step(context, early.sim, early.rng, 4, []);
      late = step(context, late.sim, late.rng, 4, m === 3 ? [correction] : []);
    }
    expect(count(early.sim, BELIEVING)).toBeLessThan(count(late.sim, BELIEVING));
  });

  it('catches a fake letter where residents know the real letter style, and strengthens corrections with a trusted spokesperson', () => {
    const letter = { platform: 'group' as const, seeds: 300 };
    const open = run(context, { ...letter, pull: pull({ techniques: ['fake_letter'] }) });
    const known = run(
      { ...context, measures: ['known_letter_style'] },
      { ...letter, pull: pull({ techniques: ['fake_letter'], caughtBy: ['known_letter_style'] }) },
    );
    expect(count(known, BELIEVING)).toBeLessThan(0.3 * count(open, BELIEVING));
    const rumour = { platform: 'chat' as const, pull: pull({ emotion: 0.8 }), seeds: 300 };
    const correction = [
      (r: Runner): void => {
        r.correct('chat', DEFAULT_PARAMS.correctionStrength);
      },
    ];
    const plain = run(context, rumour, 3, 11, correction);
    const spokesperson = run(
      { ...context, measures: ['trusted_spokesperson'] },
      rumour,
      3,
      11,
      correction,
    );
    expect(count(spokesperson, BELIEVING)).toBeLessThan(count(plain, BELIEVING));
  });

  it('makes residents who trust the municipality harder to win over after prebunking', () => {
    const rumour = { platform: 'chat' as const, pull: pull({ emotion: 0.8 }), seeds: 300 };
    const trusting = (i: number): boolean => (population.trust[i] ?? 0) > 0.6;
    const plain = run(context, rumour);
    const prebunked = run({ ...context, measures: ['prebunking'] }, rumour);
    expect(count(prebunked, BELIEVING, trusting)).toBeLessThan(
      0.8 * count(plain, BELIEVING, trusting),
    );
  });

  it('stops pending shares on a feed that moderates the rumour', () => {
    const post = { platform: 'microblog' as const, pull: pull({ emotion: 0.9 }), seeds: 400 };
    const free = run(context, post, 3);
    const moderated = run(context, post, 3, 11, [
      (r) => {
        r.moderate('microblog');
      },
    ]);
    expect(count(moderated, BELIEVING)).toBeLessThan(count(free, BELIEVING));
  });
});

describe('simulation invariants (property-based)', () => {
  const small = generatePopulation(testdorp);
  const smallContext: SimContext = { population: small, params: DEFAULT_PARAMS, measures: [] };
  const platform = fc.constantFrom(...PLATFORMS);
  const event = fc.oneof(
    fc.record({
      kind: fc.constant('post' as const),
      platform,
      emotion: fc.double({ min: 0, max: 1, noNaN: true }),
      credibility: fc.double({ min: 0, max: 1, noNaN: true }),
      seeds: fc.integer({ min: 0, max: 5000 }),
    }),
    fc.record({
      kind: fc.constant('correct' as const),
      platform,
      strength: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({
      kind: fc.constant('factcheck' as const),
      platform,
      strength: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ kind: fc.constant('moderate' as const), platform }),
    fc.record({
      kind: fc.constant('damp' as const),
      fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  );

  it('never counts a negative number or more residents than live there, and reach stays within 100%', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(fc.tuple(event, fc.integer({ min: 0, max: 6 })), { maxLength: 6 }),
        (seed, plan) => {
          let sim = initialSim(smallContext);
          let rng = seed >>> 0;
          for (const [e, ticks] of plan) {
            const result = step(smallContext, sim, rng, ticks, [
              (r) => {
                if (e.kind === 'post')
                  r.post({
                    platform: e.platform,
                    seeds: e.seeds,
                    pull: pull({ emotion: e.emotion, credibility: e.credibility }),
                  });
                else if (e.kind === 'correct') r.correct(e.platform, e.strength);
                else if (e.kind === 'factcheck') r.factcheck(e.platform, e.strength);
                else if (e.kind === 'moderate') r.moderate(e.platform);
                else r.damp(e.fraction);
              },
            ]);
            for (const frame of result.frames) {
              frame.forEach((c, a) => {
                for (const n of [c.unaware, c.exposed, c.believing, c.doubting])
                  expect(n).toBeGreaterThanOrEqual(0);
                expect(c.unaware + aware(c)).toBe(testdorp.neighbourhoods[a]?.population);
              });
              const town = townCounts(frame);
              expect(aware(town)).toBeLessThanOrEqual(small.size);
            }
            expect(result.tally.newlyBelieving).toBeGreaterThanOrEqual(0);
            sim = result.sim;
            rng = result.rng;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the tally of a step', () => {
  it('counts each resident who first heard of the rumour once', () => {
    const result = step(context, initialSim(context), 9, 6, [
      (r) => {
        r.post({ platform: 'chat', pull: pull({ emotion: 0.9 }), seeds: 300 });
      },
    ]);
    let heard = 0;
    for (let i = 0; i < result.sim.status.length; i += 1)
      if (result.sim.status[i] !== 0) heard += 1;
    expect(result.tally.newlyExposed).toBe(heard);
  });
});

describe('a story that names where its rumour starts', () => {
  const area = lindewaard.neighbourhoods.findIndex((n) => n.id === 'oude_haven');
  const fromHere: SimContext = { ...context, startArea: area };

  it('the first post reaches residents of that neighbourhood only; without it, the whole town', () => {
    const seedOnly = (ctx: SimContext): SimState =>
      step(ctx, initialSim(ctx), 7, 0, [
        (r) => {
          r.post({ platform: 'group', pull: pull(), seeds: 40 });
        },
      ]).sim;
    const heard = (sim: SimState): number[] =>
      [...sim.status.keys()]
        .filter((i) => sim.status[i] !== 0)
        .map((i) => population.area[i] ?? -1);
    const local = heard(seedOnly(fromHere));
    expect(local.length).toBe(40);
    expect(new Set(local)).toEqual(new Set([area]));
    expect(new Set(heard(seedOnly(context))).size).toBeGreaterThan(1);
  });
});
