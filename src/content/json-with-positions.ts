/**
 * A small JSON parser that also remembers where every value starts, so a diagnostic can say
 * "line 12, column 7" for a JSON path. Strict JSON (RFC 8259), like JSON.parse, with three
 * safeguards JSON.parse lacks: objects have no prototype (a "__proto__" key is just a key),
 * nesting deeper than MAX_JSON_DEPTH stops with an error instead of exhausting the stack, and
 * a key given twice in one object is recorded (the last one counts, as with JSON.parse).
 * It throws only JsonSyntaxError.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A key that appears twice in one object: where each occurrence's key starts. */
export interface DuplicateKey {
  readonly path: string;
  readonly key: string;
  readonly first: number;
  readonly second: number;
}

export interface ParsedJson {
  readonly value: unknown;
  /** Offsets of values by path, e.g. "nodes[2].choices[0].to". The root is "". */
  readonly offsets: ReadonlyMap<string, number>;
  readonly text: string;
  readonly duplicates: readonly DuplicateKey[];
}

/**
 * How deeply objects and arrays may nest. Content files nest about 8 levels; 100 leaves room
 * for any honest file and keeps the parser and every checker after it far from the stack limit.
 */
export const MAX_JSON_DEPTH = 100;

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
    /** 'depth' when the file nests deeper than MAX_JSON_DEPTH, else 'syntax'. */
    readonly reason: 'syntax' | 'depth' = 'syntax',
  ) {
    super(message);
  }
}

/** Line and column (both from 1) of an offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Appends a key or index to a path in the notation diagnostics use. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${String(key)}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (safe.startsWith('"')) return `${path}[${safe}]`;
  return path === '' ? safe : `${path}.${safe}`;
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

export function parseJsonWithPositions(text: string): ParsedJson {
  const offsets = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  let i = 0;
  let depth = 0;
  const fail = (what: string): never => {
    const found = i < text.length ? `'${text.charAt(i)}'` : 'the end of the file';
    throw new JsonSyntaxError(`${what}, found ${found}`, positionAt(text, i));
  };
  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i += 1;
    }
  };
  const expect = (ch: string, what: string): void => {
    skipSpace();
    if (text.charAt(i) !== ch) fail(what);
    i += 1;
  };
  const parseString = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text.charAt(i) !== '"') {
      if (text.charAt(i) === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text))
          fail('Unknown escape in a string (use \\" \\\\ \\/ \\n \\t or \\uXXXX)');
        i = ESCAPE.lastIndex;
        continue;
      }
      if (text.charCodeAt(i) < 0x20) fail('Unescaped control character in a string');
      i += 1;
    }
    if (i >= text.length) fail('Unterminated string');
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const nest = (): void => {
    depth += 1;
    if (depth > MAX_JSON_DEPTH)
      throw new JsonSyntaxError(
        `Nested more than ${String(MAX_JSON_DEPTH)} levels deep`,
        positionAt(text, i),
        'depth',
      );
  };
  const parseValue = (path: string): unknown => {
    skipSpace();
    offsets.set(path, i);
    const ch = text.charAt(i);
    if (ch === '{') return parseObject(path);
    if (ch === '[') return parseArray(path);
    if (ch === '"') return parseString();
    LITERAL.lastIndex = i;
    const literal = LITERAL.exec(text);
    if (literal === null)
      return fail('Expected a value (a string, number, object, array, true, false or null)');
    i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };
  const parseObject = (path: string): Record<string, unknown> => {
    nest();
    const out = Object.create(null) as Record<string, unknown>;
    const keyAt = new Map<string, number>();
    i += 1;
    skipSpace();
    if (text.charAt(i) === '}') {
      i += 1;
      depth -= 1;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text.charAt(i) !== '"') fail('Expected a "quoted" property name');
      const at = i;
      const key = parseString();
      const first = keyAt.get(key);
      if (first !== undefined) duplicates.push({ path, key, first, second: at });
      keyAt.set(key, at);
      expect(':', `Expected ':' after the property name "${key.slice(0, 80)}"`);
      out[key] = parseValue(childPath(path, key));
      skipSpace();
      if (text.charAt(i) === '}') break;
      if (text.charAt(i) !== ',') fail("Expected ',' or '}' (is a comma missing?)");
      i += 1;
      skipSpace();
      if (text.charAt(i) === '}') fail('Trailing comma before }: remove the last comma');
    }
    i += 1;
    depth -= 1;
    return out;
  };
  const parseArray = (path: string): unknown[] => {
    nest();
    const out: unknown[] = [];
    i += 1;
    skipSpace();
    if (text.charAt(i) === ']') {
      i += 1;
      depth -= 1;
      return out;
    }
    for (;;) {
      out.push(parseValue(childPath(path, out.length)));
      skipSpace();
      if (text.charAt(i) === ']') break;
      if (text.charAt(i) !== ',') fail("Expected ',' or ']' (is a comma missing?)");
      i += 1;
      skipSpace();
      if (text.charAt(i) === ']') fail('Trailing comma before ]: remove the last comma');
    }
    i += 1;
    depth -= 1;
    return out;
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1; // editors on Windows may save a byte-order mark
  const value = parseValue('');
  skipSpace();
  if (i < text.length) fail('Unexpected text after the end of the JSON');
  return { value, offsets, text, duplicates };
}
