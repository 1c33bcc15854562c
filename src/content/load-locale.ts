import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import { isLocaleTree, type LocaleTree } from './locales';
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
  const result = validateFile(text, file, LocaleSchema, false); // locale files have no format field
  if (!result.ok) return { file: undefined, diagnostics: result.diagnostics };
  return { file: { file, tree: result.data, parsed: result.parsed }, diagnostics: result.warnings };
}
