/**
 * npm run check:scenarios [files or folders...]
 * Checks scenario files (all of scenarios/index.json and every scenario folder when none are
 * given) and prints one line per finding. Exit code 1 when there is any error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import {
  DiagnosticCode,
  formatDiagnostic,
  hasErrors,
  type Diagnostic,
} from '../src/content/diagnostics';
import type { ScenarioLocation } from '../src/content/load-scenario';
import { checkContent } from '../src/tools/check-content';
import { fileSource } from '../src/tools/file-source';
import { decodeUtf8 } from '../src/content/decode-text';
import { parseConfig } from '../src/content/config';
import { loadInterfaceLocale } from '../src/content/load-interface-locale';
import {
  isShippedLanguage,
  LANGUAGES,
  languagesToLoad,
  type LocaleTree,
} from '../src/content/locales';

const root = path.resolve(import.meta.dirname, '..');
const toPosix = (p: string): string => p.split(path.sep).join('/');

const source = fileSource(root);

/** A path given on the command line: a scenario file, or a folder that holds scenario.json. */
function locate(arg: string): ScenarioLocation {
  const full = path.resolve(arg);
  const file =
    existsSync(full) && statSync(full).isDirectory() ? path.join(full, 'scenario.json') : full;
  const shown = (p: string): string => {
    const rel = path.relative(root, p);
    return rel.startsWith('..') ? toPosix(p) : toPosix(rel);
  };
  return { file: shown(file), folder: shown(path.dirname(file)) };
}

function scenarioFolders(): string[] {
  const dir = path.join(root, 'scenarios');
  return readdirSync(dir).filter((name) => existsSync(path.join(dir, name, 'scenario.json')));
}

async function main(args: readonly string[]): Promise<number> {
  const extra: Diagnostic[] = [];
  let locations: ScenarioLocation[] | undefined;
  if (args.length > 0) {
    locations = args.map(locate);
  } else {
    // A broken index is reported (first) by checkContent; then no folder is "not listed".
    const listed = await indexIds();
    for (const folder of scenarioFolders().filter((id) => !(listed?.includes(id) ?? true))) {
      extra.push({
        code: DiagnosticCode.NotListed,
        severity: 'warning',
        file: `scenarios/${folder}/scenario.json`,
        path: '',
        message: `Scenario '${folder}' is not listed in scenarios/index.json, so the game does not offer it.`,
        hint: `Add "${folder}" to "scenarios" in scenarios/index.json.`,
      });
    }
  }
  const languages = await configLanguages();
  const content = await checkContent(source, locations, languages);
  const diagnostics = [...content.diagnostics, ...extra, ...(await interfaceFindings(languages))];
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const causes = diagnostics.filter((d) => d.consequences !== undefined).map((d) => d.file);
  console.log(
    `${String(errors)} error(s), ${String(diagnostics.length - errors)} warning(s); ` +
      (errors === 0
        ? `${String(content.scenarios.length)} scenario(s) passed.`
        : causes.length > 0
          ? `FAILED: fix ${causes.join(' and ')} first (the first finding above): the stories need it.`
          : 'FAILED: fix the errors above (the game leaves out a story with an error).'),
  );
  return hasErrors(diagnostics) ? 1 : 0;
}

/**
 * The languages to check: those the project ships complete, and those assets/config.json offers
 * (an added language is checked too, its gaps as warnings).
 */
async function configLanguages(): Promise<readonly string[]> {
  const { config } = parseConfig(await source.read('assets/config.json'));
  return languagesToLoad([...LANGUAGES, ...(config.languages ?? [])]);
}

/** An added language's interface file (assets/locales/<code>.json) against the Dutch one. */
async function interfaceFindings(languages: readonly string[]): Promise<Diagnostic[]> {
  const base = JSON.parse(
    readFileSync(path.join(root, 'src/i18n/locales/nl.json'), 'utf8'),
  ) as LocaleTree;
  const assets = fileSource(path.join(root, 'assets'));
  const found = await Promise.all(
    languages
      .filter((lang) => !isShippedLanguage(lang))
      .map((lang) => loadInterfaceLocale(assets, lang, base)),
  );
  return found.flatMap((f) => f.diagnostics.map((d) => ({ ...d, file: `assets/${d.file}` })));
}

/** The ids scenarios/index.json lists; undefined when it cannot be read (checkContent says why). */
async function indexIds(): Promise<string[] | undefined> {
  try {
    const text = await source.read('scenarios/index.json');
    const decoded = decodeUtf8(text ?? '');
    if (!decoded.ok) return undefined;
    const index = JSON.parse(decoded.text) as { scenarios?: unknown };
    return Array.isArray(index.scenarios)
      ? index.scenarios.filter((s): s is string => typeof s === 'string')
      : undefined;
  } catch {
    return undefined;
  }
}

process.exitCode = await main(process.argv.slice(2));
