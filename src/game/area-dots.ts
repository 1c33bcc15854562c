import type { Neighbourhood } from '../content/town-schema';

/** Dots in the most populous neighbourhood; the others get fewer, in proportion to their residents. */
export const MAX_DOTS = 54;
/** Even a small neighbourhood gets enough dots to show a mix of states. */
export const MIN_DOTS = 24;
/** Half the size of a dot's box in map units (1000 × 600); dots never come closer than SPACING. */
export const DOT_RADIUS = 10;
/** Dots are placed on a jittered grid of at most SPACING + 6 and never come closer than MIN_GAP. */
export const SPACING = 28;
export const MIN_GAP = 2 * DOT_RADIUS + 5;
/** The label in the middle of an area (name and figures) keeps this box free of dots. */
export const LABEL_HALF_WIDTH = 98;
export const LABEL_HALF_HEIGHT = 40;

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
 * How many dots each area gets: proportional to its population, MAX_DOTS for the largest,
 * at least MIN_DOTS. One dot then stands for about the same number of residents everywhere.
 */
export function dotCountsByArea(areas: readonly Pick<Neighbourhood, 'population'>[]): number[] {
  const largest = Math.max(1, ...areas.map((a) => a.population));
  return areas.map((a) => Math.max(MIN_DOTS, Math.round((MAX_DOTS * a.population) / largest)));
}

/**
 * Fixed dot positions inside a neighbourhood, at least MIN_GAP apart, clear of the border and of
 * the label in the middle: a jittered grid (as loose as the area allows, up to SPACING between
 * rows) from which `count` points are picked at random. Deterministic (a small LCG seeded from
 * the area's id), so the map looks the same on every screen. Returns fewer than `count` dots only
 * if the area is too small for them.
 */
export function areaDots(area: Neighbourhood, count: number = MAX_DOTS): [number, number][] {
  const xs = area.shape.map((p) => p[0]);
  const ys = area.shape.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const [cx, cy] = areaCentre(area);
  const margin = DOT_RADIUS + 3;
  const fits = (x: number, y: number): boolean =>
    inside(x, y, area.shape) &&
    inside(x + margin, y, area.shape) &&
    inside(x - margin, y, area.shape) &&
    inside(x, y + margin, area.shape) &&
    inside(x, y - margin, area.shape) &&
    !(Math.abs(x - cx) < LABEL_HALF_WIDTH && Math.abs(y - cy) < LABEL_HALF_HEIGHT);
  let candidates: [number, number][] = [];
  for (let cell = SPACING + 6; cell >= MIN_GAP; cell -= 2) {
    let state = hashId(area.id);
    const next = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    const jitter = (cell - MIN_GAP) / 2;
    candidates = [];
    for (let y = minY + cell / 2; y < maxY; y += cell) {
      for (let x = minX + cell / 2; x < maxX; x += cell) {
        const [px, py] = [x + (next() * 2 - 1) * jitter, y + (next() * 2 - 1) * jitter];
        if (fits(px, py)) candidates.push([px, py]);
      }
    }
    if (candidates.length >= count) {
      // Fisher–Yates with the same generator: which grid points get a dot is random but fixed.
      for (let i = candidates.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [candidates[i], candidates[j]] = [candidates[j] ?? [0, 0], candidates[i] ?? [0, 0]];
      }
      break;
    }
  }
  return candidates.slice(0, count);
}

/** The centre of a polygon's points, where its label goes. */
export function areaCentre(area: Neighbourhood): [number, number] {
  const n = area.shape.length;
  return [
    area.shape.reduce((s, p) => s + p[0], 0) / n,
    area.shape.reduce((s, p) => s + p[1], 0) / n,
  ];
}
