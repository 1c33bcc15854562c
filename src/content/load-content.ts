import type { Catalogue } from './catalogue-schema';
import type { ContentSource } from './content-source';
import type { Diagnostic } from './diagnostics';
import { IndexSchema } from './index-schema';
import { loadCatalogue, missing } from './load-catalogue';
import { type LoadedScenario, loadScenario, type ScenarioLocation, scenarioLocation } from './load-scenario';
import { loadTown } from './load-town';
import type { Language, LocaleTree } from './locales';
import type { Town } from './town-schema';
import { validateFile } from './validate-file';

export const INDEX_FILE = 'scenarios/index.json';

/** All content the game needs, plus every finding. Broken scenarios are left out, not thrown. */
export interface LoadedContent {
  readonly scenarios: readonly LoadedScenario[];
  readonly catalogue: Catalogue | undefined;
  readonly catalogueLocales: Partial<Record<Language, LocaleTree>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the scenario index (unless locations are given), the catalogue, the towns and every
 * scenario. Never throws on bad content: every problem becomes a diagnostic.
 */
export async function loadContent(
  source: ContentSource,
  locations?: readonly ScenarioLocation[],
): Promise<LoadedContent> {
  const diagnostics: Diagnostic[] = [];
  const scenarioLocations = locations ?? (await readIndex(source, diagnostics)).map(scenarioLocation);
  const catalogue = await loadCatalogue(source);
  diagnostics.push(...catalogue.diagnostics);

  const towns = new Map<string, Promise<Town | undefined>>();
  const town = (id: string): Promise<Town | undefined> => {
    let pending = towns.get(id);
    if (pending === undefined) {
      pending = loadTown(source, id).then((r) => {
        diagnostics.push(...r.diagnostics);
        return r.town;
      });
      towns.set(id, pending);
    }
    return pending;
  };
  const techniqueIds = new Set(catalogue.catalogue?.techniques.map((t) => t.id) ?? []);
  const scenarios: LoadedScenario[] = [];
  for (const location of scenarioLocations) {
    const result = await loadScenario(source, location, { techniqueIds, town });
    diagnostics.push(...result.diagnostics);
    if (result.scenario && catalogue.catalogue) scenarios.push(result.scenario);
  }
  return { scenarios, catalogue: catalogue.catalogue, catalogueLocales: catalogue.locales, diagnostics };
}

async function readIndex(source: ContentSource, diagnostics: Diagnostic[]): Promise<readonly string[]> {
  const text = await source.read(INDEX_FILE);
  if (text === null) {
    diagnostics.push(missing(INDEX_FILE, 'the list of scenarios'));
    return [];
  }
  const result = validateFile(text, INDEX_FILE, IndexSchema);
  if (!result.ok) {
    diagnostics.push(...result.diagnostics);
    return [];
  }
  return result.data.scenarios;
}
