/**
 * mulberry32, one step: pure state-in/state-out, so the RNG state lives in GameState and a
 * playthrough replays exactly from its seed.
 */
export function nextRandom(state: number): [value: number, nextState: number] {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(s ^ (s >>> 15), 1 | s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, s];
}

/** Draws `count` values in one go; returns them with the state after the last draw. */
export function nextRandoms(state: number, count: number): [values: number[], nextState: number] {
  const values: number[] = [];
  let current = state;
  for (let i = 0; i < count; i += 1) {
    const [value, next] = nextRandom(current);
    values.push(value);
    current = next;
  }
  return [values, current];
}

/** Turns any integer seed (from a URL, a test) into a valid 32-bit RNG state. */
export function seedToState(seed: number): number {
  return Math.trunc(seed) >>> 0;
}
