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
  /** Line and column in the file, when known. */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');

/** One line per finding: code, severity, file:line:column, JSON path, message, fix hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const place =
    d.line === undefined ? d.file : `${d.file}:${String(d.line)}:${String(d.column ?? 1)}`;
  const path = d.path === '' ? '(whole file)' : d.path;
  return `${d.code} ${d.severity} ${place} ${path}: ${d.message} Fix: ${d.hint}`;
}
