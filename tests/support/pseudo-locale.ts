/**
 * Pseudo-locales for tests: a language the game does not ship, made from the English texts, so a
 * test can drop a "third language" into a built copy the way a municipality would.
 */

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};
/** Parts of a text that must stay as they are: {{variables}} and i18next's $t(…) nesting. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** "Play: {{title}}" → "Ƥláý: {{title}} ~~~": accented and about 40% longer, variables kept. */
export function lengthened(text: string): string {
  const body = text
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const pad = Math.ceil(text.replace(new RegExp(KEEP, 'g'), '').length * 0.4);
  // Padding in short words, as longer languages have longer words but still break lines.
  const padding = '~'
    .repeat(pad)
    .replace(/~{1,6}/g, (run) => `${run} `)
    .trim();
  return pad === 0 ? body : `${body} ${padding}`;
}

const HEBREW = 'אבגדהוזחטיכלמנסעפצקרשתךםןף';

/** Right-to-left: each Latin letter becomes a Hebrew one, so the browser lays the text out RTL. */
export function rightToLeft(text: string): string {
  return text
    .split(KEEP)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/[A-Za-z]/g, (c) => HEBREW[(c.toLowerCase().charCodeAt(0) - 97) % 26] ?? c),
    )
    .join('');
}

/** Every text of a locale tree through `f`; `leave` drops keys (given dotted) to test fallback. */
export function pseudoTree(
  tree: object,
  f: (text: string) => string,
  leave: readonly string[] = [],
  prefix = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix === '' ? key : `${prefix}.${key}`;
    if (!leave.includes(full)) out[key] = pseudoValue(value, f, leave, full);
  }
  return out;
}

function pseudoValue(
  value: unknown,
  f: (text: string) => string,
  leave: readonly string[],
  at: string,
): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => pseudoValue(v, f, leave, at));
  if (typeof value === 'object' && value !== null) return pseudoTree(value, f, leave, at);
  return value;
}
