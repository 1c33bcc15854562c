import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import process from 'node:process';

import type { Town } from '../src/content/town-schema';
import { aware, countByArea, townCounts } from '../src/engine/sim/counts';
import { DEFAULT_PARAMS } from '../src/engine/sim/params';
import { generatePopulation } from '../src/engine/sim/population';
import { randomStream } from '../src/engine/sim/random';
import { initialSim, Runner, type PostEvent, type SimContext } from '../src/engine/sim/spread';
import type { Population } from '../src/engine/sim/types';
import {
  countObjectsByArea,
  generateObjectTown,
  ObjectRunner,
  type ObjectTown,
} from './object-per-agent';
import { lindewaard, residentsOf, scaleTown } from './towns';

/**
 * `npm run bench`: the typed-array engine (src/engine/sim) against the object-per-agent baseline
 * (bench/object-per-agent.ts, checked to do the same work by tests/bench-baseline.test.ts), for
 * Lindewaard (40,000 residents) and Lindewaard ×3.75 (150,000). Prints a Markdown table and
 * writes it to docs/performance.md between the bench-sim markers (`--no-write` to skip).
 * Timings are medians: the machines are noisy, so nothing here asserts a timing.
 */

const GENERATION_RUNS = 7;
/** Measured realistic runs per implementation and town, after one warm-up run. */
const TICK_RUNS = 5;
/** A run stops once more than this share of the town has heard the rumour ("most of the town"). */
const MOST = 0.5;
const MAX_TICKS = 100;
const SEED = 0x5eed_2026;
const TARGET_GENERATION_MS = 500;
const TARGET_TICK_MS = 16;
const POST: PostEvent = {
  platform: 'chat',
  seeds: 400,
  pull: { emotion: 0.9, credibility: 0.5, techniques: ['emotion'], caughtBy: [] },
};

const DOC = new URL('../docs/performance.md', import.meta.url);
const BEGIN = '<!-- bench-sim:begin -->';
const END = '<!-- bench-sim:end -->';

const gcOrUndefined = (globalThis as { gc?: () => void }).gc;
if (gcOrUndefined === undefined) {
  process.stderr.write('bench: run with --expose-gc (npm run bench does)\n');
  process.exit(1);
}
const gc = gcOrUndefined;
const collect = (): void => {
  gc();
  gc();
};
const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

interface Impl<T> {
  readonly name: string;
  generate(town: Town): T;
  /** One realistic run: the post, then ticks until most of the town heard it. Returns each tick's time (ms) and the final states. */
  run(world: T): { readonly ticks: number[]; readonly reach: number; readonly status: number[] };
  /** Bytes in typed arrays (0 for the baseline). */
  typedBytes(world: T): number;
}

interface EngineWorld {
  readonly population: Population;
  readonly context: SimContext;
}

const engine: Impl<EngineWorld> = {
  name: 'typed arrays',
  generate(town) {
    const population = generatePopulation(town);
    return { population, context: { population, params: DEFAULT_PARAMS, measures: [] } };
  },
  run({ population, context }) {
    const runner = new Runner(context, initialSim(context), randomStream(SEED));
    runner.post(POST);
    const ticks: number[] = [];
    let reach = 0;
    while (reach <= MOST && ticks.length < MAX_TICKS) {
      const start = performance.now();
      runner.tick();
      const counts = countByArea(population, runner.status); // as `step` does after every tick
      ticks.push(performance.now() - start);
      reach = aware(townCounts(counts)) / population.size;
    }
    return { ticks, reach, status: Array.from(runner.status) };
  },
  typedBytes({ population, context }) {
    const sim = initialSim(context);
    const p = population;
    const arrays = [
      p.area,
      p.areaStart,
      p.age,
      p.platforms,
      p.susceptibility,
      p.scepticism,
      p.trust,
      p.tieStart,
      p.ties,
      p.tieKind,
    ];
    return [...arrays, ...p.members, sim.status, sim.sharing].reduce(
      (sum, v) => sum + v.byteLength,
      0,
    );
  },
};

const STATUS_CODE = { unaware: 0, exposed: 1, believing: 2, doubting: 3 } as const;

const objects: Impl<ObjectTown> = {
  name: 'objects',
  generate: generateObjectTown,
  run(town) {
    for (const resident of town.residents) {
      resident.status = 'unaware';
      resident.sharing.clear();
    }
    const runner = new ObjectRunner(town, DEFAULT_PARAMS, [], SEED);
    runner.post(POST);
    const ticks: number[] = [];
    let reach = 0;
    while (reach <= MOST && ticks.length < MAX_TICKS) {
      const start = performance.now();
      runner.tick();
      const counts = countObjectsByArea(town);
      ticks.push(performance.now() - start);
      reach = aware(townCounts(counts)) / town.residents.length;
    }
    return { ticks, reach, status: town.residents.map((r) => STATUS_CODE[r.status]) };
  },
  typedBytes: () => 0,
};

