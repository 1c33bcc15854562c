/**
 * The languages the project ships complete: the checker demands every text in them (errors).
 * Any other language (listed in config.json, with its files dropped in) may be partial: what it
 * lacks is a warning and is shown in the source language.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every text is written in first, and the one missing texts fall back to. */
export const SOURCE_LANGUAGE: Language = 'nl';

/** A language code as config.json and file names use it: "fy", "tr", "ar", "en-XA". */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** True for a language the project ships complete (its findings are errors). */
export const isShippedLanguage = (lang: string): lang is Language =>
  (LANGUAGES as readonly string[]).includes(lang);

/** The languages to load: the source language first, then the others asked for, once each. */
export const languagesToLoad = (asked: readonly string[]): readonly string[] => [
  ...new Set([SOURCE_LANGUAGE, ...asked.filter((lang) => LANGUAGE_CODE.test(lang))]),
];

/** A locale file's contents: nested objects whose leaves are texts or lists of texts. */
export interface LocaleTree {
  readonly [key: string]: string | readonly string[] | LocaleTree;
}

/** Variables text may use, filled from the town profile (and later from config.json). */
export const TEMPLATE_VARIABLES = ['town', 'mayor', 'alderman'] as const;

/** Residents' reply templates (keys under "replies.") may also name the replier's neighbourhood. */
export const REPLY_VARIABLES = [...TEMPLATE_VARIABLES, 'area'] as const;

/** The variables a text under this key may use. */
export const variablesFor = (key: string): readonly string[] =>
  key.startsWith('replies.') ? REPLY_VARIABLES : TEMPLATE_VARIABLES;

/** Every leaf key of a locale tree in dotted form ("nodes.intro.text"), with its texts. */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(tree)) {
    // "$schema" points an editor at the file's JSON Schema; it is not a text.
    if (prefix === '' && key === '$schema') continue;
    const full = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(full, [value]);
    else if (Array.isArray(value)) out.set(full, value as readonly string[]);
    else for (const [k, v] of flattenLocale(value as LocaleTree, full)) out.set(k, v);
  }
  return out;
}

/** The {{variables}} a text uses. */
export function templateVariablesIn(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] ?? '');
}

/** True when the value is a valid locale tree. */
export function isLocaleTree(value: unknown): value is LocaleTree {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (v) =>
      typeof v === 'string' ||
      (Array.isArray(v) && v.every((item) => typeof item === 'string')) ||
      isLocaleTree(v),
  );
}
