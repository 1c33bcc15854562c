/**
 * Test support for the feed views (not part of the game): a town with four named feeds and
 * recurring accounts, hand-made posts and game states, and view dependencies with reply
 * templates. Used by src/ui/feed/*.test.ts until the simulation fills real feeds.
 */
import type { Resource } from 'i18next';

import type { Platform } from '../../src/content/simulation-vocabulary';
import type { Town } from '../../src/content/town-schema';
import type { FeedItem, GameState } from '../../src/engine/state';
import type { Reply } from '../../src/engine/sim/types';
import { createWorld, type World } from '../../src/engine/world';
import { createI18n } from '../../src/i18n/create-i18n';
import en from '../../src/i18n/locales/en.json';
import nl from '../../src/i18n/locales/nl.json';
import { createAppStore } from '../../src/store/app-store';
import { catalogue, catalogueLocale, scenario, scenarioLocale, town } from './fixtures';
import { launch } from './view-setup';
import type { ViewDeps } from '../../src/ui/shared/view-deps';

export const feedTown: Town = {
  ...town,
  platforms: {
    microblog: { name: 'Kwetter' },
    chat: { name: 'BuurtApp' },
    group: { name: 'Wij in {{town}}' },
    news: { name: 'Dorpskrant' },
  },
  accounts: [
    {
      id: 'gemeente',
      role: 'municipality',
      name: 'Gemeente {{town}}',
      handle: '@gemeente_testdorp',
    },
    { id: 'wethouder', role: 'alderman', name: 'Wethouder {{alderman}}', handle: '@wethouder' },
    { id: 'krant', role: 'news_site', name: 'Dorpskrant {{town}}', handle: '@dorpskrant' },
  ],
};

export const feedWorld = (): World => createWorld(scenario(), feedTown, catalogue);

/** A post; by default a town-hall post on the microblog before any move, without reactions. */
export function post(id: number, platform: Platform, over: Partial<FeedItem> = {}): FeedItem {
  return {
    id,
    author: 'town_hall',
    text: 'nodes.start.post',
    byPlayer: false,
    turn: 0,
    platform,
    counter: null,
    reactions: null,
    replies: [],
    ...over,
  };
}

export function reply(over: Partial<Reply> = {}): Reply {
  return {
    resident: 3,
    name: 'Anna B.',
    area: 'oost',
    kind: 'doubter',
    technique: 'emotion',
    variant: 0,
    ...over,
  };
}

/** A game at the start node with this feed and as many moves behind it as `turns`. */
export function gameWith(feed: readonly FeedItem[], turns = 0): GameState {
  const move = {
    nodeId: 'start',
    choiceId: 'lie',
    label: 'nodes.start.lie',
    techniques: ['emotion'],
    meters: { followers: 40, credibility: 55, reach: 10, trust: 65 },
    outcome: null,
  };
  return {
    scenarioId: 'proef',
    route: 'full',
    seed: 1,
    rng: 1,
    nodeId: turns === 0 ? 'start' : 'middle',
    meters: { followers: 40, credibility: 55, reach: 10, trust: 65 },
    storyTrust: 65,
    variables: { suspicion: 0 },
    sim: null,
    feed,
    // After a move the town has heard of it: 10% of Testdorp's 4,000 residents, in one frame.
    frames:
      turns === 0
        ? []
        : [
            {
              turn: turns,
              tick: 0,
              byArea: [
                { unaware: 900, exposed: 100, believing: 0, doubting: 0 },
                { unaware: 1800, exposed: 200, believing: 0, doubting: 0 },
                { unaware: 900, exposed: 100, believing: 0, doubting: 0 },
              ],
            },
          ],
    history: Array.from({ length: turns }, (_, turn) => ({ ...move, turn })),
    ending: null,
    defence: [],
    lastError: null,
  };
}

/** Scenario text with extra post texts and the scenario's own reply templates for `emotion`. */
function feedScenarioLocale(lang: string): Record<string, unknown> {
  return {
    ...scenarioLocale(lang),
    posts: {
      fix: `${lang}:Het klopt niet, zegt de gemeente.`,
      mine: `${lang}:Mijn gerucht over {{town}}`,
    },
    replies: {
      emotion: {
        doubter: [`${lang}:Bron? Ik woon in {{area}}.`, `${lang}:Wie zegt dat, in {{town}}?`],
      },
    },
  };
}

function feedCatalogueLocale(lang: string): Record<string, unknown> {
  return {
    ...catalogueLocale(lang),
    replies: {
      emotion: { believer: [`${lang}:Wat erg voor {{area}}!`] },
      any: {
        amplifier: [`${lang}:Delen! Burgemeester {{mayor}} moet dit zien.`],
        debunker: [`${lang}:Dit is al weerlegd.`],
      },
    },
  };
}

/** View dependencies with the real interface text and the feed fixtures; the store holds `game`. */
export async function feedDeps(game: GameState | null = null, lang = 'nl'): Promise<ViewDeps> {
  const resources: Resource = {
    nl: {
      ui: nl,
      techniques: feedCatalogueLocale('nl'),
      'scenario.proef': feedScenarioLocale('nl'),
    },
    en: {
      ui: en,
      techniques: feedCatalogueLocale('en'),
      'scenario.proef': feedScenarioLocale('en'),
    },
  };
  const i18n = await createI18n(lang, resources);
  const world = feedWorld();
  const worlds = new Map([['proef', world]]);
  const store = createAppStore(
    { worlds, languages: ['nl', 'en'], storage: null, newSeed: () => 1 },
    { ...launch, lang },
  );
  store.setState({ world, game, screen: 'play', language: lang });
  return { store, i18n, worlds, catalogue, languages: ['nl', 'en'] };
}
