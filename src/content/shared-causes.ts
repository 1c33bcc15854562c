import { CATALOGUE_FILE, DISCERNMENT_FILE, INDEX_FILE } from './content-files';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';

/**
 * A file the stories share (the story index, the tactic catalogue, a town profile) that could not
 * be used: every story (or every story in that town) then shows findings that only follow from it,
 * such as "technique 'emotion' is not in the catalogue" for each move, and the real cause drowns.
 */
export interface BrokenShared {
  readonly file: string;
  /** Whether a finding elsewhere only follows from this file being unusable. */
  readonly explains: (d: Diagnostic, storyTown: string | undefined) => boolean;
}

const inDiscernment = (d: Diagnostic): boolean => d.file.startsWith('scenarios/discernment/');
/** {{area.…}} or {{place.…}} that no town in use has: with no town, none has it. */
const placeVariable = (d: Diagnostic): boolean =>
  d.code === C.UnknownTemplateVariable && /\{\{(area|place)\./.test(d.message);

/** Without the index no story is loaded, so no town is in use for the discernment check. */
export const brokenIndex: BrokenShared = {
  file: INDEX_FILE,
  explains: (d) => inDiscernment(d) && placeVariable(d),
};

/** Without the catalogue every technique a story or the check names is unknown. */
export const brokenCatalogue: BrokenShared = {
  file: CATALOGUE_FILE,
  explains: (d) =>
    d.code === C.UnknownTechnique ||
    (d.code === C.DiscernmentItem && d.file === DISCERNMENT_FILE && d.path.endsWith('.technique')),
};

/**
 * Without its town profile a story has no town (SCN014), no town accounts (SCN013), no places or
 * neighbourhoods (SCN012, SCN020); nor has the discernment check.
 */
export const brokenTown = (id: string, file: string): BrokenShared => ({
  file,
  explains: (d, storyTown) =>
    (storyTown === id &&
      (d.code === C.UnknownTown ||
        d.code === C.UnknownAccount ||
        d.code === C.UnknownNeighbourhood ||
        placeVariable(d))) ||
    (inDiscernment(d) && placeVariable(d)),
});

/** Findings of one part of the content: a story (with the id of its town) or the check. */
export interface FindingsOf {
  readonly diagnostics: readonly Diagnostic[];
  readonly town?: string | undefined;
}

/**
 * The findings in the order a person should read them: the errors of a broken shared file first,
 * its first error marked with how many findings elsewhere follow from it, and those left out. A
 * finding in the broken file itself is never left out.
 */
export function leadWithSharedCauses(
  shared: readonly Diagnostic[],
  broken: readonly BrokenShared[],
  parts: readonly FindingsOf[],
): Diagnostic[] {
  const brokenFiles = new Set(broken.map((b) => b.file));
  const leftOut = new Map<string, number>();
  const rest: Diagnostic[] = [];
  for (const part of parts) {
    for (const d of part.diagnostics) {
      const cause = brokenFiles.has(d.file)
        ? undefined
        : broken.find((b) => b.explains(d, part.town));
      if (cause === undefined) rest.push(d);
      else leftOut.set(cause.file, (leftOut.get(cause.file) ?? 0) + 1);
    }
  }
  const marked = new Set<string>();
  const mark = (d: Diagnostic): Diagnostic => {
    if (!brokenFiles.has(d.file) || d.severity !== 'error' || marked.has(d.file)) return d;
    marked.add(d.file);
    return { ...d, consequences: leftOut.get(d.file) ?? 0 };
  };
  const all = [...shared, ...rest];
  const causes = all.filter((d) => brokenFiles.has(d.file));
  return [...causes.map(mark), ...all.filter((d) => !brokenFiles.has(d.file))];
}
