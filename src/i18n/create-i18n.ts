import i18next, { type i18n, type Resource } from 'i18next';

export type { i18n as I18n } from 'i18next';

/**
 * One instance per app (and per test), never the global default export. A text the language
 * lacks comes from `fallbackLng` (the app passes Dutch, the language everything is written in).
 */
export async function createI18n(
  lng: string,
  resources: Resource,
  fallbackLng = 'en',
): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng,
    // "en-XA" falls back to the fallback language, not to "en": a region or pseudo-locale is a
    // language of its own here.
    load: 'currentOnly',
    resources,
    defaultNS: 'ui',
    ns: Object.keys(resources[lng] ?? {}),
    // Text is always put on the page with textContent, never as HTML, so no escaping here.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
