/**
 * The words the simulation and the content share: platforms, how residents react, what a
 * scenario's counter-posts do, and the resilience measures a scenario can switch on.
 * Declared once here so schemas, engine and views agree.
 */

/** The four kinds of social feed in every town. Each has its own look and its own spread. */
export const PLATFORMS = ['microblog', 'chat', 'group', 'news'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Age bands of a neighbourhood's residents. */
export const AGE_BANDS = ['young', 'adult', 'senior'] as const;
/** @internal The bench baseline (bench/object-per-agent.ts) types its residents with it. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** The states a resident can be in with respect to the rumour (the order is the stored code). */
export const RESIDENT_STATES = ['unaware', 'exposed', 'believing', 'doubting'] as const;
/** Also used by the bench baseline (bench/object-per-agent.ts) and src/theme/state-style.ts. */
export type ResidentState = (typeof RESIDENT_STATES)[number];

/**
 * Kinds of resident reply, picked from what the replying resident made of the post:
 * a believer passing it on eagerly, a believer who is worried, someone who asks for a source,
 * someone who knows better and says so.
 */
export const REPLY_KINDS = ['amplifier', 'believer', 'doubter', 'debunker'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** What a story post by the municipality, a journalist or a platform does to the rumour. */
export const COUNTER_KINDS = ['correction', 'factcheck', 'moderation'] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];

/**
 * Resilience measures a scenario can switch on (design.md: 2FA, a known letter style, a trusted
 * spokesperson, prebunking). What each does is in `src/engine/sim/pull.ts` (MEASURE_EFFECTS).
 */
export const MEASURES = [
  'two_factor',
  'known_letter_style',
  'trusted_spokesperson',
  'prebunking',
] as const;
export type Measure = (typeof MEASURES)[number];

/** The recurring accounts of a town (design.md's town profile). */
export const ACCOUNT_ROLES = [
  'municipality',
  'mayor',
  'alderman',
  'councillor',
  'journalist',
  'news_site',
  'sceptic',
  'amplifier',
] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
