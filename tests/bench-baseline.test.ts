import { describe, expect, it } from 'vitest';

import {
  countObjectsByArea,
  generateObjectTown,
  ObjectRunner,
  TIE_KINDS,
  type ObjectTown,
} from '../bench/object-per-agent';
import { lindewaard, residentsOf, scaleTown } from '../bench/towns';
import type { Town } from '../src/content/town-schema';
import {
  AGE_BANDS,
  PLATFORMS,
  RESIDENT_STATES,
  type Measure,
} from '../src/content/simulation-vocabulary';
import { DEFAULT_PARAMS, type SimParams } from '../src/engine/sim/params';
import { generatePopulation } from '../src/engine/sim/population';
import { initialSim, step, type PostEvent, type SimContext } from '../src/engine/sim/spread';
import type { AreaCounts, Population } from '../src/engine/sim/types';

/**
 * `npm run bench` compares the typed-array engine with bench/object-per-agent.ts. The ratio only
 * means something if both do the same work, so here both must give the same residents and the
 * same run, number for number, on a small Lindewaard (a tenth of its residents).
 */

const small = scaleTown(lindewaard(), 0.1);
const SEED = 0x5eed_2026;
const TICKS = 10;

/** The engine's population as plain arrays, one entry per resident. */
function engineColumns(p: Population) {
  return {
    area: Array.from(p.area),
    age: Array.from(p.age),
    platforms: Array.from(p.platforms),
    susceptibility: Array.from(p.susceptibility),
    scepticism: Array.from(p.scepticism),
    trust: Array.from(p.trust),
    ties: Array.from({ length: p.size }, (_, i) => {
      const list: string[] = [];
      for (let e = p.tieStart[i]!; e < p.tieStart[i + 1]!; e += 1)
        list.push(`${p.ties[e]!}:${p.tieKind[e]!}`);
      return list.join(' ');
    }),
    members: p.members.map((m) => Array.from(m)),
  };
}

/** The baseline's residents in the same shape. */
function objectColumns(town: ObjectTown) {
  const { residents } = town;
  return {
    area: residents.map((r) => r.area),
    age: residents.map((r) => AGE_BANDS.indexOf(r.age)),
    platforms: residents.map((r) =>
      r.platforms.reduce((mask, p) => mask | (1 << PLATFORMS.indexOf(p)), 0),
    ),
    susceptibility: residents.map((r) => r.susceptibility),
    scepticism: residents.map((r) => r.scepticism),
    trust: residents.map((r) => r.trust),
    ties: residents.map((r) =>
      r.ties.map((t) => `${t.to.id}:${TIE_KINDS.indexOf(t.kind)}`).join(' '),
    ),
    members: PLATFORMS.map((p) => town.feeds[p].map((r) => r.id)),
  };
}

interface Run {
  status: number[];
  sharing: number[];
  frames: AreaCounts[][];
  tally: {
    views: number;
    newlyExposed: number;
    newlyBelieving: number;
    newlyDoubting: number;
    shares: number;
    sample: number[];
  };
  rng: number;
}

function engineRun(town: Town, params: SimParams, measures: Measure[], post: PostEvent): Run {
  const context: SimContext = { population: generatePopulation(town), params, measures };
  const result = step(context, initialSim(context), SEED, TICKS, [
    (r) => {
      r.post(post);
    },
  ]);
  return {
    status: Array.from(result.sim.status),
    sharing: Array.from(result.sim.sharing),
    frames: result.frames.map((f) => [...f]),
    tally: { ...result.tally, sample: [...result.tally.sample] },
    rng: result.rng,
  };
}

