/**
 * Where the content files sit, relative to index.html. No imports: the offline build's Vite config
 * reads these through `src/tools/offline-files.ts`, and Vite's config loader wants every file it
 * follows to name its extension.
 */
export const INDEX_FILE = 'scenarios/index.json';
export const CATALOGUE_FILE = 'scenarios/techniques/catalogue.json';
export const DISCERNMENT_FILE = 'scenarios/discernment/items.json';
/** The folder whose `locales/` hold the techniques' texts. */
export const TECHNIQUES_FOLDER = 'scenarios/techniques';

/** A story in the standard place: `scenarios/<id>/scenario.json`, texts in its `locales/`. */
export const scenarioFolder = (id: string): string => `scenarios/${id}`;
export const scenarioFile = (id: string): string => `${scenarioFolder(id)}/scenario.json`;
export const townFile = (id: string): string => `scenarios/towns/${id}.json`;
/** The texts of one language for the story, catalogue or check in `folder`. */
export const localeFile = (folder: string, lang: string): string =>
  `${folder}/locales/${lang}.json`;

/** An added language's interface texts, beside index.html. */
export const interfaceLocaleFile = (lang: string): string => `locales/${lang}.json`;
