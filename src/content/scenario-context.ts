import type { ParsedJson } from './json-with-positions';
import type { LocaleTree } from './locales';
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
  /** The locale files that could be read, by language. */
  readonly locales: Readonly<Record<string, LocaleFile>>;
  readonly town: Town | undefined;
  readonly techniqueIds: ReadonlySet<string>;
}
