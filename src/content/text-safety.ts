/**
 * Guards for values that come from outside (config.json, the page address) and end up in the
 * interface: a name may not carry control characters or text-direction overrides (U+202E turns
 * "Zuidhaven" into a spoof), and a bad value is quoted short, however long it was.
 */

/** C0 and C1 control characters, DEL, and the Unicode bidi controls (marks, embeddings, isolates). */
export const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** How many characters of a bad value a notice shows. */
export const QUOTE_LIMIT = 80;

/**
 * Text as a notice may show it: unsafe characters written as \uXXXX, cut after QUOTE_LIMIT
 * characters with "…".
 */
export function shortValue(text: string): string {
  const long = text.length > QUOTE_LIMIT;
  // Cut on a character boundary: never keep half of a surrogate pair.
  const cut = long ? text.slice(0, QUOTE_LIMIT).replace(/[\ud800-\udbff]$/, '') : text;
  const visible = cut.replace(
    new RegExp(UNSAFE_CHARACTERS.source, 'gu'),
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
  return long ? `${visible}…` : visible;
}

/** Any JSON value for a notice: a string in double quotes, anything else as JSON; short. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return `"${shortValue(value)}"`;
  let text: string;
  try {
    text = JSON.stringify(value); // values here come from JSON, so never undefined
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return shortValue(text);
}
