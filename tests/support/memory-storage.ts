import type { KeyValueStorage } from '../../src/store/persistence';

/** A Map-backed stand-in for localStorage, for tests in Node. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { getItem: Storage['getItem']; setItem: Storage['setItem'] } {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      map.set(k, v);
    },
    removeItem: (k) => {
      map.delete(k);
    },
  };
}
