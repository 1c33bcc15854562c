import type { ConfigProblem, GameConfig } from '../content/config';
import { createWorld, type World } from '../engine/world';

/** What the rest of the app uses from config.json, after checking it against the content. */
export interface ResolvedConfig {
  readonly worlds: ReadonlyMap<string, World>;
  readonly languages: readonly string[];
  readonly defaultLanguage: string;
  readonly accent: string | undefined;
  readonly logo: string | undefined;
  readonly boosterUrl: string | undefined;
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
  return createWorld(scenario, { ...world.town, ...config.town }, world.catalogue);
}

export function resolveConfig(
  config: GameConfig,
  worlds: ReadonlyMap<string, World>,
  shippedLanguages: readonly string[],
): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const renamed = new Map<string, World>();
  const order = config.scenarios ?? [...worlds.keys()];
  for (const id of order) {
    const world = worlds.get(id);
    if (world === undefined) {
      problems.push({
        field: 'scenarios',
        problem: `names '${id}', which is not a scenario of this game (available: ${[...worlds.keys()].join(', ')}); it is left out`,
      });
      continue;
    }
    renamed.set(id, adapted(world, config));
  }
  if (renamed.size === 0) {
    problems.push({
      field: 'scenarios',
      problem: 'leaves no scenario to play; all scenarios are offered',
    });
    for (const [id, world] of worlds) renamed.set(id, adapted(world, config));
  }

  let languages = (config.languages ?? shippedLanguages).filter((lang) => {
    const ok = shippedLanguages.includes(lang);
    if (!ok)
      problems.push({
        field: 'languages',
        problem: `names '${lang}', which this game has no text for (available: ${shippedLanguages.join(', ')}); it is left out`,
      });
    return ok;
  });
  if (languages.length === 0) languages = [...shippedLanguages];
  let defaultLanguage = config.defaultLanguage ?? languages[0] ?? 'nl';
  if (!languages.includes(defaultLanguage)) {
    problems.push({
      field: 'defaultLanguage',
      problem: `'${defaultLanguage}' is not one of the offered languages (${languages.join(', ')}); '${languages[0] ?? 'nl'}' is used`,
    });
    defaultLanguage = languages[0] ?? 'nl';
  }

  let accent = config.colours.accent;
  if (accent !== undefined && contrastWithWhite(accent) < 4.5) {
    problems.push({
      field: 'colours.accent',
      problem: `${accent} has a contrast of ${contrastWithWhite(accent).toFixed(1)}:1 with white; buttons need at least 4.5:1 to be readable (WCAG 2.1 AA), so the default colour is used`,
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
