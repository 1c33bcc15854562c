import type { SimParamsOverride } from '../../content/simulation-schema';
import type { Platform } from '../../content/simulation-vocabulary';

/**
 * The simulation's named parameters. A scenario may override any of them (`simulation.params`);
 * `docs/simulation.md` gives the reasoning behind each default.
 */
export interface SimParams {
  readonly ticksPerMove: number;
  readonly believeRate: number;
  readonly shareRate: number;
  readonly doubtRate: number;
  readonly emotionWeight: number;
  readonly broadcastReach: number;
  readonly pushSeeds: number;
  readonly correctionStrength: number;
  readonly factcheckStrength: number;
  readonly moderationFactor: number;
  readonly trustErosion: number;
}

export const DEFAULT_PARAMS: SimParams = {
  ticksPerMove: 4,
  believeRate: 0.45,
  shareRate: 0.5,
  doubtRate: 0.35,
  emotionWeight: 1,
  broadcastReach: 3,
  pushSeeds: 0.0015,
  correctionStrength: 0.6,
  factcheckStrength: 0.35,
  moderationFactor: 0.3,
  trustErosion: 0.25,
};

export function resolveParams(override: SimParamsOverride | undefined): SimParams {
  const set = Object.entries(override ?? {}).filter(([, value]) => value !== undefined);
  return { ...DEFAULT_PARAMS, ...Object.fromEntries(set) };
}

/**
 * How each feed carries a rumour. `believe` scales the chance to believe what you see there
 * (people trust a message from their own street more than one from a stranger); `share` scales
 * passing it on; `ties` says which kinds of tie the feed runs over (bit 0 neighbours, bit 1 shared
 * interest, bit 2 long ties); `broadcast` says whether the feed's algorithm also shows shares to
 * strangers.
 */
export interface PlatformTraits {
  readonly believe: number;
  readonly share: number;
  readonly ties: number;
  readonly broadcast: boolean;
}

export const PLATFORM_TRAITS: Readonly<Record<Platform, PlatformTraits>> = {
  microblog: { believe: 0.6, share: 1.2, ties: 0b110, broadcast: true },
  chat: { believe: 1.4, share: 1.0, ties: 0b001, broadcast: false },
  group: { believe: 1.1, share: 0.9, ties: 0b011, broadcast: false },
  news: { believe: 0.8, share: 0.5, ties: 0b100, broadcast: true },
};

/** Tie kinds, as stored in `Population.tieKind`. */
export const TIE_NEIGHBOURS = 0;
export const TIE_INTEREST = 1;
export const TIE_LONG = 2;
