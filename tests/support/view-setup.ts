import type { Resource } from 'i18next';

import { createWorld } from '../../src/engine/world';
import { createI18n } from '../../src/i18n/create-i18n';
import en from '../../src/i18n/locales/en.json';
import nl from '../../src/i18n/locales/nl.json';
import { bootStore, createAppStore } from '../../src/store/app-store';
import type { LaunchOptions } from '../../src/store/launch-options';
import type { ViewDeps } from '../../src/ui/shared/view-deps';
import { catalogue, catalogueLocale, scenario, scenarioLocale, town } from './fixtures';

export const launch: LaunchOptions = {
  lang: undefined,
  scenario: undefined,
  seed: undefined,
  mode: 'solo',
  renderer: 'auto',
};

/** Real interface text, the fixture scenario and catalogue, a store on jsdom's localStorage. */
export async function viewDeps(
  overrides: {
    locale?: (lang: string) => Record<string, unknown>;
    lang?: string;
    /** Changes the test scenario before its world is made (a field the default lacks). */
    edit?: (s: ReturnType<typeof scenario>) => void;
  } = {},
): Promise<ViewDeps> {
  const locale = overrides.locale ?? scenarioLocale;
  const resources: Resource = {
    nl: { ui: nl, techniques: catalogueLocale('nl'), 'scenario.proef': locale('nl') },
    en: { ui: en, techniques: catalogueLocale('en'), 'scenario.proef': locale('en') },
  };
  const i18n = await createI18n(overrides.lang ?? 'nl', resources);
  const story = scenario();
  overrides.edit?.(story);
  const worlds = new Map([['proef', createWorld(story, town, catalogue)]]);
  let seed = 1;
  const options = { ...launch, lang: overrides.lang };
  const store = createAppStore(
    { worlds, languages: ['nl', 'en'], storage: localStorage, newSeed: () => (seed += 1) },
    options,
  );
  bootStore(store, options, localStorage);
  store.subscribe(
    (s) => s.language,
    (lang) => {
      void i18n.changeLanguage(lang);
    },
  );
  return { store, i18n, worlds, catalogue, languages: ['nl', 'en'] };
}
