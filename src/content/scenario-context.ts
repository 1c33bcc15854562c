import type { ParsedJson } from './json-with-positions';
import type { Language, LocaleTree } from './locales';
import type { Scenario } from './schema';
import type { Town } from './town-schema';

/** A parsed locale file with where it came from, for diagnostics. */
export interface LocaleFile {
  readonly file: string;
  readonly tree: LocaleTree;
  readonly parsed: ParsedJson;
}

/** Everything the linter needs to judge one scenario. */
export interface ScenarioContext {
  readonly file: string;
  readonly folderId: string;
  readonly parsed: ParsedJson;
  readonly scenario: Scenario;
  readonly locales: Partial<Record<Language, LocaleFile>>;
  readonly town: Town | undefined;
  readonly techniqueIds: ReadonlySet<string>;
}
