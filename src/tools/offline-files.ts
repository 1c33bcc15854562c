import { readFile } from 'node:fs/promises';
import path from 'node:path';

// With extensions: the offline build's Vite config loads this file (see content-files.ts).
import { CATALOGUE_FILE, DISCERNMENT_FILE, interfaceLocaleFile } from '../content/content-files.ts';
import { isShippedLanguage, LANGUAGES, languagesToLoad } from '../content/locales.ts';

/**
 * The content files the offline single-file build carries, by site path: the index, the
 * scenarios it lists with their locales and towns, the tactic catalogue, the discernment check
 * and config.json with the interface files of the extra languages it lists. A stray folder under scenarios/ stays out (it once grew the file from 2.3 MB
 * to 18.8 MB). Files that are missing are left out; the game reports them as usual.
 */
export async function offlineContentFiles(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const add = async (site: string, onDisk = site): Promise<string | null> => {
    try {
      const text = await readFile(path.join(root, onDisk), 'utf8');
      files[site] = text;
      return text;
    } catch {
      return null;
    }
  };
  const json = (text: string | null): unknown => {
    try {
      return text === null ? null : (JSON.parse(text) as unknown);
    } catch {
      return null;
    }
  };
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;

  // The languages config.json offers; one the build does not carry brings its interface file.
  const offered = field(json(await add('config.json', 'assets/config.json')), 'languages');
  const languages = languagesToLoad(
    Array.isArray(offered) ? offered.filter((l): l is string => typeof l === 'string') : LANGUAGES,
  );
  for (const lang of languages)
    if (!isShippedLanguage(lang))
      await add(interfaceLocaleFile(lang), `assets/${interfaceLocaleFile(lang)}`);
  const listed = field(json(await add('scenarios/index.json')), 'scenarios');
  const ids = Array.isArray(listed)
    ? listed.filter((id): id is string => typeof id === 'string' && /^[a-z][a-z0-9_]*$/.test(id))
    : [];
  const perLanguage = (folder: string): string[] =>
    languages.map((lang) => `${folder}/locales/${lang}.json`);
  const towns = new Set<string>();
  for (const id of ids) {
    const town = field(json(await add(`scenarios/${id}/scenario.json`)), 'town');
    if (typeof town === 'string' && /^[a-z][a-z0-9_-]*$/.test(town)) towns.add(town);
    for (const file of perLanguage(`scenarios/${id}`)) await add(file);
  }
  for (const town of towns) await add(`scenarios/towns/${town}.json`);
  for (const file of [
    CATALOGUE_FILE,
    ...perLanguage(path.posix.dirname(CATALOGUE_FILE)),
    DISCERNMENT_FILE,
    ...perLanguage(path.posix.dirname(DISCERNMENT_FILE)),
  ])
    await add(file);
  return files;
}
