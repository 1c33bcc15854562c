import { DISCERNMENT_FILE } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import {
  type CheckSet,
  type Discernment,
  DISCERNMENT_TEXT_FIELDS,
  DiscernmentSchema,
} from './discernment-schema';
import { lintLocaleTexts } from './lint-text';
import { loadLocales, relaxedFor } from './load-locale';
import { flattenLocale, LANGUAGES, type LocaleTree } from './locales';
import type { LocaleFile } from './scenario-context';
import type { Town } from './town-schema';
import { diagnostic, validateFile } from './validate-file';

export interface LoadedDiscernment {
  readonly discernment: Discernment | undefined;
  readonly locales: Readonly<Record<string, LocaleTree>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Loads the discernment items, if the content has them, and checks balance, techniques and text. */
export async function loadDiscernment(
  source: ContentSource,
  techniqueIds: ReadonlySet<string>,
  /** The towns the check is shown in: its {{area.…}} and {{place.…}} must exist in each. */
  townsInUse: Promise<readonly Town[]> = Promise.resolve([]),
  languages: readonly string[] = LANGUAGES,
): Promise<LoadedDiscernment> {
  const text = await source.read(DISCERNMENT_FILE);
  if (text === null) return { discernment: undefined, locales: {}, diagnostics: [] };
  const result = validateFile(text, DISCERNMENT_FILE, DiscernmentSchema);
  if (!result.ok) return { discernment: undefined, locales: {}, diagnostics: result.diagnostics };
  const items = result.data.items;
  const diagnostics: Diagnostic[] = [...result.warnings];
  const finding = ({ path, message, hint }: Finding): Diagnostic =>
    diagnostic(
      { code: C.DiscernmentItem, severity: 'error', file: DISCERNMENT_FILE, path, message, hint },
      result.parsed,
    );
  const report = (path: string, message: string, hint: string): void => {
    diagnostics.push(finding({ path, message, hint }));
  };
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const at = `items[${String(i)}]`;
    if (seen.has(item.id))
      report(`${at}.id`, `The item id '${item.id}' is used twice.`, 'Give each item its own id.');
    seen.add(item.id);
    if (item.verdict === 'manipulative' && item.technique === undefined) {
      report(
        at,
        `Manipulative item '${item.id}' names no technique, so the check cannot explain it.`,
        'Add "technique": "<catalogue id>".',
      );
    }
    if (item.verdict === 'true' && item.technique !== undefined) {
      report(
        `${at}.technique`,
        `True item '${item.id}' names a technique.`,
        'Remove "technique" from true items.',
      );
    }
    if (item.technique !== undefined && !techniqueIds.has(item.technique)) {
      report(
        `${at}.technique`,
        `Technique '${item.technique}' is not in the tactic catalogue.`,
        `Use one of: ${[...techniqueIds].join(', ')}.`,
      );
    }
  });
  diagnostics.push(...balanceFindings(items, techniqueIds).map((f) => finding(f)));
  const locales: Record<string, LocaleTree> = {};
  const [loaded, towns] = await Promise.all([
    loadLocales(source, 'scenarios/discernment', languages),
    townsInUse,
  ]);
  diagnostics.push(...loaded.diagnostics);
  for (const [lang, file] of Object.entries(loaded.files)) {
    locales[lang] = file.tree;
    diagnostics.push(...relaxedFor(lang, lintDiscernmentLocale(file, items, towns)));
  }
  return { discernment: result.data, locales, diagnostics };
}

/** One language's discernment texts: every item's fields, nothing else, known variables only. */
function lintDiscernmentLocale(
  file: LocaleFile,
  items: Discernment['items'],
  towns: readonly Town[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  out.push(...lintLocaleTexts(file, towns));
  const texts = flattenLocale(file.tree);
  for (const item of items) {
    for (const field of DISCERNMENT_TEXT_FIELDS) {
      const key = `items.${item.id}.${field}`;
      if (!texts.has(key)) {
        out.push(
          diagnostic(
            {
              code: C.MissingTranslation,
              severity: 'error',
              file: file.file,
              path: key,
              message: `Discernment item '${item.id}' has no '${field}' in ${file.file}.`,
              hint: `Add "${field}": "…" under items.${item.id}.`,
            },
            file.parsed,
          ),
        );
      }
    }
  }
  const expected = new Set(
    items.flatMap((item) => DISCERNMENT_TEXT_FIELDS.map((f) => `items.${item.id}.${f}`)),
  );
  for (const key of texts.keys()) {
    if (!expected.has(key)) {
      out.push(
        diagnostic(
          {
            code: C.UnusedTranslation,
            severity: 'warning',
            file: file.file,
            path: key,
            message: `The text '${key}' belongs to no discernment item.`,
            hint: 'Remove it, or check the item id.',
          },
          file.parsed,
        ),
      );
    }
  }
  return out;
}

interface Finding {
  readonly path: string;
  readonly message: string;
  readonly hint: string;
}

/**
 * The two sets must be parallel: as many true as manipulative items in each, the same size and
 * the same total difficulty per verdict, and together every technique of the catalogue.
 */
function balanceFindings(
  items: Discernment['items'],
  techniqueIds: ReadonlySet<string>,
): Finding[] {
  const out: Finding[] = [];
  const of = (set: CheckSet, verdict: 'true' | 'manipulative') =>
    items.filter((item) => item.set === set && item.verdict === verdict);
  for (const set of ['a', 'b'] as const) {
    const truths = of(set, 'true').length;
    const fakes = of(set, 'manipulative').length;
    if (truths === 0 || truths !== fakes)
      out.push({
        path: 'items',
        message: `Set '${set}' has ${String(truths)} true and ${String(fakes)} manipulative items; it needs as many of each (and at least one).`,
        hint: 'Balance the set, so that the score rewards telling true from false, not distrusting everything.',
      });
  }
  for (const verdict of ['true', 'manipulative'] as const) {
    const [a, b] = (['a', 'b'] as const).map((set) => of(set, verdict));
    const sum = (list: typeof a) => (list ?? []).reduce((n, item) => n + item.difficulty, 0);
    if ((a ?? []).length !== (b ?? []).length || sum(a) !== sum(b))
      out.push({
        path: 'items',
        message: `The ${verdict} items of sets 'a' and 'b' differ: ${String(a?.length ?? 0)} items (difficulty ${String(sum(a))}) against ${String(b?.length ?? 0)} (difficulty ${String(sum(b))}).`,
        hint: "Make the sets parallel: the same number of items and the same total difficulty per verdict, so a change from before to after is not the sets' difference.",
      });
  }
  const used = new Set(items.map((item) => item.technique));
  const missing = [...techniqueIds].filter((id) => !used.has(id));
  if (missing.length > 0)
    out.push({
      path: 'items',
      message: `No item uses ${missing.map((id) => `'${id}'`).join(', ')}, so the check does not cover every technique of the catalogue.`,
      hint: 'Add a manipulative item for each, in either set.',
    });
  return out;
}
