import type { z } from './zod';

import { type Diagnostic, DiagnosticCode, describePath, type Severity } from './diagnostics';
import { decodeUtf8, type FileContent } from './decode-text';
import {
  childPath,
  type DuplicateKey,
  JsonSyntaxError,
  MAX_JSON_DEPTH,
  type ParsedJson,
  parseJsonWithPositions,
  type Position,
  positionAt,
} from './json-with-positions';

/** Builds a diagnostic, adding the line and column of `path` when the file's positions are known. */
export function diagnostic(
  fields: Omit<Diagnostic, 'line' | 'column'> & { readonly severity: Severity },
  parsed?: ParsedJson,
): Diagnostic {
  if (parsed === undefined) return fields;
  const place = fields.path === '' ? undefined : describePath(fields.path, parsed.value);
  const named = place === undefined ? fields : { ...fields, place };
  let path = fields.path;
  let offset = parsed.offsets.get(path);
  // Walk up the path ("a.b[2]" → "a.b" → "a" → "") until a value with a known position is found.
  while (offset === undefined && path !== '') {
    const parent = path.replace(/(\.[^.[]+|\[[^\]]+\])$/, '');
    path = parent === path ? '' : parent;
    offset = parsed.offsets.get(path);
  }
  return offset === undefined ? named : { ...named, ...positionAt(parsed.text, offset) };
}

export type FileResult<T> =
  | {
      readonly ok: true;
      readonly data: T;
      readonly parsed: ParsedJson;
      /** Findings that do not stop the file: a key given twice, a very large file. */
      readonly warnings: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Above this many bytes a content file gets a warning (SCN029): the biggest shipped file is
 * about 60 kB, and every byte of a scenario is fetched and checked before the title shows.
 */
export const LARGE_FILE_BYTES = 1_000_000;

/**
 * Decodes, parses and shape-checks a JSON file against a zod schema. Never throws: a file that
 * cannot be read at all is a diagnostic, so the game goes on with the files that work.
 */
export function validateFile<T>(
  content: FileContent,
  file: string,
  schema: z.ZodType<T>,
  hasFormat = true,
): FileResult<T> {
  try {
    return checkFile(content, file, schema, hasFormat);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostics: [
        {
          code: DiagnosticCode.ReadFailed,
          severity: 'error',
          file,
          path: '',
          message: `This file could not be read: ${detail.slice(0, 200)}.`,
          hint: 'Check that it is a JSON text file; compare it with a shipped file of the same kind.',
        },
      ],
    };
  }
}

function checkFile<T>(
  content: FileContent,
  file: string,
  schema: z.ZodType<T>,
  hasFormat: boolean,
): FileResult<T> {
  const decoded = decodeUtf8(content);
  if (!decoded.ok) {
    const { line, column } = decoded.position;
    return {
      ok: false,
      diagnostics: [
        {
          code: DiagnosticCode.InvalidEncoding,
          severity: 'error',
          file,
          path: '',
          line,
          column,
          message: `This file is not UTF-8 text: byte ${String(decoded.byteOffset)} (line ${String(line)}, column ${String(column)}) is not part of a UTF-8 character.`,
          hint: 'Save the file as UTF-8 in your editor (often under "Save as" → "Encoding"), then check the letters with accents at that place.',
        },
      ],
    };
  }
  const text = decoded.text;
  const warnings: Diagnostic[] = [];
  const bytes = typeof content === 'string' ? text.length : content.byteLength;
  if (bytes > LARGE_FILE_BYTES) warnings.push(largeFile(file, bytes));
  let parsed: ParsedJson;
  try {
    parsed = parseJsonWithPositions(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, diagnostics: [...warnings, syntaxDiagnostic(error, file)] };
  }
  warnings.push(...parsed.duplicates.map((d) => duplicateKey(d, file, parsed)));
  const format = hasFormat ? formatProblem(parsed, file) : undefined;
  if (format) return { ok: false, diagnostics: [...warnings, format] };
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, parsed, warnings };
  return {
    ok: false,
    diagnostics: [
      ...warnings,
      ...result.error.issues.map((issue) => shapeDiagnostic(issue, file, parsed)),
    ],
  };
}

