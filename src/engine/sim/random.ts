/**
 * The one seeded RNG: a mulberry32 stream. Its state lives in GameState (`rng`): the caller
 * passes it in and stores `state()` back, so a game is a pure function of its seed and moves.
 */
export interface RandomStream {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  below(n: number): number;
  /** The state to continue from. */
  state(): number;
}

export function randomStream(seedState: number): RandomStream {
  let s = seedState >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => Math.floor(next() * n), state: () => s };
}

/** Turns any integer seed (from a URL, a test) into a valid 32-bit RNG state. */
export function seedToState(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

/** A stable 32-bit hash of an id, to seed a town's residents from its id. */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1)
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}
