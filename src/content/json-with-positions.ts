/**
 * A small JSON parser that also remembers where every value starts, so a diagnostic can say
 * "line 12, column 7" for a JSON path. Strict JSON (RFC 8259), like JSON.parse.
 */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ParsedJson {
  readonly value: unknown;
  /** Offsets of values by path, e.g. "nodes[2].choices[0].to". The root is "". */
  readonly offsets: ReadonlyMap<string, number>;
  readonly text: string;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/** Line and column (both from 1) of an offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Appends a key or index to a path in the notation diagnostics use. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${String(key)}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (safe.startsWith('"')) return `${path}[${safe}]`;
  return path === '' ? safe : `${path}.${safe}`;
}

export function parseJsonWithPositions(text: string): ParsedJson {
  const offsets = new Map<string, number>();
  let i = 0;
  const fail = (what: string): never => {
    const found = i < text.length ? `'${text.charAt(i)}'` : 'the end of the file';
    throw new JsonSyntaxError(`${what}, found ${found}`, positionAt(text, i));
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
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
      if (text.charAt(i) === '\\') i += 1;
      else if (text.charCodeAt(i) < 0x20) fail('Unescaped control character in a string');
      i += 1;
    }
    if (i >= text.length) fail('Unterminated string');
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const parseValue = (path: string): unknown => {
    skipSpace();
    offsets.set(path, i);
    const ch = text.charAt(i);
    if (ch === '{') return parseObject(path);
    if (ch === '[') return parseArray(path);
    if (ch === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i),
    );
    if (literal === null)
      return fail('Expected a value (a string, number, object, array, true, false or null)');
    i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };
  const parseObject = (path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    i += 1;
    skipSpace();
    if (text.charAt(i) === '}') {
      i += 1;
      return out;
    }
    for (;;) {
      skipSpace();
      if (text.charAt(i) !== '"') fail('Expected a "quoted" property name');
      const key = parseString();
      expect(':', `Expected ':' after the property name "${key}"`);
      out[key] = parseValue(childPath(path, key));
      skipSpace();
      if (text.charAt(i) === '}') break;
      if (text.charAt(i) !== ',') fail("Expected ',' or '}' (is a comma missing?)");
      i += 1;
      skipSpace();
      if (text.charAt(i) === '}') fail('Trailing comma before }: remove the last comma');
    }
    i += 1;
    return out;
  };
  const parseArray = (path: string): unknown[] => {
    const out: unknown[] = [];
    i += 1;
    skipSpace();
    if (text.charAt(i) === ']') {
      i += 1;
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
    return out;
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1; // editors on Windows may save a byte-order mark
  const value = parseValue('');
  skipSpace();
  if (i < text.length) fail('Unexpected text after the end of the JSON');
  return { value, offsets, text };
}
