import type { Catalogue } from './catalogue-schema';
import { INDEX_FILE } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode } from './diagnostics';
import { IndexSchema } from './index-schema';
import { loadCatalogue, missing } from './load-catalogue';
import { type LoadedDiscernment, loadDiscernment } from './load-discernment';
import {
  type LoadedScenario,
  loadScenario,
  type ScenarioLocation,
  type ScenarioResult,
  scenarioLocation,
} from './load-scenario';
import { loadTown } from './load-town';
import { LANGUAGES, type LocaleTree } from './locales';
import type { Town } from './town-schema';
import { validateFile } from './validate-file';

/** All content the game needs, plus every finding. Broken scenarios are left out, not thrown. */
export interface LoadedContent {
  readonly scenarios: readonly LoadedScenario[];
  readonly catalogue: Catalogue | undefined;
  readonly catalogueLocales: Readonly<Record<string, LocaleTree>>;
  /** The before/after discernment check, when the content has one. */
  readonly discernment: LoadedDiscernment;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the scenario index (unless locations are given), the catalogue, the towns and every
 * scenario, with the texts of `languages` (the source language must be among them; a language the
 * project does not ship complete only warns). Never throws on bad content: every problem becomes
 * a diagnostic.
 */
export async function loadContent(
  source: ContentSource,
  locations?: readonly ScenarioLocation[],
  languages: readonly string[] = LANGUAGES,
): Promise<LoadedContent> {
  const diagnostics: Diagnostic[] = [];
  // Files are fetched in parallel (one round trip matters on a slow intranet); findings are
  // still reported in a fixed order: index, catalogue, then each scenario with its town.
  const [indexed, catalogue] = await Promise.all([
    locations ? Promise.resolve({ ids: [], diagnostics: [] }) : readIndex(source),
    loadCatalogue(source, languages),
  ]);
  diagnostics.push(...indexed.diagnostics, ...catalogue.diagnostics);
  const scenarioLocations = locations ?? indexed.ids.map(scenarioLocation);

  const towns = new Map<
    string,
    Promise<{ town: Town | undefined; diagnostics: readonly Diagnostic[] }>
  >();
  const townDiagnosticsReported = new Set<string>();
  const town = (id: string): Promise<Town | undefined> => {
    let pending = towns.get(id);
    if (pending === undefined) {
      pending = loadTown(source, id);
      towns.set(id, pending);
    }
    return pending.then((r) => r.town);
  };
  const techniqueIds = new Set(catalogue.catalogue?.techniques.map((t) => t.id) ?? []);
  const loadingScenarios = Promise.all(
    scenarioLocations.map((location) =>
      // One scenario the server cannot deliver must not take the others down.
      loadScenario(source, location, { techniqueIds, town, languages }).catch(
        (error: unknown): ScenarioResult => ({
          scenario: undefined,
          diagnostics: [readFailed(location.file, error)],
        }),
      ),
    ),
  );
  // The discernment check is shown with the town of the stories, so its places must exist there.
  const townsInUse = loadingScenarios.then(async (rs) => {
    const ids = [...new Set(rs.flatMap((r) => (r.townId === undefined ? [] : [r.townId])))];
    const found = await Promise.all(ids.map(town));
    return found.filter((t): t is Town => t !== undefined);
  });
  const [results, discernment] = await Promise.all([
    loadingScenarios,
    locations
      ? Promise.resolve<LoadedDiscernment>({ discernment: undefined, locales: {}, diagnostics: [] })
      : loadDiscernment(source, techniqueIds, townsInUse, languages),
  ]);

  const scenarios: LoadedScenario[] = [];
  for (const result of results) {
    const townId = result.townId;
    if (townId !== undefined && !townDiagnosticsReported.has(townId)) {
      townDiagnosticsReported.add(townId);
      diagnostics.push(...((await towns.get(townId))?.diagnostics ?? []));
    }
    diagnostics.push(...result.diagnostics);
    if (result.scenario && catalogue.catalogue) scenarios.push(result.scenario);
  }
  diagnostics.push(...discernment.diagnostics);
  return {
    scenarios,
    catalogue: catalogue.catalogue,
    catalogueLocales: catalogue.locales,
    discernment,
    diagnostics,
  };
}

async function readIndex(
  source: ContentSource,
): Promise<{ ids: readonly string[]; diagnostics: readonly Diagnostic[] }> {
  const text = await source.read(INDEX_FILE);
  if (text === null)
    return { ids: [], diagnostics: [missing(INDEX_FILE, 'the list of scenarios')] };
  const result = validateFile(text, INDEX_FILE, IndexSchema);
  return result.ok
    ? { ids: result.data.scenarios, diagnostics: result.warnings }
    : { ids: [], diagnostics: result.diagnostics };
}

function readFailed(file: string, error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: DiagnosticCode.ReadFailed,
    severity: 'error',
    file,
    path: '',
    message: `This scenario could not be read: ${detail.slice(0, 200)}.`,
    hint: 'Check that the file and its locales/ folder are on the server and readable; the other stories still play.',
  };
}
