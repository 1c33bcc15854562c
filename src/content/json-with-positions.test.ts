import { describe, expect, it } from 'vitest';

import { JsonSyntaxError, parseJsonWithPositions, positionAt } from './json-with-positions';

describe('parseJsonWithPositions', () => {
  it('parses like JSON.parse and remembers where values start', () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "c d": null\n}';
    const parsed = parseJsonWithPositions(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(positionAt(text, parsed.offsets.get('a[1].b') ?? -1)).toEqual({ line: 2, column: 18 });
    expect(parsed.offsets.has('["c d"]')).toBe(true);
  });

  it.each([
    ['{"a": 1 "b": 2}', 1, 9, "Expected ',' or '}'"],
    ['{"a": [1, 2,]}', 1, 13, 'Trailing comma'],
    ['{\n  "a": tru\n}', 2, 8, 'Expected a value'],
    ['{"a": "open', 1, 12, 'Unterminated string'],
    ['{"a": 1}}', 1, 9, 'Unexpected text'],
    ["{'a': 1}", 1, 2, 'quoted'],
    ['', 1, 1, 'Expected a value'],
  ])('reports %j at line %i, column %i', (text, line, column, words) => {
    try {
      parseJsonWithPositions(text);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(JsonSyntaxError);
      const e = error as JsonSyntaxError;
      expect(e.position).toEqual({ line, column });
      expect(e.message).toContain(words);
    }
  });

  it('accepts a byte-order mark, escapes and numbers', () => {
    expect(parseJsonWithPositions('\uFEFF{"q": "a\\"b", "n": -1.5e3}').value).toEqual({
      q: 'a"b',
      n: -1500,
    });
  });
});
