import { localeFile } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import { isLocaleTree, isShippedLanguage, type LocaleTree } from './locales';
import type { LocaleFile } from './scenario-context';
import { validateFile } from './validate-file';
import { z } from './zod';

const LocaleSchema = z.custom<LocaleTree>(isLocaleTree, {
  error: 'a locale file is an object of texts, lists of texts, or nested objects of those',
});

/** Reads and checks one locale file. A missing file is an error: every language needs every text. */
export async function loadLocale(
  source: ContentSource,
  file: string,
  schema: z.ZodType<LocaleTree> = LocaleSchema,
): Promise<{ readonly file: LocaleFile | undefined; readonly diagnostics: readonly Diagnostic[] }> {
  const text = await source.read(file);
  if (text === null) {
    return {
      file: undefined,
      diagnostics: [
        {
          code: C.MissingFile,
          severity: 'error',
          file,
          path: '',
          message: `The locale file ${file} is missing.`,
          hint: "Create it with a text for every key, in the same shape as the other language's file.",
        },
      ],
    };
  }
  const result = validateFile(text, file, schema, false); // locale files have no format field
  if (!result.ok) return { file: undefined, diagnostics: result.diagnostics };
  // "$schema" points an editor at locale.schema.json; it is not a text.
  const tree: LocaleTree = Object.fromEntries(
    Object.entries(result.data).filter(([key]) => key !== '$schema'),
  );
  return { file: { file, tree, parsed: result.parsed }, diagnostics: result.warnings };
}

/** The locale files of one folder (`<folder>/locales/<lang>.json`), by language. */
export interface LoadedLocales {
  readonly files: Readonly<Record<string, LocaleFile>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads `<folder>/locales/<lang>.json` for every language. Findings in a language the project
 * does not ship complete (a municipality's own, possibly partial) are warnings, never errors, so
 * an unfinished translation never stops the game for anyone.
 */
export async function loadLocales(
  source: ContentSource,
  folder: string,
  languages: readonly string[],
): Promise<LoadedLocales> {
  const loaded = await Promise.all(
    languages.map((lang) => loadLocale(source, localeFile(folder, lang))),
  );
  const files: Record<string, LocaleFile> = {};
  const diagnostics: Diagnostic[] = [];
  languages.forEach((lang, i) => {
    const locale = loaded[i];
    if (locale === undefined) return;
    diagnostics.push(...relaxedFor(lang, locale.diagnostics));
    if (locale.file) files[lang] = locale.file;
  });
  return { files, diagnostics };
}

/**
 * A partial language's findings as warnings: what it lacks is shown in Dutch. Findings for the
 * languages the project ships complete stay as they are.
 */
export function relaxedFor(lang: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  if (isShippedLanguage(lang)) return [...diagnostics];
  return diagnostics.map((d) =>
    d.severity === 'error'
      ? {
          ...d,
          severity: 'warning',
          hint: `${d.hint} Until then the game shows these texts in Dutch ('${lang}' is a language you added, so this does not stop the game).`,
        }
      : d,
  );
}

/**
 * Per added language (not one the project ships complete), the files where its findings are:
 * a missing file, missing texts. The player of that language is told where the Dutch texts come from.
 */
export function partialLanguageFiles(
  diagnostics: readonly Diagnostic[],
): ReadonlyMap<string, readonly string[]> {
  const files = new Map<string, string[]>();
  for (const d of diagnostics) {
    const lang = /(?:^|\/)locales\/([^/]+)\.json$/.exec(d.file)?.[1];
    const file = d.file;
    const inMessage = /(\S*locales\/([^/\s]+)\.json)/.exec(d.message);
    const [shown, code] =
      lang !== undefined ? [file, lang] : inMessage ? [inMessage[1], inMessage[2]] : [];
    if (shown === undefined || code === undefined || isShippedLanguage(code)) continue;
    const list = files.get(code) ?? [];
    if (!list.includes(shown)) list.push(shown);
    files.set(code, list);
  }
  return files;
}

/** How many files the partial-language notice names; more are summed up ("3 of 7"). */
const NAMED_FILES = 3;

/**
 * The notice for a player of a partial language: the files its missing texts belong in, at most
 * three by name. With more, the sentence says how many there are and which three it names, so it
 * never ends in "…." .
 */
export function partialLanguageNotice(
  lang: string,
  files: readonly string[],
): {
  readonly key: 'notice.partialLanguage' | 'notice.partialLanguageMany';
  readonly values: { lang: string; count: number; files: string };
} {
  const named = files.slice(0, NAMED_FILES).join(', ');
  return {
    key: files.length > NAMED_FILES ? 'notice.partialLanguageMany' : 'notice.partialLanguage',
    values: { lang, count: files.length, files: named },
  };
}
