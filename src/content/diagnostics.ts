/**
 * The content checker's findings. Codes are stable: never renumber, only append.
 * Every code has an entry with an example in docs/diagnostics.md.
 */
export const DiagnosticCode = {
  UnsupportedFormat: 'SCN000',
  InvalidJson: 'SCN001',
  WrongShape: 'SCN002',
  DuplicateId: 'SCN003',
  UnknownTarget: 'SCN004',
  UnreachableNode: 'SCN005',
  DeadEnd: 'SCN006',
  NoEndingReachable: 'SCN007',
  UnknownVariable: 'SCN008',
  MissingTranslation: 'SCN009',
  UnusedTranslation: 'SCN010',
  UnknownTechnique: 'SCN011',
  UnknownTemplateVariable: 'SCN012',
  UnknownAccount: 'SCN013',
  UnknownTown: 'SCN014',
  IdMismatch: 'SCN015',
  StrandedPath: 'SCN016',
  MissingFile: 'SCN017',
  MissingTechniqueText: 'SCN018',
  MarkupInText: 'SCN019',
  UnknownNeighbourhood: 'SCN020',
  NotListed: 'SCN021',
  DiscernmentItem: 'SCN022',
  ShortRoute: 'SCN023',
  SimulatedCondition: 'SCN024',
  LiteralPlaceName: 'SCN025',
  TooDeep: 'SCN026',
  InvalidEncoding: 'SCN027',
  DuplicateKey: 'SCN028',
  LargeFile: 'SCN029',
  ReadFailed: 'SCN030',
  NotePrefix: 'SCN031',
  CaseOrigin: 'SCN032',
  SelfLoop: 'SCN033',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** The file, relative to the project (or the site) root, e.g. "scenarios/marktplein/scenario.json". */
  readonly file: string;
  /** JSON path inside the file, e.g. "nodes[3].choices[1].to"; "" for the whole file. */
  readonly path: string;
  /**
   * The same place for a person: positions counted from 1, with the ids found there, e.g.
   * "nodes #4 (id 'raadsvergadering') › choices #2 (id 'ask') › to". Set when the file was read.
   */
  readonly place?: string;
  /** Line and column in the file, when known. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /**
   * Set on the first error of a file the stories share (the story index, the tactic catalogue, a
   * town profile) that could not be used: how many findings in other files follow from it alone.
   * Those are left out (they go once this file is fixed); this finding comes first.
   */
  readonly consequences?: number;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** One line per finding: code, severity, file:line:column, place in the file, message, fix hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const file =
    d.line === undefined ? d.file : `${d.file}:${String(d.line)}:${String(d.column ?? 1)}`;
  const where = d.path === '' ? '(whole file)' : placeOf(d);
  return `${d.code} ${d.severity} ${file} ${where}: ${d.message} Fix: ${d.hint}${sharedNote(d)}`;
}

/** For a broken shared file: fix it first, and what was left out because of it. */
function sharedNote(d: Diagnostic): string {
  if (d.consequences === undefined) return '';
  const n = d.consequences;
  const leftOut =
    n === 0
      ? ''
      : ` ${String(n)} finding${n === 1 ? '' : 's'} in other files follow${n === 1 ? 's' : ''} only from this one and ${n === 1 ? 'is' : 'are'} not shown.`;
  return ` Stories need this file, so fix it first and check again.${leftOut}`;
}

/** Where in the file, for a person: the diagnostic's place, or its path counted from 1. */
export const placeOf = (d: Diagnostic): string => d.place ?? describePath(d.path);

/**
 * A JSON path ("nodes[3].choices[1].to") in words a non-programmer can follow in the file:
 * list positions counted from 1, each with the id (or the text) found there when `root` (the
 * file's value) is given: "nodes #4 (id 'raadsvergadering') › choices #2 (id 'ask') › to".
 * A path without lists (a text key, "simulation.startArea") stays as it is.
 */
export function describePath(path: string, root?: unknown): string {
  const parts: string[] = [];
  let keys: string[] = [];
  let value = root;
  const segments = pathSegments(path);
  if (segments === undefined) return path; // not a path we wrote: show it as it is
  for (const segment of segments) {
    if (typeof segment === 'string') {
      keys.push(/^[A-Za-z_$][\w$]*$/.test(segment) ? segment : JSON.stringify(segment));
      value = isRecord(value) ? value[segment] : undefined;
      continue;
    }
    value = Array.isArray(value) ? (value as unknown[])[segment] : undefined;
    parts.push(`${keys.join('.')} #${String(segment + 1)}${itemName(value)}`);
    keys = [];
  }
  if (keys.length > 0) parts.push(keys.join('.'));
  return parts.join(' › ');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** " (id 'ask')" for an object with an id, " ('text')" for a text in a list, else "". */
function itemName(value: unknown): string {
  if (isRecord(value) && typeof value.id === 'string') return ` (id '${short(value.id)}')`;
  if (typeof value === 'string') return ` ('${short(value)}')`;
  return '';
}

/** "a.b[2][\"c d\"]" → ['a', 'b', 2, 'c d']; the notation of json-with-positions' childPath. */
function pathSegments(path: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  const pattern = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(path);
    if (match === null) return undefined;
    const [, key, index, quoted] = match;
    if (key !== undefined) out.push(key);
    else if (index !== undefined) out.push(Number(index));
    else if (quoted !== undefined) out.push(JSON.parse(quoted) as string);
    at = pattern.lastIndex;
  }
  return out;
}
