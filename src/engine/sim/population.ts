import type { Neighbourhood, Town } from '../../content/town-schema';
import { AGE_BANDS, PLATFORMS } from '../../content/simulation-vocabulary';
import { buildNetwork } from './network';
import { hashText, randomStream, type RandomStream } from './random';
import type { Population } from './types';

/**
 * How much more or less each age band uses each feed than its neighbourhood as a whole
 * (rows: young, adult, senior; columns in PLATFORMS order: microblog, chat, group, news).
 * Younger residents are on the microblog more, older ones in the local group and under the news.
 */
const AGE_PLATFORM_FACTOR: readonly (readonly number[])[] = [
  [1.6, 1.0, 0.6, 0.6],
  [1.0, 1.0, 1.0, 1.0],
  [0.4, 0.9, 1.4, 1.5],
];

/** Shifts of susceptibility and scepticism by age band (small: age is not destiny). */
const AGE_SUSCEPTIBILITY = [0.02, 0, 0.06];
const AGE_SCEPTICISM = [0.04, 0.02, -0.04];

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * One agent per resident of the town, with its network. Pure and deterministic: the same town
 * profile always gives the same residents (seeded from the town's id), like a real town whose
 * people do not change between two games; chance in play comes from the game's own seed.
 */
export function generatePopulation(town: Town): Population {
  const areas = town.neighbourhoods;
  const size = areas.reduce((sum, a) => sum + a.population, 0);
  const random = randomStream(hashText(`population:${town.id}`));
  const areaStart = new Uint32Array(areas.length + 1);
  const area = new Uint8Array(size);
  const age = new Uint8Array(size);
  const platforms = new Uint8Array(size);
  const susceptibility = new Float32Array(size);
  const scepticism = new Float32Array(size);
  const trust = new Float32Array(size);

  let i = 0;
  areas.forEach((hood, a) => {
    areaStart[a] = i;
    const useByAge = platformUseByAge(hood);
    const ageCut = [hood.ages.young, hood.ages.young + hood.ages.adult];
    for (let k = 0; k < hood.population; k += 1, i += 1) {
      const r = random.next();
      const band = r < (ageCut[0] ?? 0) ? 0 : r < (ageCut[1] ?? 0) ? 1 : 2;
      area[i] = a;
      age[i] = band;
      platforms[i] = drawPlatforms(random, useByAge[band] ?? []);
      const susc = clamp01(
        hood.susceptibility + (AGE_SUSCEPTIBILITY[band] ?? 0) + (random.next() - 0.5) * 0.5,
      );
      susceptibility[i] = susc;
      scepticism[i] = clamp01(
        0.55 - 0.5 * (susc - 0.5) + (AGE_SCEPTICISM[band] ?? 0) + (random.next() - 0.5) * 0.4,
      );
      trust[i] = clamp01(hood.trust + (random.next() - 0.5) * 0.5);
    }
  });
  areaStart[areas.length] = size;

  const network = buildNetwork(areaStart, random);
  const members = PLATFORMS.map((_p, p) => membersOf(platforms, p));
  return {
    size,
    area,
    areaStart,
    age,
    platforms,
    susceptibility,
    scepticism,
    trust,
    ...network,
    members,
  };
}

/**
 * Chance of using each feed per age band, scaled so that the neighbourhood as a whole matches
 * its profile's `platformUse`.
 */
function platformUseByAge(hood: Neighbourhood): number[][] {
  const shares = AGE_BANDS.map((band) => hood.ages[band]);
  return AGE_BANDS.map((_band, b) =>
    PLATFORMS.map((platform, p) => {
      const mean = shares.reduce(
        (sum, share, a) => sum + share * (AGE_PLATFORM_FACTOR[a]?.[p] ?? 1),
        0,
      );
      return clamp01(
        (hood.platformUse[platform] * (AGE_PLATFORM_FACTOR[b]?.[p] ?? 1)) / (mean || 1),
      );
    }),
  );
}

function drawPlatforms(random: RandomStream, use: readonly number[]): number {
  let mask = 0;
  for (let p = 0; p < use.length; p += 1) if (random.next() < (use[p] ?? 0)) mask |= 1 << p;
  return mask;
}

function membersOf(platforms: Uint8Array, p: number): Uint32Array {
  const bit = 1 << p;
  let count = 0;
  for (let i = 0; i < platforms.length; i += 1) if ((platforms[i] ?? 0) & bit) count += 1;
  const members = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < platforms.length; i += 1) if ((platforms[i] ?? 0) & bit) members[at++] = i;
  return members;
}
