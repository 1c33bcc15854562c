import type { Neighbourhood } from '../content/town-schema';

export const DOTS_PER_AREA = 48;

/** A small stable hash of an id (ids are ASCII, see the schema). */
function hashId(id: string): number {
  let hash = 17;
  for (let i = 0; i < id.length; i += 1) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) >>> 0;
  return hash;
}

/** Is the point inside the polygon? (ray casting) */
function inside(x: number, y: number, shape: readonly (readonly [number, number])[]): boolean {
  let result = false;
  for (let i = 0, j = shape.length - 1; i < shape.length; j = i, i += 1) {
    const [xi, yi] = shape[i] ?? [0, 0];
    const [xj, yj] = shape[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/**
 * Fixed dot positions inside a neighbourhood: one dot stands for about 1/48 of its residents.
 * Reached dots are drawn filled, so reach reads as density as well as colour. Deterministic
 * (a small LCG from the area's id), so the map looks the same on every screen.
 */
export function areaDots(area: Neighbourhood): [number, number][] {
  const xs = area.shape.map((p) => p[0]);
  const ys = area.shape.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let state = hashId(area.id);
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const dots: [number, number][] = [];
  for (let tries = 0; dots.length < DOTS_PER_AREA && tries < 5000; tries += 1) {
    const x = minX + 18 + next() * (maxX - minX - 36);
    const y = minY + 18 + next() * (maxY - minY - 36);
    if (inside(x, y, area.shape) && inside(x + 10, y, area.shape) && inside(x - 10, y, area.shape)) dots.push([x, y]);
  }
  return dots;
}

/** The centre of a polygon's points, where its label goes. */
export function areaCentre(area: Neighbourhood): [number, number] {
  const n = area.shape.length;
  return [area.shape.reduce((s, p) => s + p[0], 0) / n, area.shape.reduce((s, p) => s + p[1], 0) / n];
}