interface Measured {
  readonly generation: number[];
  readonly ticks: number[];
  readonly ticksPerRun: number;
  readonly reach: number;
  readonly heap: number;
  readonly arrayBuffers: number;
  readonly typedBytes: number;
  readonly status: number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The value below which `share` of the values lie (nearest rank). */
function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

/** Memory kept by a freshly generated town: heap and ArrayBuffer backing stores, each after a full GC. */
function memoryOf<T>(impl: Impl<T>, town: Town): { heap: number; arrayBuffers: number; world: T } {
  collect();
  const before = process.memoryUsage();
  const world = impl.generate(town);
  collect();
  const after = process.memoryUsage();
  return {
    heap: after.heapUsed - before.heapUsed,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
    world,
  };
}

function measureTown(town: Town): [Measured, Measured] {
  // Generation: alternate the two so a noisy moment hits both; one untimed warm-up each first.
  const timed = (generate: () => unknown): number => {
    collect();
    const start = performance.now();
    generate();
    return performance.now() - start;
  };
  engine.generate(town);
  objects.generate(town);
  const generation: [number[], number[]] = [[], []];
  for (let r = 0; r < GENERATION_RUNS; r += 1) {
    generation[0].push(timed(() => engine.generate(town)));
    generation[1].push(timed(() => objects.generate(town)));
  }
  // Memory and the realistic runs, one implementation at a time: the baseline's objects fill the
  // heap, and with both towns alive its garbage collections would land in the engine's ticks.
  return [measureRuns(engine, town, generation[0]), measureRuns(objects, town, generation[1])];
}

function measureRuns<T>(impl: Impl<T>, town: Town, generation: number[]): Measured {
  const { heap, arrayBuffers, world } = memoryOf(impl, town);
  impl.run(world); // warm-up
  const ticks: number[] = [];
  let last: ReturnType<Impl<T>['run']> | undefined;
  for (let r = 0; r < TICK_RUNS; r += 1) {
    collect();
    last = impl.run(world);
    ticks.push(...last.ticks);
  }
  if (last === undefined) throw new Error('bench: no runs');
  return {
    generation,
    ticks,
    ticksPerRun: last.ticks.length,
    reach: last.reach,
    heap,
    arrayBuffers,
    typedBytes: impl.typedBytes(world),
    status: last.status,
  };
}

const ms = (x: number): string =>
  x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`;
const mb = (x: number): string => `${(x / 1e6).toFixed(1)} MB`;
const times = (baseline: number, typed: number): string =>
  typed > 0 ? `${(baseline / typed).toFixed(1)}×` : '–';
const pass = (ok: boolean): string => (ok ? '✓' : '✗');

function table(results: { label: string; typed: Measured; base: Measured }[]): string[] {
  const head = results
    .map((r) => `${r.label}: typed arrays | ${r.label}: objects | ratio`)
    .join(' | ');
  const row = (
    name: string,
    value: (m: Measured) => number,
    format: (x: number) => string,
    ratio = true,
  ): string =>
    text(
      name,
      (m) => format(value(m)),
      ratio ? (r) => times(value(r.base), value(r.typed)) : () => '',
    );
  const text = (
    name: string,
    cell: (m: Measured) => string,
    ratio: (r: { typed: Measured; base: Measured }) => string,
  ): string =>
    `| ${name} | ${results.map((r) => `${cell(r.typed)} | ${cell(r.base)} | ${ratio(r)}`).join(' | ')} |`;
  const total = (m: Measured): number => m.heap + m.arrayBuffers;
  return [
    `| | ${head} |`,
    `|---|${results.map(() => '---:|---:|---:').join('|')}|`,
    row(`generation (median of ${GENERATION_RUNS})`, (m) => median(m.generation), ms),
    row(`tick, median (all ticks of ${TICK_RUNS} runs)`, (m) => median(m.ticks), ms),
    row('tick, 95th percentile', (m) => percentile(m.ticks, 0.95), ms),
    row('tick, worst', (m) => Math.max(...m.ticks), ms),
    text(
      'ticks per run / town reached',
      (m) => `${m.ticksPerRun} / ${(m.reach * 100).toFixed(0)} %`,
      () => '',
    ),
    row('heap used, after − before generation', (m) => m.heap, mb, false),
    row('ArrayBuffer memory, after − before', (m) => m.arrayBuffers, mb, false),
    row('bytes in typed arrays (incl. status, sharing)', (m) => m.typedBytes, mb, false),
    row('**memory kept (heap + ArrayBuffers)**', total, mb),
    row(
      'memory per resident',
      (m) => total(m) / m.status.length,
      (x) => `${x.toFixed(0)} B`,
    ),
  ];
}

function section(
  results: { label: string; typed: Measured; base: Measured }[],
  loadBefore: string,
  loadAfter: string,
): string[] {
  const cpus = os.cpus();
  const big = results[results.length - 1];
  if (big === undefined) return [];
  const genMs = median(big.typed.generation);
  const tickMs = median(big.typed.ticks);
  const p95Ms = percentile(big.typed.ticks, 0.95);
  const worstMs = Math.max(...big.typed.ticks);
  const same = results.every((r) => r.typed.status.join() === r.base.status.join());
  return [
    BEGIN,
    '## Simulation benchmark',
    '',
    'The simulated town (every resident an agent, `src/engine/sim`) against a baseline that',
    'implements the same model the obvious way, one object per resident and per tie',
    '(`bench/object-per-agent.ts`). `tests/bench-baseline.test.ts` checks that both give the same',
    'residents and the same run, number for number, so the ratios compare like with like.',
    '',
    '```sh',
    'npm run bench              # prints the table and rewrites this section',
    'npm run bench -- --no-write',
    '```',
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)}: Node ${process.version} (V8 ${process.versions.v8}), ` +
      `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}. ` +
      'One machine, noisy: compare the ratios more than the absolute times. ' +
      `Load average (1 / 5 / 15 min) ${loadBefore} at the start, ${loadAfter} at the end; with a load above the core count, other processes share the cores and the worst ticks mostly measure them and stretched garbage-collection pauses (compare the 95th percentile).`,
    '',
    ...table(results),
    '',
    `Both implementations ended in the same resident states: ${pass(same)}. Ratio = objects ÷ typed arrays.`,
    '',
    '**Targets** (150,000 residents, the typed-array engine, Node on a 2-core machine):',
    '',
    '| target | measured | |',
    '|---|---:|:-:|',
    `| town generated in under 0.5 s (median) | ${ms(genMs)} | ${pass(genMs < TARGET_GENERATION_MS)} |`,
    `| one tick in under 16 ms (median) | ${ms(tickMs)} | ${pass(tickMs < TARGET_TICK_MS)} |`,
    `| one tick in under 16 ms (95th percentile) | ${ms(p95Ms)} | ${pass(p95Ms < TARGET_TICK_MS)} |`,
    `| one tick in under 16 ms (worst tick seen) | ${ms(worstMs)} | ${pass(worstMs < TARGET_TICK_MS)} |`,
    '',
    '**Method.**',
    '',
    `- Towns: Lindewaard (\`scenarios/towns/lindewaard.json\`, 40,000 residents in 8 neighbourhoods) and the same town with every neighbourhood's population ×3.75 (150,000, same proportions and seed).`,
    `- Generation: \`generatePopulation\` vs \`generateObjectTown\`, one warm-up, then ${GENERATION_RUNS} runs each, alternating, a full GC before each; the median.`,
    `- Ticks: a realistic run: an emotional post (emotion 0.9, technique "emotion") on the chat feed with ${POST.seeds} seeds, then ticks until more than ${MOST * 100} % of the town has heard it. One tick = \`Runner.tick()\` plus the per-area count that \`step\` records after every tick (the baseline does the same on its objects). One implementation at a time (so the baseline’s big heap is not collected during the engine’s ticks): one warm-up run, then ${TICK_RUNS} runs, a full GC before each; median, 95th percentile and worst over all their ticks.`,
    '- Memory: `process.memoryUsage()` after two forced GCs (`--expose-gc`), before and after generating one town that is kept alive. Typed arrays live outside the V8 heap, so their memory shows under ArrayBuffers; the baseline’s objects are all heap. The engine’s row "bytes in typed arrays" adds up `byteLength` of the population’s arrays and an initial `SimState` (status, sharing).',
    '- No timing is asserted anywhere (the test only checks that the two implementations agree).',
    END,
  ];
}

function writeSection(lines: string[]): void {
  // Read-modify-write at the last moment: other sections of the page may change meanwhile.
  const text = readFileSync(DOC, 'utf8');
  const block = lines.join('\n');
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next =
    begin >= 0 && end > begin
      ? text.slice(0, begin) + block + text.slice(end + END.length)
      : `${text.replace(/\n*$/, '\n')}\n${block}\n`;
  writeFileSync(DOC, next);
}

const loadBefore = load();
const base = lindewaard();
const towns = [
  { label: '40,000', town: base },
  { label: '150,000', town: scaleTown(base, 3.75) },
];
const results = towns.map(({ label, town }) => {
  say(`bench: ${label} residents (${residentsOf(town)})…`);
  const [typed, baseline] = measureTown(town);
  return { label, typed, base: baseline };
});
const lines = section(results, loadBefore, load());
say();
say(lines.slice(1, -1).join('\n'));
if (!process.argv.includes('--no-write')) {
  writeSection(lines);
  say(`\nbench: wrote the section to ${DOC.pathname}`);
}
