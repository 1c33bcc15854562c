import type { Measure, Platform, ReplyKind } from '../../content/simulation-vocabulary';

/**
 * Every resident of the town as one agent, in typed arrays (structure of arrays): index i is
 * resident i in every array. Residents of one neighbourhood are stored together, in town order.
 * Built once per town (`generatePopulation`) and never changed afterwards.
 */
export interface Population {
  readonly size: number;
  /** Neighbourhood index (town order) of each resident. */
  readonly area: Uint8Array;
  /** First resident of each neighbourhood, plus one past the last: area a is [areaStart[a], areaStart[a+1]). */
  readonly areaStart: Uint32Array;
  /** Age band index (0 young, 1 adult, 2 senior). */
  readonly age: Uint8Array;
  /** Feeds used, as a bit mask: bit p is set when the resident uses PLATFORMS[p]. */
  readonly platforms: Uint8Array;
  /** How readily the resident believes and passes on, 0..1. */
  readonly susceptibility: Float32Array;
  /** How readily the resident checks and doubts, 0..1. */
  readonly scepticism: Float32Array;
  /** Trust in the municipality, 0..1. */
  readonly trust: Float32Array;
  /** The social network in compressed sparse rows: resident i's ties are ties[tieStart[i] .. tieStart[i+1]). */
  readonly tieStart: Uint32Array;
  readonly ties: Uint32Array;
  /** The kind of each tie (same index as `ties`): 0 neighbours, 1 shared interest, 2 long tie. */
  readonly tieKind: Uint8Array;
  /** For each feed, the residents who use it (for the strangers an algorithmic feed reaches). */
  readonly members: readonly Uint32Array[];
}

/** Resident state codes, in the order of RESIDENT_STATES. */
export const UNAWARE = 0;
export const EXPOSED = 1;
export const BELIEVING = 2;
export const DOUBTING = 3;

/** The changing half of the simulation: what each resident makes of the rumour now. */
export interface SimState {
  /** Per resident: UNAWARE, EXPOSED, BELIEVING or DOUBTING. */
  readonly status: Uint8Array;
  /** Per resident: feeds (bit mask) on which the resident will pass the rumour on in the next tick. */
  readonly sharing: Uint8Array;
  /** Feeds (bit mask) that moderate the rumour: sharing there is damped. */
  readonly moderated: number;
  /** 0..1: how far prebunking has made residents who trust the municipality resistant. */
  readonly resistance: number;
  /** The pull (0..1+) of the rumour as last posted, kept so re-shares carry it. */
  readonly pull: RumourPull;
}

/** What makes the current rumour attractive; set by the player's posts. */
export interface RumourPull {
  readonly emotion: number;
  /** Credibility of the author, 0..1. */
  readonly credibility: number;
  readonly techniques: readonly string[];
  /** Measures that caught the technique: the post's pull is cut and it backfires. */
  readonly caughtBy: readonly Measure[];
}

/** How many residents of one neighbourhood are in each state. */
export interface AreaCounts {
  readonly unaware: number;
  readonly exposed: number;
  readonly believing: number;
  readonly doubting: number;
}

/** The town after one tick of the simulation: what the map animates through. */
export interface Frame {
  /** The move after which this tick ran (0 before any move); defence answers continue the count. */
  readonly turn: number;
  readonly tick: number;
  readonly byArea: readonly AreaCounts[];
}

/** What the simulation made of one post: the reaction counts shown under it. */
export interface Reactions {
  /** Residents who saw the post or a share of it. */
  readonly views: number;
  /** Residents who believed it (likes). */
  readonly likes: number;
  /** Times it was passed on. */
  readonly shares: number;
  /** Number of replies (the thread shows a few of them). */
  readonly replies: number;
}

/** A reply by a simulated resident; the view picks the words from the templates. */
export interface Reply {
  /** Index of the resident who replies. */
  readonly resident: number;
  /** Fictional name from the town profile's `residentNames`. */
  readonly name: string;
  /** Neighbourhood id of the resident. */
  readonly area: string;
  readonly kind: ReplyKind;
  /** Technique whose templates to use (the post's first technique; the view falls back to the general ones), or null. */
  readonly technique: string | null;
  /** Which template of the list to use (modulo its length), so every language picks consistently. */
  readonly variant: number;
}

/** What one move did in the town, for the live summary and the debrief's "why". */
export interface MoveOutcome {
  readonly platform: Platform | null;
  /** The emotional charge of the move's post (0..1); null without a post. */
  readonly emotion: number | null;
  readonly newlyExposed: number;
  readonly newlyBelieving: number;
  readonly newlyDoubting: number;
  readonly caughtBy: readonly Measure[];
}
