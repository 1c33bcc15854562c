import type { ConfigProblem, GameConfig } from '../content/config';
import type { TownNames } from '../content/town-names';
import { shortValue } from '../content/text-safety';
import { createWorld, type World } from '../engine/world';
import type { Notice } from './launch-options';

/** What the rest of the app uses from config.json, after checking it against the content. */
export interface ResolvedConfig {
  readonly worlds: ReadonlyMap<string, World>;
  readonly languages: readonly string[];
  readonly defaultLanguage: string;
  readonly accent: string | undefined;
  readonly logo: string | undefined;
  readonly boosterUrl: string | undefined;
  readonly accessibilityContact: string | undefined;
  /** The default mode (the address's ?mode wins). */
  readonly mode: 'solo' | 'kiosk' | 'facilitator';
  readonly kioskIdleSeconds: number;
  readonly problems: readonly ConfigProblem[];
}

/**
 * Applies config.json to the loaded worlds: renames the town and its people (every scenario text
 * uses them through {{town}}, {{mayor}}, {{alderman}}), picks and orders scenarios, and checks
 * languages and the accent colour. Pure: problems are returned, never thrown.
 */
/** A world with the municipality's names and its resilience measures added to the scenario's own. */
function adapted(world: World, config: GameConfig): World {
  const own = world.scenario.simulation;
  const measures = [...new Set([...(own?.measures ?? []), ...(config.measures ?? [])])];
  const scenario =
    measures.length === 0
      ? world.scenario
      : { ...world.scenario, simulation: { ...own, measures } };
  return createWorld(scenario, renamedTown(world.town, config), world.catalogue);
}

/**
 * The town profile (or the story index's copy of its names) with config.json's names: the town,
 * its people, neighbourhoods and places.
 */
export function renamedTown<T extends TownNames>(town: T, config: GameConfig): T {
  const { areas = {}, places = {}, ...names } = config.town;
  return {
    ...town,
    ...names,
    neighbourhoods: town.neighbourhoods.map((n) => ({ ...n, name: areas[n.id] ?? n.name })),
    places: { ...town.places, ...pick(places, Object.keys(town.places ?? {})) },
  };
}

const pick = (names: Readonly<Record<string, string>>, ids: readonly string[]) =>
  Object.fromEntries(Object.entries(names).filter(([id]) => ids.includes(id)));

/** Config names for neighbourhoods or places the town profile does not have: reported, ignored. */
function unknownNameIds(config: GameConfig, worlds: ReadonlyMap<string, World>): ConfigProblem[] {
  const towns = [...worlds.values()].map((w) => w.town);
  const problems: ConfigProblem[] = [];
  const check = (field: 'areas' | 'places', known: ReadonlySet<string>): void => {
    for (const id of Object.keys(config.town[field] ?? {}))
      if (!known.has(id))
        problems.push({
          field: `town.${field}`,
          problem: `names '${id}', which the town profile does not have (known: ${[...known].join(', ')}); it is ignored`,
          notice: {
            key: field === 'areas' ? 'unknownArea' : 'unknownPlace',
            values: { id: shortValue(id), known: [...known].join(', ') },
          },
        });
  };
  check('areas', new Set(towns.flatMap((t) => t.neighbourhoods.map((n) => n.id))));
  check('places', new Set(towns.flatMap((t) => Object.keys(t.places ?? {}))));
  return problems;
}

/** An added language whose file is there but cannot be used: where, and the finding's code. */
export interface UnreadableLanguage {
  readonly file: string;
  readonly code: string;
  readonly line: number;
  readonly column: number;
}

