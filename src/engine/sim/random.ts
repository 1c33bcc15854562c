/**
 * A mulberry32 stream for the simulation's inner loops, where drawing through the pure
 * state-in/state-out `nextRandom` would allocate a tuple per draw. The caller passes the game's
 * RNG state in and stores `state()` back, so the game stays a pure function of seed and moves.
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

/** A stable 32-bit hash of an id, to seed a town's residents from its id. */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1)
    hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}
