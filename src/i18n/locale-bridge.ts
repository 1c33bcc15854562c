import type { i18n } from 'i18next';

/**
 * Keeps i18next and <html lang> in step with the chosen language. `subscribe` is any source of
 * the language (the app store); returns the unsubscribe function.
 */
export function bridgeLocale(
  subscribe: (listener: (language: string) => void) => () => void,
  instance: i18n,
  html: HTMLElement,
): () => void {
  return subscribe((language) => {
    html.lang = language;
    // Resources are bundled, so the change is synchronous; views re-render on 'languageChanged'.
    void instance.changeLanguage(language);
  });
}