function objectRun(town: Town, params: SimParams, measures: Measure[], post: PostEvent): Run {
  const objects = generateObjectTown(town);
  const runner = new ObjectRunner(objects, params, measures, SEED);
  runner.post(post);
  const frames: AreaCounts[][] = [];
  for (let t = 0; t < TICKS; t += 1) {
    runner.tick();
    frames.push(countObjectsByArea(objects));
  }
  return {
    status: objects.residents.map((r) => RESIDENT_STATES.indexOf(r.status)),
    sharing: objects.residents.map((r) =>
      PLATFORMS.reduce((mask, p, k) => (r.sharing.has(p) ? mask | (1 << k) : mask), 0),
    ),
    frames,
    tally: { ...runner.tally, sample: runner.tally.sample.map((r) => r.id) },
    rng: runner.random.state(),
  };
}

const emotional: PostEvent = {
  platform: 'chat',
  seeds: 40,
  pull: { emotion: 0.9, credibility: 0.5, techniques: ['emotion'], caughtBy: [] },
};
/** `aware`: residents who must have heard of it after the run, so the comparison covers real spreading. */
const runs: { name: string; measures: Measure[]; post: PostEvent; aware: number }[] = [
  { name: 'an emotional post on the chat feed', measures: [], post: emotional, aware: 1000 },
  {
    name: 'a caught impersonation on the microblog (broadcast, backfire)',
    measures: ['two_factor'],
    post: {
      platform: 'microblog',
      seeds: 200,
      pull: {
        emotion: 0.3,
        credibility: 0.7,
        techniques: ['impersonation'],
        caughtBy: ['two_factor'],
      },
    },
    aware: 150,
  },
  {
    name: 'a conspiracy in the local group with prebunking in place',
    measures: ['prebunking'],
    post: {
      platform: 'group',
      seeds: 60,
      pull: {
        emotion: 0.6,
        credibility: 0.4,
        techniques: ['conspiracy', 'polarisation'],
        caughtBy: [],
      },
    },
    aware: 300,
  },
];

describe('the object-per-agent baseline of npm run bench', () => {
  it('is a town of a few thousand residents here', () => {
    expect(residentsOf(small)).toBe(4000);
  });

  it('generates the same residents as the engine: attributes, tie lists and feed members', () => {
    const engine = engineColumns(generatePopulation(small));
    const objects = objectColumns(generateObjectTown(small));
    for (const key of Object.keys(engine) as (keyof typeof engine)[])
      expect(objects[key], key).toEqual(engine[key]);
  });

  it.each(runs)('runs $name exactly like the engine', ({ measures, post, aware }) => {
    const engine = engineRun(small, DEFAULT_PARAMS, measures, post);
    const objects = objectRun(small, DEFAULT_PARAMS, measures, post);
    expect(objects.status).toEqual(engine.status);
    expect(objects.sharing).toEqual(engine.sharing);
    expect(objects.frames).toEqual(engine.frames);
    expect(objects.tally).toEqual(engine.tally);
    expect(objects.rng).toBe(engine.rng);
    // The comparison only says something if the rumour actually went round.
    expect(engine.status.filter((s) => s !== 0).length).toBeGreaterThanOrEqual(aware);
  });

  it('notices a changed parameter or town (the comparison can fail)', () => {
    const engine = engineRun(small, DEFAULT_PARAMS, [], emotional);
    const nudged = objectRun(
      small,
      { ...DEFAULT_PARAMS, shareRate: DEFAULT_PARAMS.shareRate + 0.01 },
      [],
      emotional,
    );
    expect(nudged.status).not.toEqual(engine.status);

    const warier: Town = {
      ...small,
      neighbourhoods: small.neighbourhoods.map((h, a) =>
        a === 0 ? { ...h, trust: h.trust + 0.01 } : h,
      ),
    };
    expect(objectColumns(generateObjectTown(warier)).trust).not.toEqual(
      engineColumns(generatePopulation(small)).trust,
    );
    const doubled = generateObjectTown(small);
    doubled.residents[5]!.ties.push({ to: doubled.residents[6]!, kind: 'long' });
    expect(objectColumns(doubled).ties).not.toEqual(engineColumns(generatePopulation(small)).ties);
  });
});
