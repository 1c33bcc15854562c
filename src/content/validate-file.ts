import type { z } from './zod';

import { type Diagnostic, DiagnosticCode, type Severity } from './diagnostics';
import {
  childPath,
  JsonSyntaxError,
  type ParsedJson,
  parseJsonWithPositions,
  positionAt,
} from './json-with-positions';

/** Builds a diagnostic, adding the line and column of `path` when the file's positions are known. */
export function diagnostic(
  fields: Omit<Diagnostic, 'line' | 'column'> & { readonly severity: Severity },
  parsed?: ParsedJson,
): Diagnostic {
  if (parsed === undefined) return fields;
  let path = fields.path;
  let offset = parsed.offsets.get(path);
  // Walk up the path ("a.b[2]" → "a.b" → "a" → "") until a value with a known position is found.
  while (offset === undefined && path !== '') {
    const parent = path.replace(/(\.[^.[]+|\[[^\]]+\])$/, '');
    path = parent === path ? '' : parent;
    offset = parsed.offsets.get(path);
  }
  return offset === undefined ? fields : { ...fields, ...positionAt(parsed.text, offset) };
}

export type FileResult<T> =
  | { readonly ok: true; readonly data: T; readonly parsed: ParsedJson }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Parses a JSON file and checks its shape against a zod schema. Never throws. */
export function validateFile<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  hasFormat = true,
): FileResult<T> {
  let parsed: ParsedJson;
  try {
    parsed = parseJsonWithPositions(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return {
      ok: false,
      diagnostics: [
        {
          code: DiagnosticCode.InvalidJson,
          severity: 'error',
          file,
          path: '',
          ...error.position,
          message: `This is not valid JSON: ${error.message} at line ${String(error.position.line)}, column ${String(error.position.column)}.`,
          hint: 'Look at that place and just before it: often a missing or extra comma, a missing quote or bracket.',
        },
      ],
    };
  }
  const format = hasFormat ? formatProblem(parsed, file) : undefined;
  if (format) return { ok: false, diagnostics: [format] };
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, parsed };
  return {
    ok: false,
    diagnostics: result.error.issues.map((issue) => shapeDiagnostic(issue, file, parsed)),
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
  const where = path === '' ? 'The file' : `'${path}'`;
  let message = `${where}: ${issue.message}.`;
  let hint =
    'Compare with docs/scenario-format.md; an editor that reads "$schema" underlines such mistakes.';
  if (issue.code === 'unrecognized_keys') {
    message = `${where} has a field this format does not know: ${issue.keys.map((k) => `'${k}'`).join(', ')}.`;
    hint =
      'Check the spelling of the field name, or remove it. The allowed fields are listed in docs/scenario-format.md.';
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = `${where} is missing.`;
    hint = `Add '${path.split('.').pop() ?? path}' (${issue.expected}).`;
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    hint = `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
  }
  return diagnostic(
    { code: DiagnosticCode.WrongShape, severity: 'error', file, path, message, hint },
    parsed,
  );
}
