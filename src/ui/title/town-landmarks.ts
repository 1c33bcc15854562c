import { s } from '../shared/svg';
import type { Point } from './town-geometry';
import { windmill } from './wordmark';

/**
 * The landmarks the stories name, drawn flat and top-down with a light tilt (walls show below
 * roofs), in the warm palette of design.md: brick and slate roofs, green fields, sand streets.
 * Kept apart from the rumour colours (Okabe–Ito), so no roof reads as a believing street.
 */
export const TOWN = {
  grass: '#bcd99a',
  grassDark: '#a9cc85',
  street: '#ecdcb4',
  wall: '#f4e8d2',
  brick: '#9c4a3a',
  brickLight: '#b35d45',
  slate: '#5d6b78',
  tree: '#6f9f5a',
  water: '#6cbde8',
  waterEdge: '#3f8fc0',
  ink: '#14212e',
  field: '#86c06e',
} as const;

export type LandmarkKind = 'hall' | 'church' | 'sports' | 'estate' | 'harbour' | 'mill';

/** Half-width and half-height of each landmark's footprint, to keep houses off it. */
export const FOOTPRINT: Readonly<Record<LandmarkKind, Point>> = {
  hall: [95, 55],
  church: [60, 55],
  sports: [80, 52],
  estate: [80, 55],
  harbour: [70, 42],
  mill: [34, 44],
};

/** A house seen from above with a light tilt: the roof with its ridge, the front wall below it. */
export function house(x: number, y: number, roof: string, width = 26): SVGElement {
  return s(
    'g',
    {},
    s('rect', { x: x - width / 2, y: y + 5, width, height: 8, fill: TOWN.wall }),
    s('rect', { x: x - width / 2, y: y - 9, width, height: 14, fill: roof, rx: 1.5 }),
    s('line', {
      x1: x - width / 2 + 3,
      y1: y - 2,
      x2: x + width / 2 - 3,
      y2: y - 2,
      stroke: '#00000033',
      'stroke-width': 1.5,
    }),
  );
}

export function tree(x: number, y: number, r = 9): SVGElement {
  return s(
    'g',
    {},
    s('circle', { cx: x + 2, cy: y + 3, r, fill: '#00000022' }),
    s('circle', { cx: x, cy: y, r, fill: TOWN.tree }),
  );
}

/** The town hall with its clock tower, and the market square beside it with three stalls. */
function hall(x: number, y: number): SVGElement {
  const stall = (sx: number, sy: number, stripe: string): SVGElement =>
    s(
      'g',
      {},
      ...[0, 1, 2, 3].map((i) =>
        s('rect', {
          x: sx + i * 6,
          y: sy,
          width: 6,
          height: 12,
          fill: i % 2 === 0 ? stripe : '#ffffff',
        }),
      ),
    );
  return s(
    'g',
    { class: 'landmark landmark-hall' },
    // The market square: paving with a few stalls.
    s('rect', { x: x - 90, y: y - 22, width: 92, height: 74, fill: '#e2cfa3', rx: 6 }),
    s('path', {
      d: `M${String(x - 90)} ${String(y - 4)}h92M${String(x - 90)} ${String(y + 14)}h92M${String(x - 90)} ${String(y + 32)}h92M${String(x - 60)} ${String(y - 22)}v74M${String(x - 30)} ${String(y - 22)}v74`,
      stroke: '#d3bd8c',
      'stroke-width': 1.5,
    }),
    stall(x - 82, y - 14, '#c0392b'),
    stall(x - 48, y + 4, '#1f5fa8'),
    stall(x - 78, y + 30, '#2e8b57'),
    // The town hall: a wide front, slate roof, a tower with a clock and a flag.
    s('rect', { x: x + 6, y: y + 6, width: 84, height: 28, fill: TOWN.wall }),
    s('rect', { x: x + 6, y: y - 22, width: 84, height: 28, fill: TOWN.slate, rx: 2 }),
    ...[0, 1, 2, 3, 4].map((i) =>
      s('rect', { x: x + 13 + i * 15, y: y + 12, width: 7, height: 12, fill: '#7a8b99' }),
    ),
    s('rect', { x: x + 38, y: y - 44, width: 20, height: 50, fill: TOWN.brickLight }),
    s('path', { d: `M${String(x + 36)} ${String(y - 44)}l12 -16l12 16Z`, fill: TOWN.slate }),
    s('circle', { cx: x + 48, cy: y - 30, r: 6, fill: '#ffffff', stroke: TOWN.ink }),
    s('path', {
      d: `M${String(x + 48)} ${String(y - 60)}v-14`,
      stroke: TOWN.ink,
      'stroke-width': 2,
    }),
    s('path', { d: `M${String(x + 48)} ${String(y - 74)}h14v8h-14Z`, fill: '#1f5fa8' }),
  );
}

