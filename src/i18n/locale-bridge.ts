import type { i18n } from 'i18next';

/**
 * Keeps i18next, <html lang> and <html dir> in step with the chosen language (Arabic, Hebrew,
 * Persian and Urdu read right to left). `subscribe` is any source of
 * the language (the app store); returns the unsubscribe function.
 */
export function bridgeLocale(
  subscribe: (listener: (language: string) => void) => () => void,
  instance: i18n,
  html: HTMLElement,
): () => void {
  return subscribe((language) => {
    html.lang = language;
    html.dir = instance.dir(language);
    // Resources are bundled, so the change is synchronous; views re-render on 'languageChanged'.
    void instance.changeLanguage(language);
  });
}
