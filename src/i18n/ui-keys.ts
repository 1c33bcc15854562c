import type nl from './locales/nl.json';

/** Dotted paths to every text (or list of texts) in a locale tree. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly unknown[]
    ? `${Prefix}${K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** i18next picks `key_one`/`key_other` itself from `count`; callers name the bare key. */
type WithoutPlural<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/**
 * Every key of the interface text (src/i18n/locales/nl.json; locales.test.ts keeps en.json the
 * same), so a typo in a static key fails to compile instead of showing the raw key on screen.
 */
export type UiKey = WithoutPlural<Leaves<typeof nl>>;

/** Dotted paths to every group of texts (`lang`, `notice.save`, `debrief.outcome.caught`). */
type Groups<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly unknown[]
    ? never
    : `${Prefix}${K}` | Groups<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key built at run time: a checked group, then a member the compiler cannot know. */
export type UiKeyIn = `${Groups<typeof nl>}.${string}`;
