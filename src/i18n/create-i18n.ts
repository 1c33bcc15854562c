import i18next, { type i18n, type Resource } from 'i18next';

export type { i18n as I18n } from 'i18next';

/** One instance per app (and per test), never the global default export. */
export async function createI18n(
  lng: string,
  resources: Resource,
  fallbackLng = 'en',
): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng,
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