function syntaxDiagnostic(error: JsonSyntaxError, file: string): Diagnostic {
  const { line, column } = error.position;
  const where = `line ${String(line)}, column ${String(column)}`;
  if (error.reason === 'depth')
    return {
      code: DiagnosticCode.TooDeep,
      severity: 'error',
      file,
      path: '',
      line,
      column,
      message: `This file nests objects or lists more than ${String(MAX_JSON_DEPTH)} levels deep (at ${where}); no content file needs that.`,
      hint: 'Look for brackets that open but never close, or a file that is not content of this game.',
    };
  return {
    code: DiagnosticCode.InvalidJson,
    severity: 'error',
    file,
    path: '',
    line,
    column,
    message: `This is not valid JSON: ${error.message} at ${where}.`,
    hint: 'Look at that place and just before it: often a missing or extra comma, a missing quote or bracket.',
  };
}

function duplicateKey(d: DuplicateKey, file: string, parsed: ParsedJson): Diagnostic {
  const first = positionAt(parsed.text, d.first);
  const second = positionAt(parsed.text, d.second);
  const at = (p: Position): string => `line ${String(p.line)}, column ${String(p.column)}`;
  const where = d.path === '' ? 'the file' : describePath(d.path, parsed.value);
  const path = childPath(d.path, d.key);
  return {
    code: DiagnosticCode.DuplicateKey,
    severity: 'warning',
    file,
    path,
    place: describePath(path, parsed.value),
    ...second,
    message: `The key "${d.key.slice(0, 80)}" appears twice in ${where}: at ${at(first)} and at ${at(second)}. Only the second one counts.`,
    hint: 'Remove one of the two, or merge them.',
  };
}

function largeFile(file: string, bytes: number): Diagnostic {
  const mb = (n: number): string => (n / 1_000_000).toFixed(1);
  return {
    code: DiagnosticCode.LargeFile,
    severity: 'warning',
    file,
    path: '',
    message: `This file is ${mb(bytes)} MB; content files above ${mb(LARGE_FILE_BYTES)} MB make the game slow to start.`,
    hint: 'Check that it holds only content of this game; split long texts over more steps.',
  };
}

/** Every content file says which format it is written in; this code reads format 1. */
const FORMAT = 1;

function formatProblem(parsed: ParsedJson, file: string): Diagnostic | undefined {
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || !('format' in value)) return undefined;
  if (value.format === FORMAT) return undefined;
  return diagnostic(
    {
      code: DiagnosticCode.UnsupportedFormat,
      severity: 'error',
      file,
      path: 'format',
      message: `This file is written in format ${JSON.stringify(value.format)}, but this version of the game reads format ${String(FORMAT)}.`,
      hint: `Use "format": ${String(FORMAT)} and the fields described in docs/scenario-format.md, or use the game version the file was written for.`,
    },
    parsed,
  );
}

function shapeDiagnostic(issue: z.core.$ZodIssue, file: string, parsed: ParsedJson): Diagnostic {
  const path = issue.path.reduce<string>(
    (p, key) => childPath(p, typeof key === 'number' ? key : String(key)),
    '',
  );
  // The place is printed before the message (formatDiagnostic), so the message does not repeat it.
  const last = issue.path.at(-1);
  const field = typeof last === 'string' ? `'${last}'` : 'This value';
  let message = path === '' ? `The file: ${issue.message}.` : `${field}: ${issue.message}.`;
  let hint =
    'Compare with docs/scenario-format.md; an editor that reads "$schema" underlines such mistakes.';
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `'${k}'`).join(', ');
    message =
      issue.keys.length === 1
        ? `The field ${names} is not part of this format.`
        : `The fields ${names} are not part of this format.`;
    hint =
      'Check the spelling of the field name, or remove it. The allowed fields are listed in docs/scenario-format.md.';
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = `The field ${field} is missing.`;
    hint = `Add ${field} (${issue.expected}).`;
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    hint = `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
  }
  return diagnostic(
    { code: DiagnosticCode.WrongShape, severity: 'error', file, path, message, hint },
    parsed,
  );
}
