// @vitest-environment jsdom
/**
 * The kiosk's results card fits a five-minute visit: on every path of every shipped story's
 * short route, in Dutch and English, the card a visitor reads (src/ui/kiosk/kiosk-debrief.ts)
 * has at most 150 words. Rendered with the real texts and counted the way a reader meets them.
 */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '../src/content/load-content';
import { selectChoice } from '../src/engine/actions';
import { reduce } from '../src/engine/reducer';
import { availableChoices } from '../src/engine/selectors';
import { createInitialState, type GameState } from '../src/engine/state';
import { createWorld, type World } from '../src/engine/world';
import { createI18n } from '../src/i18n/create-i18n';
import en from '../src/i18n/locales/en.json';
import nl from '../src/i18n/locales/nl.json';
import { createAppStore } from '../src/store/app-store';
import { renderKioskDebrief } from '../src/ui/kiosk/kiosk-debrief';
import type { ViewDeps } from '../src/ui/shared/view-deps';
import { fileSource } from '../src/tools/file-source';
import { KIOSK_CARD_WORDS } from '../src/tools/play-reading';

const root = path.resolve(import.meta.dirname, '..');
const content = await loadContent(fileSource(root));

/** Every ending the short route can reach, as the game state at that ending. */
function shortRouteEndings(world: World): GameState[] {
  const endings: GameState[] = [];
  const walk = (state: GameState, depth: number): void => {
    if (state.ending !== null || depth > 12) {
      endings.push(state);
      return;
    }
    for (const choice of availableChoices(world, state))
      walk(reduce(world, state, selectChoice(choice.id)), depth + 1);
  };
  walk(createInitialState(world, 1, 'short'), 0);
  return endings;
}

/** The words a reader meets: text outside pictures, split on white space; a lone ✓ is no word. */
function wordsIn(element: Element): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let words = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.parentElement?.closest('svg') !== null) continue;
    words += (node.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return words;
}

describe('the kiosk results card', () => {
  it.each(content.scenarios.map((loaded) => [loaded.scenario.id, loaded] as const))(
    '%s: every short-route ending reads in at most 150 words, in Dutch and English',
    async (id, loaded) => {
      const catalogue = content.catalogue;
      const world = createWorld(loaded.scenario, loaded.town, catalogue);
      const worlds = new Map([[id, world]]);
      const endings = shortRouteEndings(world);
      expect(endings.length).toBeGreaterThan(0);
      for (const lang of ['nl', 'en'] as const) {
        const i18n = await createI18n(lang, {
          [lang]: {
            ui: lang === 'nl' ? nl : en,
            techniques: content.catalogueLocales[lang] ?? {},
            [`scenario.${id}`]: loaded.locales[lang] ?? {},
          },
        });
        const store = createAppStore(
          { worlds, languages: [lang], storage: null, newSeed: () => 1, route: 'short' },
          { lang, scenario: undefined, seed: undefined, mode: 'kiosk', renderer: 'auto' },
        );
        const deps: ViewDeps = {
          store,
          i18n,
          worlds,
          catalogue: catalogue ?? { format: 1, techniques: [] },
          languages: [lang],
          kiosk: true,
          boosterUrl: 'https://www.example.org/weerbaarheid',
        };
        const tooLong = endings.flatMap((game) => {
          store.setState({ world, game, screen: 'debrief' });
          const card = renderKioskDebrief(deps);
          expect(card.querySelector('.qr-code')).not.toBeNull();
          const words = wordsIn(card);
          const moves = game.history.map((m) => m.choiceId).join(' → ');
          return words > KIOSK_CARD_WORDS ? [`${lang}: ${moves}: ${String(words)} words`] : [];
        });
        expect(tooLong).toEqual([]);
      }
    },
  );
});
