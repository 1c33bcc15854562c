import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { JsonSyntaxError, MAX_JSON_DEPTH, parseJsonWithPositions } from './json-with-positions';
import { validateFile } from './validate-file';
import { z } from './zod';

/** Keys that trip up naive readers: prototype names, empty, spaces, escapes, non-Latin. */
const oddKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
  fc.constantFrom('a b', 'é', '\u202e', '\u0000', '"', '\\', '🎪', 'line\nbreak'),
  fc.string(),
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ unit: 'grapheme' }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(oddKey, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const jsonText = fc
  .tuple(jsonValue, fc.constantFrom(undefined, 0, 2, '\t'))
  .map(([value, indent]) => JSON.stringify(value, null, indent));

/** One edit of a JSON text: a character deleted, inserted or replaced with one that matters to JSON. */
const significant = fc.constantFrom(...'{}[]",:\\ \n\t0-1.eEtfnu\u0001\u2028a'.split(''));
const mutated = fc
  .tuple(jsonText, fc.nat(), significant, fc.constantFrom('delete', 'insert', 'replace'))
  .map(([text, at, ch, how]) => {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
    if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
    return text.slice(0, i) + ch + text.slice(i + 1);
  });

const Anything = z.unknown();
const runs = { numRuns: 400 };

function outcome(parse: () => unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: parse() };
  } catch {
    return { ok: false };
  }
}

describe('the JSON reader under random input (fast-check)', () => {
  it('reads any valid JSON exactly as JSON.parse does, odd keys included', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const ours = parseJsonWithPositions(text).value;
        expect(ours).toEqual(JSON.parse(text));
        // Every key is an own key: "__proto__" never becomes the object's prototype.
        expect(JSON.stringify(ours)).toBe(JSON.stringify(JSON.parse(text)));
      }),
      runs,
    );
  });

  it('after one random edit it agrees with JSON.parse on valid or not, and only ever throws JsonSyntaxError', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const expected = outcome(() => JSON.parse(text) as unknown);
        let ours: unknown;
        try {
          ours = parseJsonWithPositions(text).value;
        } catch (error) {
          expect(error).toBeInstanceOf(JsonSyntaxError);
          expect(expected.ok, `JSON.parse accepts ${JSON.stringify(text)}`).toBe(false);
          return;
        }
        expect(expected.ok, `JSON.parse rejects ${JSON.stringify(text)}`).toBe(true);
        if (expected.ok) expect(ours).toEqual(expected.value);
      }),
      runs,
    );
  });

  it('validateFile never throws: invalid text or bytes give a diagnostic with file and place', () => {
    const input = fc.oneof(mutated, fc.string(), fc.uint8Array({ maxLength: 64 }));
    fc.assert(
      fc.property(input, (content) => {
        const result = validateFile(content, 'x.json', Anything, false);
        if (result.ok) return;
        expect(result.diagnostics.length).toBeGreaterThan(0);
        for (const d of result.diagnostics) {
          expect(d.file).toBe('x.json');
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.hint.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('nesting up to the limit reads like JSON.parse; deeper is SCN026, at any depth', () => {
    const nesting = fc.tuple(
      fc.integer({ min: 1, max: 30_000 }),
      fc.constantFrom('[', '{"a":', '{"__proto__":'),
    );
    fc.assert(
      fc.property(nesting, ([depth, open]) => {
        const close = open === '[' ? ']' : '}';
        const text = open.repeat(depth) + '0' + close.repeat(depth);
        const result = validateFile(text, 'deep.json', Anything, false);
        if (depth <= MAX_JSON_DEPTH) {
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.data).toEqual(JSON.parse(text));
        } else {
          expect(result.ok ? [] : result.diagnostics.map((d) => d.code)).toEqual(['SCN026']);
        }
      }),
      { numRuns: 60 },
    );
  });
});
