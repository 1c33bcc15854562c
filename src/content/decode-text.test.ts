import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeUtf8 } from './decode-text';

const strict = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

describe('decodeUtf8', () => {
  it('decodes any text exactly as TextDecoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(decodeUtf8(bytes)).toEqual({ ok: true, text: strict(bytes) });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses exactly the byte strings that TextDecoder with fatal: true refuses', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc
        .tuple(fc.string({ unit: 'binary' }), fc.nat(), fc.integer({ min: 0x80, max: 0xff }))
        .map(([text, at, byte]) => {
          const encoded = [...new TextEncoder().encode(text)];
          encoded.splice(at % (encoded.length + 1), 0, byte);
          return new Uint8Array(encoded);
        }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const expected = strict(input);
        const decoded = decodeUtf8(input);
        expect(decoded.ok).toBe(expected !== null);
        if (decoded.ok) expect(decoded.text).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('names the line and column of the first bad byte; drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x62, 0xc3, 0xa9, 0xe9, 0x21]);
    expect(decodeUtf8(bytes)).toEqual({
      ok: false,
      byteOffset: 8,
      position: { line: 2, column: 3 },
    });
    expect(decodeUtf8(bytes.subarray(0, 8))).toEqual({ ok: true, text: 'a\nbé' });
  });
});
