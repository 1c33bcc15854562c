import { interfaceLocaleFile } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import { loadLocale, relaxedFor } from './load-locale';
import { flattenLocale, type LocaleTree } from './locales';
import { z } from './zod';

/** Interface texts may also hold lists of sections (`info.privacy.sections`: title and texts). */
const isInterfaceValue = (value: unknown): boolean =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.every(isInterfaceValue)) ||
  isInterfaceTree(value);
const isInterfaceTree = (value: unknown): value is LocaleTree =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every(isInterfaceValue);

const InterfaceLocaleSchema = z.custom<LocaleTree>(isInterfaceTree, {
  error: 'an interface file is an object of texts, lists and nested objects, like the Dutch one',
});

/** Where a language's interface file is read from, next to index.html: `locales/<code>.json`. */

/**
 * Reads the interface text of a language the build does not carry (`locales/<code>.json` next
 * to index.html). Every finding is a warning: the language is offered when the file can be read
 * at all, and what it lacks is shown in the source language (`base`, the Dutch interface file).
 */
export async function loadInterfaceLocale(
  source: ContentSource,
  lang: string,
  base: LocaleTree,
): Promise<{ readonly tree: LocaleTree | undefined; readonly diagnostics: readonly Diagnostic[] }> {
  const file = interfaceLocaleFile(lang);
  const loaded = await loadLocale(source, file, InterfaceLocaleSchema);
  if (loaded.file === undefined) return { tree: undefined, diagnostics: loaded.diagnostics };
  // Plural forms differ per language (Frisian has _one/_other, Arabic six), so keys are compared
  // without them.
  const bare = (tree: LocaleTree): Set<string> =>
    new Set(
      [...flattenLocale(tree).keys()].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')),
    );
  const own = bare(loaded.file.tree);
  const lacking = [...bare(base)].filter((key) => !own.has(key));
  const diagnostics = [...loaded.diagnostics];
  if (lacking.length > 0)
    diagnostics.push({
      code: C.MissingTranslation,
      severity: 'error',
      file,
      path: lacking[0] ?? '',
      message: `${String(lacking.length)} interface text(s) have no translation in ${file}, e.g. '${lacking.slice(0, 3).join("', '")}'.`,
      hint: `Add them to ${file} (same keys as the Dutch interface file).`,
    });
  return { tree: loaded.file.tree, diagnostics: relaxedFor(lang, diagnostics) };
}
