import type { ContentSource } from '../../src/content/content-source';
import type { Catalogue } from '../../src/content/catalogue-schema';
import type { Scenario } from '../../src/content/schema';
import type { Town } from '../../src/content/town-schema';
import { createWorld, type World } from '../../src/engine/world';

/** A tiny town of three neighbourhoods in a row. */
export const town: Town = {
  format: 1,
  id: 'testdorp',
  name: 'Testdorp',
  mayor: 'Mira Burg',
  alderman: 'Wim Wet',
  neighbourhoods: [
    {
      id: 'west',
      name: 'West',
      population: 1000,
      susceptibility: 0.5,
      trust: 0.6,
      ages: { young: 0.3, adult: 0.5, senior: 0.2 },
      platformUse: { microblog: 0.3, chat: 0.8, group: 0.5, news: 0.3 },
      shape: [
        [0, 0],
        [300, 0],
        [300, 600],
        [0, 600],
      ],
      neighbours: ['midden'],
    },
    {
      id: 'midden',
      name: 'Midden',
      population: 2000,
      susceptibility: 0.8,
      trust: 0.6,
      ages: { young: 0.3, adult: 0.5, senior: 0.2 },
      platformUse: { microblog: 0.3, chat: 0.8, group: 0.5, news: 0.3 },
      shape: [
        [300, 0],
        [700, 0],
        [700, 600],
        [300, 600],
      ],
      neighbours: ['west', 'oost'],
    },
    {
      id: 'oost',
      name: 'Oost',
      population: 1000,
      susceptibility: 0.2,
      trust: 0.6,
      ages: { young: 0.3, adult: 0.5, senior: 0.2 },
      platformUse: { microblog: 0.3, chat: 0.8, group: 0.5, news: 0.3 },
      shape: [
        [700, 0],
        [1000, 0],
        [1000, 600],
        [700, 600],
      ],
      neighbours: ['midden'],
    },
  ],
  platforms: {
    microblog: { name: 'Kwetter' },
    chat: { name: 'BuurtApp' },
    group: { name: 'Testdorp Praat' },
    news: { name: 'Testdorper Courant' },
  },
  places: { square: 'Dorpsplein', radio: 'Radio Testdorp' },
  accounts: [
    {
      id: 'gemeente',
      role: 'municipality',
      name: 'Gemeente {{town}}',
      handle: '@gemeente_testdorp',
    },
    { id: 'journalist', role: 'journalist', name: 'Joke Pen', handle: '@jokepen' },
  ],
  residentNames: [
    'Anna B.',
    'Bram C.',
    'Cem D.',
    'Dewi E.',
    'Eva F.',
    'Fleur G.',
    'Gijs H.',
    'Hanna I.',
    'Imre J.',
    'Jesse K.',
    'Kim L.',
    'Lotte M.',
  ],
};

/**
 * A small scenario with a condition: `boast` needs credibility 60, so a player who lied first
 * can only `wait`. start → (lie | honest) → middle → (boast | wait) → endings.
 */
export function scenario(): Scenario {
  return {
    format: 1,
    id: 'proef',
    town: 'testdorp',
    title: 'title',
    summary: 'summary',
    minutes: 3,
    start: 'start',
    meters: { credibility: 55 },
    variables: { suspicion: 0 },
    accounts: [
      { id: 'me', name: 'accounts.me', handle: '@ik' },
      { id: 'town_hall', name: 'accounts.town_hall', handle: '@gemeente' },
    ],
    nodes: [
      {
        id: 'start',
        text: 'nodes.start.text',
        feed: [{ author: 'town_hall', text: 'nodes.start.post' }],
        choices: [
          {
            id: 'lie',
            label: 'nodes.start.lie',
            to: 'middle',
            effects: { reach: 20, credibility: -10, suspicion: 1 },
            techniques: ['emotion'],
            post: { author: 'me', text: 'nodes.start.lie_post' },
          },
          {
            id: 'honest',
            label: 'nodes.start.honest',
            to: 'middle',
            effects: { reach: 5, credibility: 10 },
          },
        ],
      },
      {
        id: 'middle',
        text: 'nodes.middle.text',
        choices: [
          {
            id: 'boast',
            label: 'nodes.middle.boast',
            to: 'viral',
            requires: { credibility: { atLeast: 60 } },
            techniques: ['emotion', 'discrediting'],
          },
          { id: 'wait', label: 'nodes.middle.wait', to: 'quiet', effects: { reach: -10 } },
        ],
      },
      {
        id: 'viral',
        text: 'nodes.viral.text',
        ending: { title: 'nodes.viral.ending', kind: 'viral' },
      },
      {
        id: 'quiet',
        text: 'nodes.quiet.text',
        ending: { title: 'nodes.quiet.ending', kind: 'fizzled' },
      },
    ],
  };
}

