import { scenarioFile, scenarioFolder } from './content-files';
import type { ContentSource } from './content-source';
import type { Diagnostic } from './diagnostics';
import { hasErrors } from './diagnostics';
import { lintGraph } from './lint-graph';
import { lintText } from './lint-text';
import { missing } from './load-catalogue';
import { loadLocales } from './load-locale';
import { type LocaleTree, SOURCE_LANGUAGE } from './locales';
import { type Scenario, ScenarioSchema } from './schema';
import type { Town } from './town-schema';
import { validateFile } from './validate-file';

/** Where a scenario's files are: its JSON file and the folder that holds `locales/`. */
export interface ScenarioLocation {
  readonly file: string;
  readonly folder: string;
}

/** The location of a scenario that lives in the standard place, `scenarios/<id>/scenario.json`. */
export const scenarioLocation = (id: string): ScenarioLocation => ({
  file: scenarioFile(id),
  folder: scenarioFolder(id),
});

/** A scenario that passed every check, ready for the engine and the i18n instance. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly town: Town;
  /** Texts by language: always the source language; others only when their file could be read. */
  readonly locales: Readonly<Record<string, LocaleTree>>;
}

export interface ScenarioDeps {
  readonly techniqueIds: ReadonlySet<string>;
  readonly town: (id: string) => Promise<Town | undefined>;
  /** The languages to read (`locales/<lang>.json`); the source language is always among them. */
  readonly languages: readonly string[];
  /** Awaited between the checks (shape, texts, graph, wording), so none holds the page long. */
  readonly pause?: () => Promise<void>;
}

export interface ScenarioResult {
  readonly scenario: LoadedScenario | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The town the scenario names, when its file could be read (its findings are reported once). */
  readonly townId?: string;
}

/** Loads, shape-checks and lints one scenario folder. `scenario` is set only when there is no error. */
export async function loadScenario(
  source: ContentSource,
  location: ScenarioLocation,
  deps: ScenarioDeps,
): Promise<ScenarioResult> {
  const { file, folder } = location;
  const id =
    folder
      .split('/')
      .filter((part) => part !== '')
      .pop() ?? folder;
  const pause = deps.pause ?? (() => Promise.resolve());
  // The texts are asked for together with the story file (one round trip), checked after it.
  const readingLocales = loadLocales(source, folder, deps.languages);
  readingLocales.catch(() => undefined); // awaited below, or dropped with a missing story file
  const text = await source.read(file);
  if (text === null)
    return { scenario: undefined, diagnostics: [missing(file, `scenario '${id}'`)] };
  await pause();
  const result = validateFile(text, file, ScenarioSchema);
  const diagnostics: Diagnostic[] = result.ok ? [...result.warnings] : [];
  await pause();
  const { files: locales, diagnostics: localeFindings } = await readingLocales;
  diagnostics.push(...localeFindings);
  if (!result.ok)
    return { scenario: undefined, diagnostics: [...result.diagnostics, ...diagnostics] };

  const townId = result.data.town;
  const town = await deps.town(townId);
  const ctx = {
    file,
    folderId: id,
    parsed: result.parsed,
    scenario: result.data,
    locales,
    town,
    techniqueIds: deps.techniqueIds,
  };
  await pause();
  diagnostics.push(...lintGraph(ctx));
  await pause();
  diagnostics.push(...lintText(ctx));
  if (hasErrors(diagnostics) || town === undefined || locales[SOURCE_LANGUAGE] === undefined) {
    return { scenario: undefined, diagnostics, townId };
  }
  const trees = Object.fromEntries(Object.entries(locales).map(([lang, f]) => [lang, f.tree]));
  return { scenario: { scenario: result.data, town, locales: trees }, diagnostics, townId };
}