/** The church: a long nave under slate and a tall brick tower with its spire. */
function church(x: number, y: number): SVGElement {
  return s(
    'g',
    { class: 'landmark landmark-church' },
    s('rect', { x: x - 50, y: y + 4, width: 80, height: 18, fill: TOWN.wall }),
    s('rect', { x: x - 50, y: y - 24, width: 80, height: 28, fill: TOWN.slate, rx: 2 }),
    s('line', { x1: x - 46, y1: y - 10, x2: x + 26, y2: y - 10, stroke: '#00000033' }),
    ...[0, 1, 2, 3].map((i) =>
      s('path', {
        d: `M${String(x - 42 + i * 18)} ${String(y + 20)}v-8a4 4 0 0 1 8 0v8Z`,
        fill: '#7cc6ee',
      }),
    ),
    s('rect', { x: x + 28, y: y - 30, width: 26, height: 52, fill: TOWN.brick }),
    s('path', { d: `M${String(x + 26)} ${String(y - 30)}l15 -52l15 52Z`, fill: TOWN.slate }),
    s('path', {
      d: `M${String(x + 41)} ${String(y - 82)}v-12M${String(x + 36)} ${String(y - 88)}h10`,
      stroke: TOWN.ink,
      'stroke-width': 2,
    }),
    s('path', {
      d: `M${String(x + 36)} ${String(y + 22)}v-12a5 5 0 0 1 10 0v12Z`,
      fill: '#4a2f1c',
    }),
  );
}

/** The sports park: a football pitch inside a running track. */
function sports(x: number, y: number): SVGElement {
  return s(
    'g',
    { class: 'landmark landmark-sports' },
    s('rect', { x: x - 78, y: y - 50, width: 156, height: 100, rx: 50, fill: '#c98a6e' }),
    s('rect', { x: x - 60, y: y - 36, width: 120, height: 72, rx: 4, fill: TOWN.field }),
    s('path', {
      d: `M${String(x)} ${String(y - 36)}v72M${String(x - 60)} ${String(y - 14)}h14v28h-14M${String(x + 60)} ${String(y - 14)}h-14v28h14`,
      fill: 'none',
      stroke: '#ffffff',
      'stroke-width': 2.5,
    }),
    s('circle', { cx: x, cy: y, r: 12, fill: 'none', stroke: '#ffffff', 'stroke-width': 2.5 }),
  );
}

/** The new-build estate: rows of identical houses with grey roofs and small gardens. */
function estate(x: number, y: number): SVGElement {
  const houses: SVGElement[] = [];
  for (let row = 0; row < 3; row += 1)
    for (let col = 0; col < 5; col += 1) {
      const hx = x - 64 + col * 32;
      const hy = y - 36 + row * 38;
      houses.push(
        s('rect', { x: hx - 14, y: hy + 10, width: 28, height: 10, fill: '#cfe5b4' }),
        house(hx, hy, col % 2 === 0 ? TOWN.slate : '#6e7c89', 26),
      );
    }
  return s(
    'g',
    { class: 'landmark landmark-estate' },
    s('rect', { x: x - 82, y: y - 52, width: 164, height: 112, fill: '#d7e9c2', rx: 6 }),
    ...houses,
  );
}

/** The old harbour: a basin with two boats. */
function harbour(x: number, y: number): SVGElement {
  const boat = (bx: number, by: number, sail: string): SVGElement =>
    s(
      'g',
      {},
      s('path', { d: `M${String(bx - 14)} ${String(by)}h28l-6 8h-16Z`, fill: '#8b5a3c' }),
      s('path', { d: `M${String(bx)} ${String(by - 2)}v-22l14 20Z`, fill: sail }),
    );
  return s(
    'g',
    { class: 'landmark landmark-harbour' },
    s('rect', {
      x: x - 66,
      y: y - 30,
      width: 132,
      height: 66,
      rx: 8,
      fill: TOWN.water,
      stroke: TOWN.waterEdge,
      'stroke-width': 3,
    }),
    boat(x - 28, y + 4, '#ffffff'),
    boat(x + 26, y + 18, '#f4d35e'),
  );
}

/** A windmill like the one in the wordmark, sails turning with it. */
function mill(x: number, y: number): SVGElement {
  const svg = windmill('windmill landmark-mill');
  svg.setAttribute('x', String(x - 34));
  svg.setAttribute('y', String(y - 50));
  svg.setAttribute('width', '68');
  svg.setAttribute('height', '80');
  return svg;
}

export const LANDMARKS: Readonly<Record<LandmarkKind, (x: number, y: number) => SVGElement>> = {
  hall,
  church,
  sports,
  estate,
  harbour,
  mill,
};
