/**
 * Plain geometry for the title's town drawing, in the town profile's 1000 × 600 map units:
 * where a neighbourhood's middle is, whether a point lies inside it, the canal's course, and a
 * seeded sequence of numbers so the drawing is the same on every visit (and in screenshots).
 */
export type Point = readonly [number, number];

export function centroid(shape: readonly Point[]): Point {
  const n = shape.length || 1;
  const x = shape.reduce((sum, p) => sum + p[0], 0) / n;
  const y = shape.reduce((sum, p) => sum + p[1], 0) / n;
  return [x, y];
}

/** Ray casting: is `p` inside the polygon? */
export function inside(p: Point, shape: readonly Point[]): boolean {
  let result = false;
  for (let i = 0, j = shape.length - 1; i < shape.length; j = i, i += 1) {
    const a = shape[i];
    const b = shape[j];
    if (a === undefined || b === undefined) continue;
    if (
      a[1] > p[1] !== b[1] > p[1] &&
      p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
    )
      result = !result;
  }
  return result;
}

/** How far `p` is from the polygon's nearest edge. */
export function edgeDistance(p: Point, shape: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0, j = shape.length - 1; i < shape.length; j = i, i += 1) {
    const a = shape[i];
    const b = shape[j];
    if (a === undefined || b === undefined) continue;
    best = Math.min(best, segmentDistance(p, a, b));
  }
  return best;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The canal's course: the same line the play screen's map draws (src/game/town-map-scene.ts). */
export const CANAL: readonly Point[] = [
  [-20, 440],
  [0, 430],
  [250, 300],
  [470, 320],
  [650, 300],
  [820, 180],
  [1000, 160],
  [1020, 150],
];

/** The canal as a smooth SVG path (Catmull-Rom through the points, as cubic Béziers). */
export function canalPath(points: readonly Point[] = CANAL): string {
  const at = (i: number): Point => points[Math.max(0, Math.min(points.length - 1, i))] ?? [0, 0];
  const first = at(1);
  let d = `M${first[0].toFixed(1)} ${first[1].toFixed(1)}`;
  for (let i = 1; i < points.length - 2; i += 1) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${c1[0].toFixed(1)} ${c1[1].toFixed(1)} ${c2[0].toFixed(1)} ${c2[1].toFixed(1)} ${p2[0].toFixed(1)} ${p2[1].toFixed(1)}`;
  }
  return d;
}

/** Points along the canal (straight between its points: close enough to keep houses off it). */
export function canalSamples(points: readonly Point[] = CANAL, step = 10): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const a = points[i];
    const b = points[i + 1];
    if (a === undefined || b === undefined) continue;
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
    for (let k = 0; k < n; k += 1)
      out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

/** A small seeded generator (mulberry32): the same town drawing on every visit. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number for a text (a neighbourhood id), to seed its houses and residents. */
export function hashText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/**
 * Up to `count` points inside `shape`, at least `gap` apart, `margin` off its edges, and not
 * where `blocked` says no; found by seeded trial, so the same every time.
 */
export function scatter(
  shape: readonly Point[],
  count: number,
  options: {
    readonly seed: number;
    readonly gap: number;
    readonly margin: number;
    readonly blocked?: (p: Point) => boolean;
    readonly taken?: readonly Point[];
  },
): Point[] {
  const random = seeded(options.seed);
  const xs = shape.map((p) => p[0]);
  const ys = shape.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const placed: Point[] = [];
  const others = options.taken ?? [];
  for (let tries = 0; tries < count * 60 && placed.length < count; tries += 1) {
    const p: Point = [minX + random() * (maxX - minX), minY + random() * (maxY - minY)];
    if (!inside(p, shape) || edgeDistance(p, shape) < options.margin) continue;
    if (options.blocked?.(p) === true) continue;
    const near = (q: Point): boolean => Math.hypot(q[0] - p[0], q[1] - p[1]) < options.gap;
    if (placed.some(near) || others.some(near)) continue;
    placed.push(p);
  }
  return placed;
}
