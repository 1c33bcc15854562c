import type { Catalogue } from './catalogue-schema';
import { INDEX_FILE, townFile } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode, hasErrors } from './diagnostics';
import { IndexSchema } from './index-schema';
import { type LoadedCatalogue, loadCatalogue, missing } from './load-catalogue';
import { type LoadedDiscernment, loadDiscernment } from './load-discernment';
import {
  type LoadedScenario,
  loadScenario,
  type ScenarioLocation,
  type ScenarioResult,
  scenarioLocation,
} from './load-scenario';
import { loadTown } from './load-town';
import {
  type BrokenShared,
  brokenCatalogue,
  brokenIndex,
  brokenTown,
  type FindingsOf,
  leadWithSharedCauses,
} from './shared-causes';
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
  const loader = contentLoader(source, languages);
  return locations ? loader.only(locations) : loader.all();
}

/**
 * Loads content piece by piece and keeps what it has checked, so the page can check the story a
 * player chose first and the others afterwards, each file read and checked once.
 */
export interface ContentLoader {
  /**
   * One story of the index with what it needs (the catalogue and its town; no discernment items):
   * undefined when the index does not list it (or cannot be read).
   */
  story(id: string): Promise<LoadedContent | undefined>;
  /** Every story of the index and the discernment items (stories checked before are reused). */
  all(): Promise<LoadedContent>;
  /** The catalogue and the stories at these locations, without the index or discernment items. */
  only(locations: readonly ScenarioLocation[]): Promise<LoadedContent>;
}

const NO_DISCERNMENT: LoadedDiscernment = { discernment: undefined, locales: {}, diagnostics: [] };

/**
 * `pause` is awaited between one check of a story file and the next (its shape, its texts, its
 * graph, its wording): the page passes one that yields to the main thread, so no check holds it
 * long, and that lets the story a player waits for go first.
 */
export function contentLoader(
  source: ContentSource,
  languages: readonly string[] = LANGUAGES,
  pause?: (file: string) => Promise<void>,
): ContentLoader {
  const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
    let pending: Promise<T> | undefined;
    return () => (pending ??= load());
  };
  const index = once(() => readIndex(source));
  const catalogue = once(() => loadCatalogue(source, languages));
  const towns = new Map<
    string,
    Promise<{ town: Town | undefined; diagnostics: readonly Diagnostic[] }>
  >();
  const town = (id: string): Promise<Town | undefined> => {
    let pending = towns.get(id);
    if (pending === undefined) {
      pending = loadTown(source, id);
      towns.set(id, pending);
    }
    return pending.then((r) => r.town);
  };
  const scenarios = new Map<string, Promise<ScenarioResult>>();
  const scenario = (location: ScenarioLocation, techniqueIds: ReadonlySet<string>) => {
    let pending = scenarios.get(location.file);
    if (pending === undefined) {
      pending = loadScenario(source, location, {
        techniqueIds,
        town,
        languages,
        ...(pause ? { pause: () => pause(location.file) } : {}),
      }).catch(
        // One scenario the server cannot deliver must not take the others down.
        (error: unknown): ScenarioResult => ({
          scenario: undefined,
          diagnostics: [readFailed(location.file, error)],
        }),
      );
      scenarios.set(location.file, pending);
    }
    return pending;
  };
  const techniqueIdsOf = (c: LoadedCatalogue): ReadonlySet<string> =>
    new Set(c.catalogue?.techniques.map((t) => t.id) ?? []);

  /**
   * Findings in a fixed order: index, catalogue, then each scenario with its town, discernment;
   * except that a shared file that could not be used comes first, and what follows from it alone
   * (an unknown technique at every move when the catalogue is broken) is left out.
   */
  const assemble = async (
    index: IndexResult | undefined,
    loaded: LoadedCatalogue,
    results: readonly ScenarioResult[],
    discernment: LoadedDiscernment,
  ): Promise<LoadedContent> => {
    const broken: BrokenShared[] = [];
    if (index?.ok === false) broken.push(brokenIndex);
    if (loaded.catalogue === undefined) broken.push(brokenCatalogue);
    const parts: FindingsOf[] = [];
    const reported = new Set<string>();
    const stories: LoadedScenario[] = [];
    for (const result of results) {
      const townId = result.townId;
      if (townId !== undefined && !reported.has(townId)) {
        reported.add(townId);
        const found = await towns.get(townId);
        const townFindings = found?.diagnostics ?? [];
        if (found?.town === undefined && hasErrors(townFindings))
          broken.push(brokenTown(townId, townFile(townId)));
        parts.push({ diagnostics: townFindings });
      }
      parts.push({ diagnostics: result.diagnostics, town: townId });
      if (result.scenario && loaded.catalogue) stories.push(result.scenario);
    }
    parts.push({ diagnostics: discernment.diagnostics });
    const diagnostics = leadWithSharedCauses(
      [...(index?.diagnostics ?? []), ...loaded.diagnostics],
      broken,
      parts,
    );
    return {
      scenarios: stories,
      catalogue: loaded.catalogue,
      catalogueLocales: loaded.locales,
      discernment,
      diagnostics,
    };
  };

  const only = async (locations: readonly ScenarioLocation[]): Promise<LoadedContent> => {
    const loaded = await catalogue();
    const ids = techniqueIdsOf(loaded);
    const results = await Promise.all(locations.map((l) => scenario(l, ids)));
    return assemble(undefined, loaded, results, NO_DISCERNMENT);
  };

  return {
    async story(id) {
      // Files are fetched in parallel: one round trip matters on a slow intranet.
      const [indexed, loaded] = await Promise.all([index(), catalogue()]);
      if (!indexed.ids.includes(id)) return undefined;
      const result = await scenario(scenarioLocation(id), techniqueIdsOf(loaded));
      return assemble(indexed, loaded, [result], NO_DISCERNMENT);
    },
    async all() {
      const [indexed, loaded] = await Promise.all([index(), catalogue()]);
      const ids = techniqueIdsOf(loaded);
      const loadingScenarios = Promise.all(
        indexed.ids.map((id) => scenario(scenarioLocation(id), ids)),
      );
      // The discernment check is shown with the town of the stories, so its places must exist there.
      const townsInUse = loadingScenarios.then(async (rs) => {
        const townIds = [...new Set(rs.flatMap((r) => (r.townId === undefined ? [] : [r.townId])))];
        const found = await Promise.all(townIds.map(town));
        return found.filter((t): t is Town => t !== undefined);
      });
      const [results, discernment] = await Promise.all([
        loadingScenarios,
        loadDiscernment(source, ids, townsInUse, languages),
      ]);
      return assemble(indexed, loaded, results, discernment);
    },
    only,
  };
}

/** The story index: the ids it lists; not ok when it could not be used. */
interface IndexResult {
  readonly ok: boolean;
  readonly ids: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

async function readIndex(source: ContentSource): Promise<IndexResult> {
  const text = await source.read(INDEX_FILE);
  if (text === null)
    return { ok: false, ids: [], diagnostics: [missing(INDEX_FILE, 'the list of scenarios')] };
  const result = validateFile(text, INDEX_FILE, IndexSchema);
  return result.ok
    ? { ok: true, ids: result.data.scenarios, diagnostics: result.warnings }
    : { ok: false, ids: [], diagnostics: result.diagnostics };
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
