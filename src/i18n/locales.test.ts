import { describe, expect, it } from 'vitest';

import en from './locales/en.json';
import nl from './locales/nl.json';

/** Dotted keys of a locale tree with their leaf values. */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      for (const [k, v] of leaves(value as object, full)) out.set(k, v);
    else out.set(full, value);
  }
  return out;
}

describe('interface text', () => {
  const dutch = leaves(nl);
  const english = leaves(en);

  it('has every key in both Dutch and English', () => {
    expect([...dutch.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !dutch.has(k))).toEqual([]);
  });

  it('has no empty texts', () => {
    for (const [key, value] of [...dutch, ...english]) {
      expect(value === '' || (Array.isArray(value) && value.length === 0), key).toBe(false);
    }
  });

  it('uses the same {{variables}} in both languages', () => {
    const vars = (v: unknown): string[] =>
      [...JSON.stringify(v).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
    // Singular forms may spell the number out ("used once"), so they are left out.
    for (const [key, value] of dutch)
      if (!key.endsWith('_one')) expect(vars(english.get(key)), key).toEqual(vars(value));
  });
});
