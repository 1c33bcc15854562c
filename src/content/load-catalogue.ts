import { type Catalogue, CatalogueSchema, TECHNIQUE_TEXT_FIELDS } from './catalogue-schema';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import { lintLocaleTexts } from './lint-text';
import { loadLocale } from './load-locale';
import { type Language, LANGUAGES, type LocaleTree } from './locales';
import { diagnostic, validateFile } from './validate-file';

export const CATALOGUE_FILE = 'scenarios/techniques/catalogue.json';

export interface LoadedCatalogue {
  readonly catalogue: Catalogue | undefined;
  readonly locales: Partial<Record<Language, LocaleTree>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Loads the tactic catalogue and checks that every technique has all its text in every locale. */
export async function loadCatalogue(source: ContentSource): Promise<LoadedCatalogue> {
  const text = await source.read(CATALOGUE_FILE);
  if (text === null) {
    return {
      catalogue: undefined,
      locales: {},
      diagnostics: [missing(CATALOGUE_FILE, 'the tactic catalogue')],
    };
  }
  const result = validateFile(text, CATALOGUE_FILE, CatalogueSchema);
  if (!result.ok) return { catalogue: undefined, locales: {}, diagnostics: result.diagnostics };

  const diagnostics: Diagnostic[] = [...result.warnings];
  const locales: Partial<Record<Language, LocaleTree>> = {};
  const files = await Promise.all(
    LANGUAGES.map((lang) => loadLocale(source, `scenarios/techniques/locales/${lang}.json`)),
  );
  for (const [i, lang] of LANGUAGES.entries()) {
    const file = `scenarios/techniques/locales/${lang}.json`;
    const locale = files[i] ?? { file: undefined, diagnostics: [] };
    diagnostics.push(...locale.diagnostics);
    if (locale.file === undefined) continue;
    locales[lang] = locale.file.tree;
    diagnostics.push(...lintLocaleTexts(locale.file));
    for (const technique of result.data.techniques) {
      const entry = locale.file.tree.techniques;
      const texts =
        typeof entry === 'object' && !Array.isArray(entry)
          ? (entry as LocaleTree)[technique.id]
          : undefined;
      for (const field of TECHNIQUE_TEXT_FIELDS) {
        const value =
          typeof texts === 'object' && !Array.isArray(texts)
            ? (texts as LocaleTree)[field]
            : undefined;
        const ok =
          field === 'signs'
            ? Array.isArray(value) && value.length > 0
            : typeof value === 'string' && value !== '';
        if (!ok) {
          diagnostics.push(
            diagnostic(
              {
                code: C.MissingTechniqueText,
                severity: 'error',
                file,
                path: `techniques.${technique.id}.${field}`,
                message: `Technique '${technique.id}' has no '${field}' in ${file}, so the debrief cannot explain it.`,
                hint:
                  field === 'signs'
                    ? `Add "signs": ["…", "…", "…"] (a list of short, checkable signs) under techniques.${technique.id}.`
                    : `Add "${field}": "…" under techniques.${technique.id}.`,
              },
              locale.file.parsed,
            ),
          );
        }
      }
    }
  }
  return { catalogue: result.data, locales, diagnostics };
}

export function missing(file: string, what: string): Diagnostic {
  return {
    code: C.MissingFile,
    severity: 'error',
    file,
    path: '',
    message: `The file for ${what} is missing.`,
    hint: `Create ${file}; see docs/scenario-format.md for what goes in it.`,
  };
}
