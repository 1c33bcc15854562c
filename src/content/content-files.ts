/**
 * Where the content files sit, relative to index.html. No imports: the offline build's Vite config
 * reads these through `src/tools/offline-files.ts`, and Vite's config loader wants every file it
 * follows to name its extension.
 */
export const INDEX_FILE = 'scenarios/index.json';
export const CATALOGUE_FILE = 'scenarios/techniques/catalogue.json';
export const DISCERNMENT_FILE = 'scenarios/discernment/items.json';

/** An added language's interface texts, beside index.html. */
export const interfaceLocaleFile = (lang: string): string => `locales/${lang}.json`;