export const catalogue: Catalogue = {
  format: 1,
  techniques: [
    {
      id: 'emotion',
      domain: 'digital_resilience',
      sources: ['https://example.org/emotion'],
      since2024: true,
      international: true,
      defence: { good: ['correct'], risky: ['ignore'] },
    },
    { id: 'discrediting', domain: 'staff_safety', sources: ['https://example.org/discrediting'] },
    {
      id: 'polarisation',
      domain: 'information_position',
      sources: ['https://example.org/polarisation'],
    },
  ],
};

/** Locale text for the fixture scenario; `lang` is prefixed so tests can tell the languages apart. */
export function scenarioLocale(lang: string): Record<string, unknown> {
  const x = (text: string): string => `${lang}:${text}`;
  return {
    title: x('Proef'),
    summary: x('Een proef in {{town}}.'),
    accounts: { me: x('Ik'), town_hall: x('Gemeente {{town}}') },
    nodes: {
      start: {
        text: x('Begin'),
        post: x('Raadsbesluit'),
        lie: x('Lieg'),
        honest: x('Eerlijk'),
        lie_post: x('Leugen'),
      },
      middle: { text: x('Tussenstap'), boast: x('Opscheppen'), wait: x('Wachten') },
      viral: { text: x('Viraal'), ending: x('Viraal einde') },
      quiet: { text: x('Stil'), ending: x('Stil einde') },
    },
  };
}

export function catalogueLocale(lang: string): Record<string, unknown> {
  const entry = (name: string): Record<string, unknown> => ({
    name: `${lang}:${name}`,
    definition: `${lang}:${name} definition`,
    signs: [`${lang}:${name} sign 1`, `${lang}:${name} sign 2`],
    tell: `${lang}:${name} tell`,
    counter: `${lang}:${name} counter`,
    case: `${lang}:${name} case`,
    law: `${lang}:${name} law`,
  });
  return {
    techniques: {
      emotion: { ...entry('Emotion'), since2024: `${lang}:Emotion since 2024` },
      discrediting: entry('Discrediting'),
      polarisation: entry('Polarisation'),
    },
    domains: {
      digital_resilience: `${lang}:Digital`,
      staff_safety: `${lang}:Staff`,
      information_position: `${lang}:Info`,
    },
  };
}

/** All files of a valid content tree, as text by path. Tests change one file and check the result. */
export function contentFiles(): Record<string, string> {
  const json = (value: unknown): string => JSON.stringify(value, null, 2);
  return {
    'scenarios/index.json': json({ format: 1, scenarios: ['proef'] }),
    'scenarios/towns/testdorp.json': json(town),
    'scenarios/techniques/catalogue.json': json(catalogue),
    'scenarios/techniques/locales/nl.json': json(catalogueLocale('nl')),
    'scenarios/techniques/locales/en.json': json(catalogueLocale('en')),
    'scenarios/proef/scenario.json': json(scenario()),
    'scenarios/proef/locales/nl.json': json(scenarioLocale('nl')),
    'scenarios/proef/locales/en.json': json(scenarioLocale('en')),
  };
}

export function memorySource(files: Readonly<Record<string, string>>): ContentSource {
  return {
    read: (path) => Promise.resolve(Object.hasOwn(files, path) ? (files[path] ?? null) : null),
  };
}

export const world = (s: Scenario = scenario()): World => createWorld(s, town);
