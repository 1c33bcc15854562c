import { s } from '../shared/svg';

/**
 * One small scene per story, drawn in code (no downloaded images): it tells the stories apart at a
 * glance. Backgrounds reach past the 160 × 96 scene, so a wide card shows all of it, centred.
 * Stories without their own scene (a municipality's own, a new one) get a town with
 * rumours passing between houses. Decorative: the card's title says the same in words.
 */
const INK = '#14212e';
const SLATE = '#3d4b59';
const WOOD = '#6b4329';
const W = 160;
const H = 96;

type Scene = () => SVGElement[];

const rect = (x: number, y: number, width: number, height: number, fill: string, extra = {}) =>
  s('rect', { x, y, width, height, fill, ...extra });
const path = (d: string, fill: string, extra = {}) => s('path', { d, fill, ...extra });
const circle = (cx: number, cy: number, r: number, fill: string, extra = {}) =>
  s('circle', { cx, cy, r, fill, ...extra });

/** The pool of De Lindeplas, closed: lanes, a ladder, a diving board and barrier tape. */
const pool: Scene = () => [
  rect(-W * 2, 0, W * 5, H, '#dff1fb'),
  circle(140, 15, 8, '#ffd23f'),
  rect(-W * 2, 30, W * 5, 66, '#e8e0cc'),
  rect(14, 40, 132, 46, '#7cc6ee', { rx: 4, stroke: SLATE, 'stroke-width': 2.5 }),
  ...[51.5, 63, 74.5].flatMap((y) => [
    s('line', { x1: 16, y1: y, x2: 144, y2: y, stroke: '#ffffff', 'stroke-width': 2.2 }),
    s('line', {
      x1: 16,
      y1: y,
      x2: 144,
      y2: y,
      stroke: '#c0392b',
      'stroke-width': 2.2,
      'stroke-dasharray': '4 4',
    }),
  ]),
  path('M30 46 q4 -3 8 0 t8 0 M96 80 q4 -3 8 0 t8 0', 'none', {
    stroke: '#ffffff',
    'stroke-width': 1.6,
  }),
  rect(4, 33, 30, 4, '#ffffff', { stroke: SLATE, 'stroke-width': 1.5, rx: 1.5 }),
  rect(6, 37, 4, 10, SLATE),
  path('M126 30 v22 M134 30 v22 M126 37 h8 M126 44 h8', 'none', {
    stroke: '#9aa7b3',
    'stroke-width': 2.2,
  }),
  s(
    'g',
    { transform: 'rotate(-14 80 56)' },
    rect(-20, 50, 200, 10, '#ffd23f'),
    s('line', {
      x1: -20,
      y1: 55,
      x2: 180,
      y2: 55,
      stroke: INK,
      'stroke-width': 10,
      'stroke-dasharray': '7 7',
    }),
  ),
];

/** A fake letter "from the council" sliding out of its envelope, with a fish hook: phishing. */
const letter: Scene = () => [
  rect(-W * 2, 0, W * 5, H, '#fbeedd'),
  rect(30, 40, 100, 50, '#e9d2a6', { stroke: WOOD, 'stroke-width': 2 }),
  rect(44, 10, 72, 58, '#ffffff', { stroke: SLATE, 'stroke-width': 2, rx: 2 }),
  path('M52 16 h12 v8 q-6 6 -12 0 Z', '#0b5cab'),
  ...[30, 37, 44, 51].map((y, i) => rect(52, y, i === 3 ? 34 : 56, 3, '#b8c4d0', { rx: 1.5 })),
  circle(102, 22, 7, 'none', { stroke: '#c0392b', 'stroke-width': 2.2 }),
  path('M98 22 h8 M102 18 v8', 'none', { stroke: '#c0392b', 'stroke-width': 2 }),
  path('M30 52 L80 74 L130 52 V90 H30 Z', '#f3dfb8', { stroke: WOOD, 'stroke-width': 2 }),
  path('M30 90 L70 66 M130 90 L90 66', 'none', { stroke: WOOD, 'stroke-width': 1.5 }),
  path('M142 0 V30 a7 7 0 1 1 -12 5', 'none', {
    stroke: SLATE,
    'stroke-width': 2.6,
    'stroke-linecap': 'round',
  }),
  path('M130 35 l-3 -6 l6 1 Z', SLATE),
];