export function resolveConfig(
  config: GameConfig,
  worlds: ReadonlyMap<string, World>,
  shippedLanguages: readonly string[],
  /** Languages whose locales/<code>.json is there but broken (not JSON, not an object of texts). */
  unreadable: ReadonlyMap<string, UnreadableLanguage> = new Map(),
): ResolvedConfig {
  const problems: ConfigProblem[] = unknownNameIds(config, worlds);
  const renamed = new Map<string, World>();
  const order = config.scenarios ?? [...worlds.keys()];
  for (const id of order) {
    const world = worlds.get(id);
    if (world === undefined) {
      problems.push({
        field: 'scenarios',
        problem: `names '${shortValue(id)}', which is not a scenario of this game (available: ${[...worlds.keys()].join(', ')}); it is left out`,
        notice: {
          key: 'unknownScenario',
          values: { id: shortValue(id), available: [...worlds.keys()].join(', ') },
        },
      });
      continue;
    }
    renamed.set(id, adapted(world, config));
  }
  if (renamed.size === 0) {
    problems.push({
      field: 'scenarios',
      problem: 'leaves no scenario to play; all scenarios are offered',
      notice: { key: 'noScenario' },
    });
    for (const [id, world] of worlds) renamed.set(id, adapted(world, config));
  }

  let languages = (config.languages ?? shippedLanguages).filter((lang) => {
    const ok = shippedLanguages.includes(lang);
    const broken = unreadable.get(lang);
    if (!ok && broken !== undefined)
      // The file is there: saying "put its file there" would send the editor looking elsewhere.
      problems.push({
        field: 'languages',
        problem: `names '${lang}', whose file ${broken.file} cannot be read (${broken.code} at line ${String(broken.line)}, column ${String(broken.column)}); until it is mended the language is left out`,
        notice: {
          key: 'unreadableLanguage',
          values: { lang, ...broken, available: shippedLanguages.join(', ') },
        },
      });
    else if (!ok)
      problems.push({
        field: 'languages',
        problem: `names '${lang}', which this game has no interface text for (available: ${shippedLanguages.join(', ')}); put its file at locales/${lang}.json beside index.html, until then it is left out`,
        notice: {
          key: 'unknownLanguage',
          values: { lang, available: shippedLanguages.join(', ') },
        },
      });
    return ok;
  });
  if (languages.length === 0) languages = [...shippedLanguages];
  let defaultLanguage = config.defaultLanguage ?? languages[0] ?? 'nl';
  if (!languages.includes(defaultLanguage)) {
    problems.push({
      field: 'defaultLanguage',
      problem: `'${defaultLanguage}' is not one of the offered languages (${languages.join(', ')}); '${languages[0] ?? 'nl'}' is used`,
      notice: {
        key: 'defaultLanguage',
        values: {
          lang: defaultLanguage,
          offered: languages.join(', '),
          used: languages[0] ?? 'nl',
        },
      },
    });
    defaultLanguage = languages[0] ?? 'nl';
  }

  let accent = config.colours.accent;
  if (accent !== undefined && contrastWithWhite(accent) < 4.5) {
    problems.push({
      field: 'colours.accent',
      problem: `${accent} has a contrast of ${(Math.floor(contrastWithWhite(accent) * 10) / 10).toFixed(1)}:1 with white; buttons need at least 4.5:1 to be readable (WCAG 2.1 AA), so the default colour is used`,
      notice: {
        key: 'contrast',
        values: {
          colour: accent,
          // Rounded down, so a colour just short of 4.5 never reads "4.5:1" in the notice.
          ratio: Math.floor(contrastWithWhite(accent) * 10) / 10,
          minimum: 4.5,
        },
      },
    });
    accent = undefined;
  }
  const mode: 'solo' | 'kiosk' | 'facilitator' =
    config.mode === 'kiosk' || config.mode === 'facilitator' ? config.mode : 'solo';
  return {
    worlds: renamed,
    languages,
    defaultLanguage,
    accent,
    logo: config.logo,
    boosterUrl: config.boosterUrl,
    accessibilityContact: config.accessibilityContact,
    mode,
    kioskIdleSeconds: config.kioskIdleSeconds,
    problems,
  };
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** A config problem as the player's notice: its text under notice.configProblem, in their language. */
export const configNotice = (p: ConfigProblem): Notice => ({
  kind: 'warning',
  key: `notice.configProblem.${p.notice.key}`,
  values: { field: p.field, ...p.notice.values },
});
