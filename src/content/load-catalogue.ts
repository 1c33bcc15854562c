import { type Catalogue, CatalogueSchema, TECHNIQUE_TEXT_FIELDS } from './catalogue-schema';
import { CATALOGUE_FILE, TECHNIQUES_FOLDER } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import { lintLocaleTexts } from './lint-text';
import { loadLocales, relaxedFor } from './load-locale';
import { LANGUAGES, type LocaleTree } from './locales';
import type { LocaleFile } from './scenario-context';
import type { ParsedJson } from './json-with-positions';
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

  const diagnostics: Diagnostic[] = [
    ...result.warnings,
    ...lintCaseOrigins(result.data, result.parsed),
  ];
  const locales: Record<string, LocaleTree> = {};
  const loaded = await loadLocales(source, TECHNIQUES_FOLDER, languages);
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
    const fields = technique.since2024
      ? [...TECHNIQUE_TEXT_FIELDS, 'since2024']
      : TECHNIQUE_TEXT_FIELDS;
    const fieldOf = (field: string): unknown =>
      typeof texts === 'object' && !Array.isArray(texts) ? (texts as LocaleTree)[field] : undefined;
    if (!technique.since2024 && fieldOf('since2024') !== undefined) {
      out.push(
        diagnostic(
          {
            code: C.MissingTechniqueText,
            severity: 'error',
            file: file.file,
            path: `techniques.${technique.id}.since2024`,
            message: `Technique '${technique.id}' has a 'since2024' text, but ${CATALOGUE_FILE} does not mark it "since2024": true, so the debrief would not show it in every language.`,
            hint: `Add "since2024": true to '${technique.id}' in ${CATALOGUE_FILE} and the text in every locale, or remove the text.`,
          },
          file.parsed,
        ),
      );
    }
    for (const field of fields) {
      const value = fieldOf(field);
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
                  : field === 'since2024'
                    ? `Add "since2024": "…" (what changed in the law in 2024, in short sentences) under techniques.${technique.id}, or drop "since2024": true from ${CATALOGUE_FILE}.`
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

/** Dutch sources: an address on a .nl domain (the host, before any port, path or query). */
const isDutchSource = (url: string): boolean =>
  /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?[^/?#:]*\.nl(?::\d+)?(?:[/?#]|$)/i.test(url);

/**
 * A case marked `international` (no Dutch case documented) must name a source from abroad: a
 * case from abroad documented only in Dutch sources is more likely a Dutch case marked wrongly.
 */
function lintCaseOrigins(catalogue: Catalogue, parsed: ParsedJson): Diagnostic[] {
  return catalogue.techniques.flatMap((technique, i) =>
    technique.international && technique.sources.every(isDutchSource)
      ? [
          diagnostic(
            {
              code: C.CaseOrigin,
              severity: 'error',
              file: CATALOGUE_FILE,
              path: `techniques[${String(i)}].international`,
              message: `Technique '${technique.id}' is marked international, but every source is Dutch (.nl), so its case is shown as 'Buitenland' without a source from abroad.`,
              hint: `Add the public source of the case from abroad to "sources", or drop "international": true if the case is Dutch.`,
            },
            parsed,
          ),
        ]
      : [],
  );
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
