import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '../src/content/load-content';
import { checkItems, checkOrder, type CheckOrder } from '../src/engine/discernment';
import { fileSource } from '../src/tools/file-source';

const root = path.resolve(import.meta.dirname, '..');
const content = await loadContent(fileSource(root));
const discernment = content.discernment.discernment;
const items = discernment?.items ?? [];

describe('the shipped discernment check', () => {
  it('has two parallel sets with equal counts of true and false items and equal difficulty', () => {
    expect(content.discernment.diagnostics).toEqual([]);
    for (const set of ['a', 'b'] as const) {
      const inSet = items.filter((i) => i.set === set);
      const truths = inSet.filter((i) => i.verdict === 'true');
      const fakes = inSet.filter((i) => i.verdict === 'manipulative');
      expect(truths.length).toBeGreaterThan(0);
      expect(truths.length).toBe(fakes.length);
    }
    const difficulty = (set: 'a' | 'b', verdict: 'true' | 'manipulative') =>
      items
        .filter((i) => i.set === set && i.verdict === verdict)
        .reduce((n, i) => n + i.difficulty, 0);
    expect(difficulty('a', 'true')).toBe(difficulty('b', 'true'));
    expect(difficulty('a', 'manipulative')).toBe(difficulty('b', 'manipulative'));
  });

  it('covers every technique of the catalogue, the two sets together', () => {
    const used = new Set(items.map((i) => i.technique));
    const missing = (content.catalogue?.techniques ?? [])
      .map((t) => t.id)
      .filter((id) => !used.has(id));
    expect(missing).toEqual([]);
  });

  it('uses both orders, and in each order a player meets both sets, never the same one twice', () => {
    const orders = new Set(Array.from({ length: 200 }, (_, seed) => checkOrder(seed)));
    expect([...orders].sort()).toEqual(['ab', 'ba']);
    if (discernment === undefined) return;
    for (const order of ['ab', 'ba'] as CheckOrder[]) {
      const before = checkItems(discernment, 'before', order).map((i) => i.id);
      const after = checkItems(discernment, 'after', order).map((i) => i.id);
      expect(before.length).toBe(after.length);
      expect(before.filter((id) => after.includes(id))).toEqual([]);
      expect([...before, ...after].sort()).toEqual(items.map((i) => i.id).sort());
    }
  });

  it('draws places from the town profile, not from text typed into the posts', () => {
    const texts = Object.values(content.discernment.locales.nl?.items ?? {}).flatMap((entry) =>
      Object.values(entry as Record<string, string>),
    );
    const town = content.scenarios[0]?.town;
    const names = [
      ...(town?.neighbourhoods.map((n) => n.name) ?? []),
      ...Object.values(town?.places ?? {}),
    ];
    const spelled = names.filter((name) => texts.some((t) => t.includes(name)));
    expect(spelled).toEqual([]);
    expect(texts.some((t) => t.includes('{{place.') || t.includes('{{area.'))).toBe(true);
  });
});
