import { type Catalogue, CatalogueSchema, TECHNIQUE_TEXT_FIELDS } from './catalogue-schema';
import { CATALOGUE_FILE } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import { lintLocaleTexts } from './lint-text';
import { loadLocales, relaxedFor } from './load-locale';
import { LANGUAGES, type LocaleTree } from './locales';
import type { LocaleFile } from './scenario-context';
import { diagnostic, validateFile } from './validate-file';

export interface LoadedCatalogue {
  readonly catalogue: Catalogue | undefined;
  readonly locales: Readonly<Record<string, LocaleTree>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Loads the tactic catalogue and checks that every technique has all its text in every locale. */
export async function loadCatalogue(
  source: ContentSource,
  languages: readonly string[] = LANGUAGES,
): Promise<LoadedCatalogue> {
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
  const locales: Record<string, LocaleTree> = {};
  const loaded = await loadLocales(source, 'scenarios/techniques', languages);
  diagnostics.push(...loaded.diagnostics);
  for (const [lang, file] of Object.entries(loaded.files)) {
    locales[lang] = file.tree;
    diagnostics.push(...relaxedFor(lang, lintCatalogueLocale(file, result.data.techniques)));
  }
  return { catalogue: result.data, locales, diagnostics };
}

/** One language's technique texts: every field of every technique, known variables only. */
function lintCatalogueLocale(file: LocaleFile, techniques: Catalogue['techniques']): Diagnostic[] {
  const out: Diagnostic[] = [];
  out.push(...lintLocaleTexts(file));
  for (const technique of techniques) {
    const entry = file.tree.techniques;
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
        out.push(
          diagnostic(
            {
              code: C.MissingTechniqueText,
              severity: 'error',
              file: file.file,
              path: `techniques.${technique.id}.${field}`,
              message: `Technique '${technique.id}' has no '${field}' in ${file.file}, so the debrief cannot explain it.`,
              hint:
                field === 'signs'
                  ? `Add "signs": ["…", "…", "…"] (a list of short, checkable signs) under techniques.${technique.id}.`
                  : `Add "${field}": "…" under techniques.${technique.id}.`,
            },
            file.parsed,
          ),
        );
      }
    }
  }
  return out;
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
