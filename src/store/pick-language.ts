/**
 * The language a visit starts in: the address's `?lang`, else the one chosen last on this
 * device, else the configured default, else the first offered. One rule for the early title
 * (src/shell.ts) and the store, so the title never changes language when the game takes over.
 */
export function pickLanguage(
  offered: readonly string[],
  address: string | null | undefined,
  saved: string | null | undefined,
  configured: string | null | undefined,
): string | undefined {
  const usable = (lang: string | null | undefined): lang is string =>
    lang != null && offered.includes(lang);
  return [address, saved, configured].find(usable) ?? offered[0];
}