/** A ballot box with a vote going in, the red pencil, and bunting in the flag's colours. */
const ballot: Scene = () => [
  rect(-W * 2, 0, W * 5, H, '#e6eef7'),
  path('M0 6 Q80 22 160 6', 'none', { stroke: SLATE, 'stroke-width': 1.2 }),
  ...Array.from({ length: 8 }, (_, i) => {
    const x = 6 + i * 19;
    const y = 6 + 16 * Math.sin((Math.PI * (x + 5)) / 160) * 0.55;
    const fill = ['#c0392b', '#ffffff', '#1f5fa8'][i % 3] ?? '#ffffff';
    return path(`M${String(x)} ${y.toFixed(1)} h12 l-6 11 Z`, fill, {
      stroke: SLATE,
      'stroke-width': 0.8,
    });
  }),
  path('M42 46 L118 46 L110 36 L50 36 Z', '#d5dee8', { stroke: SLATE, 'stroke-width': 2 }),
  rect(42, 46, 76, 44, '#ffffff', { stroke: SLATE, 'stroke-width': 2.2 }),
  rect(68, 39, 24, 3.5, INK, { rx: 1 }),
  rect(71, 16, 18, 26, '#ffffff', { stroke: SLATE, 'stroke-width': 1.6 }),
  rect(74, 20, 5, 5, 'none', { stroke: SLATE, 'stroke-width': 1 }),
  rect(74, 29, 5, 5, '#c0392b'),
  rect(81, 21, 5, 2, '#b8c4d0'),
  rect(81, 30, 5, 2, '#b8c4d0'),
  path('M60 62 h40 M60 70 h28', 'none', { stroke: '#b8c4d0', 'stroke-width': 3 }),
  s(
    'g',
    { transform: 'rotate(35 136 58)' },
    rect(132, 30, 8, 40, '#c0392b', { rx: 1 }),
    path('M132 70 h8 l-4 10 Z', '#f3d3a0'),
    path('M134.7 76.5 h2.6 l-1.3 3.5 Z', INK),
  ),
];

/** The market square: two stalls with striped awnings, fruit, cobbles and a no-cars sign. */
const market: Scene = () => {
  const stall = (x: number, stripe: string): SVGElement[] => [
    path(`M${String(x + 4)} 40 v32 M${String(x + 60)} 40 v32`, 'none', {
      stroke: WOOD,
      'stroke-width': 3,
    }),
    rect(x, 58, 64, 14, '#8b5a3c'),
    ...Array.from({ length: 6 }, (_, i) =>
      circle(x + 8 + i * 9.5, 55, 4.2, ['#f39c12', '#6ab04c', '#c0392b'][i % 3] ?? '#f39c12'),
    ),
    ...Array.from({ length: 5 }, (_, i) =>
      rect(x + i * 12.8, 26, 12.8, 14, i % 2 === 0 ? stripe : '#ffffff'),
    ),
    ...Array.from({ length: 5 }, (_, i) =>
      path(`M${String(x + i * 12.8)} 40 a6.4 6.4 0 0 0 12.8 0 Z`, i % 2 === 0 ? stripe : '#ffffff'),
    ),
    rect(x, 26, 64, 14, 'none', { stroke: SLATE, 'stroke-width': 1.2 }),
  ];
  return [
    rect(-W * 2, 0, W * 5, H, '#e3f1fa'),
    rect(-W * 2, 66, W * 5, 30, '#d9cbb0'),
    ...Array.from({ length: 16 }, (_, i) =>
      rect((i % 8) * 20 + (i >= 8 ? 10 : 2), i >= 8 ? 84 : 74, 14, 6, '#c4b493', { rx: 2 }),
    ),
    ...stall(8, '#c0392b'),
    ...stall(88, '#1f5fa8'),
    path('M80 30 v40', 'none', { stroke: SLATE, 'stroke-width': 2.5 }),
    circle(80, 22, 9, '#ffffff', { stroke: '#c0392b', 'stroke-width': 3 }),
    path('M75 24 h10 l-1.5 -4 h-7 Z', INK),
  ];
};

