import type { Position } from './json-with-positions';

/** A file as a source gives it: bytes (fetch, file system) or text already decoded (tests, embedded). */
export type FileContent = string | Uint8Array;

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly byteOffset: number; readonly position: Position };

/**
 * Decodes a file as UTF-8, strictly: a byte sequence that is not UTF-8 (a file saved as
 * Windows-1252, say) is reported with its place instead of turning into "�" in the game.
 * Written out here rather than with TextDecoder because the content code is pure ES (it runs
 * in the Node checker too, see tsconfig.pure.json). A leading byte-order mark is dropped.
 */
export function decodeUtf8(content: FileContent): Decoded {
  if (typeof content === 'string') return { ok: true, text: content };
  const bom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? 3 : 0;
  const chunks: string[] = [];
  const units: number[] = [];
  let i = bom;
  while (i < content.length) {
    const length = sequenceLength(content, i);
    if (length === 0) return invalidAt(i, chunks, units);
    const b = content[i] ?? 0;
    let point = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) point = (point << 6) | ((content[i + k] ?? 0) & 0x3f);
    if (point > 0xffff) {
      point -= 0x10000;
      units.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
    } else units.push(point);
    if (units.length >= 8192) chunks.push(String.fromCharCode(...units.splice(0)));
    i += length;
  }
  chunks.push(String.fromCharCode(...units));
  return { ok: true, text: chunks.join('') };
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 when there is none (Unicode table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f; // no surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f; // nothing above U+10FFFF
  } else return 0;
  for (let k = 1; k < length; k += 1) {
    const c = bytes[i + k];
    if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

function invalidAt(byteOffset: number, chunks: string[], units: number[]): Decoded {
  const before = chunks.join('') + String.fromCharCode(...units);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let at = before.indexOf('\n'); at !== -1; at = before.indexOf('\n', at + 1)) line += 1;
  return {
    ok: false,
    byteOffset,
    position: { line, column: before.length - lineStart + 1 },
  };
}