/** Three wind turbines in a polder with ditches, and a look-alike local paper ('NU'): the fake news site. */
const windFarm: Scene = () => {
  const turbine = (x: number, top: number, turn: number): SVGElement[] => [
    path(
      `M${String(x - 1.6)} 82 L${String(x - 0.8)} ${String(top)} h1.6 L${String(x + 1.6)} 82 Z`,
      '#ffffff',
      {
        stroke: SLATE,
        'stroke-width': 1,
      },
    ),
    ...[0, 120, 240].map((angle) =>
      path(`M${String(x)} ${String(top)} l-1.6 -2 l1 -20 l1.4 0 l0.8 20 Z`, '#ffffff', {
        stroke: SLATE,
        'stroke-width': 0.9,
        transform: `rotate(${String(angle + turn)} ${String(x)} ${String(top)})`,
      }),
    ),
    circle(x, top, 2.2, SLATE),
  ];
  return [
    rect(-W * 2, 0, W * 5, H, '#e3f1fa'),
    rect(-W * 2, 70, W * 5, 26, '#b9d98b'),
    path('M-320 80 H480 M-320 90 H480', 'none', { stroke: '#7cc6ee', 'stroke-width': 1.6 }),
    ...turbine(30, 34, 10),
    ...turbine(72, 26, 50),
    ...turbine(112, 38, 85),
    s(
      'g',
      { transform: 'rotate(-8 138 70)' },
      rect(120, 52, 36, 34, '#ffffff', { stroke: SLATE, 'stroke-width': 1.6, rx: 1.5 }),
      rect(124, 56, 20, 5, INK, { rx: 1 }),
      rect(145, 55, 8, 7, '#c0392b', { rx: 1.5 }),
      ...[66, 71, 76, 81].map((y, i) => rect(124, y, i === 3 ? 16 : 28, 2.5, '#b8c4d0', { rx: 1 })),
    ),
  ];
};

/** Any other story: houses with rumours passing between them in speech bubbles. */
const town: Scene = () => {
  const house = (x: number, roof: string): SVGElement[] => [
    rect(x, 56, 30, 34, '#f3e6cf', { stroke: SLATE, 'stroke-width': 1.5 }),
    path(`M${String(x - 4)} 58 L${String(x + 15)} 40 L${String(x + 34)} 58 Z`, roof),
    rect(x + 6, 64, 7, 8, '#7cc6ee'),
    rect(x + 18, 72, 7, 18, WOOD),
  ];
  const bubble = (x: number, y: number): SVGElement[] => [
    path(
      `M${String(x)} ${String(y)} h30 a5 5 0 0 1 5 5 v10 a5 5 0 0 1 -5 5 h-18 l-7 6 v-6 h-5 a5 5 0 0 1 -5 -5 v-10 a5 5 0 0 1 5 -5 Z`,
      '#ffffff',
      { stroke: SLATE, 'stroke-width': 1.5 },
    ),
    ...[0, 1, 2].map((i) => circle(x + 8 + i * 8, y + 10, 2.4, '#e69f00')),
  ];
  return [
    rect(-W * 2, 0, W * 5, H, '#eaf2e1'),
    rect(-W * 2, 88, W * 5, 8, '#b9d98b'),
    ...house(14, '#9c4a3a'),
    ...house(65, SLATE),
    ...house(116, '#9c4a3a'),
    ...bubble(22, 8),
    ...bubble(98, 14),
  ];
};

const SCENES: Readonly<Record<string, Scene>> = {
  zwembad: pool,
  nepbrief: letter,
  verkiezingen: ballot,
  marktplein: market,
  windpark: windFarm,
};

/** The scene for a story id; `generic` for any story without its own. */
export function storyArt(storyId: string): SVGElement {
  const own = SCENES[storyId];
  return s(
    'svg',
    {
      viewBox: `0 0 ${String(W)} ${String(H)}`,
      class: 'story-art',
      'data-art': own ? storyId : 'generic',
      'aria-hidden': 'true',
      focusable: 'false',
      preserveAspectRatio: 'xMidYMid meet',
    },
    ...(own ?? town)(),
  );
}
