import { h } from '../shared/dom';
import { s } from '../shared/svg';

const WOOD = '#4a2f1c';
const CLOTH = '#fff8ea';

/** One lattice sail on its stock, pointing up from the hub (0,0); the others are turned copies. */
function sail(angle: number): SVGElement {
  return s(
    'g',
    { transform: `rotate(${String(angle)})` },
    s('line', { x1: 0, y1: 2, x2: 0, y2: -30, stroke: WOOD, 'stroke-width': 2.4 }),
    s('rect', {
      x: 1.2,
      y: -29,
      width: 8,
      height: 22,
      fill: CLOTH,
      stroke: WOOD,
      'stroke-width': 1.4,
    }),
    s('path', {
      d: 'M1.2 -23.5h8M1.2 -18h8M1.2 -12.5h8M5.2 -29v22',
      fill: 'none',
      stroke: WOOD,
      'stroke-width': 0.9,
    }),
  );
}

/**
 * The molen of Geruchtenmolen: a Dutch tower mill whose sails turn (title.css; still under
 * prefers-reduced-motion). Decorative: the name beside it says what it is.
 */
export function windmill(className = 'windmill'): SVGElement {
  return s(
    'svg',
    { viewBox: '0 0 72 84', class: className, 'aria-hidden': 'true', focusable: 'false' },
    // The tapered brick tower, its gallery (stelling), door and window.
    s('path', { d: 'M26 30 L46 30 L53 82 L19 82 Z', fill: '#9c4a3a' }),
    s('path', { d: 'M26 30 L31 30 L26 82 L19 82 Z', fill: '#7f3a2d' }),
    s('rect', { x: 14, y: 55, width: 44, height: 4, rx: 1.5, fill: WOOD }),
    s('path', { d: 'M32 82 v-10 a4 4 0 0 1 8 0 v10 Z', fill: WOOD }),
    s('rect', { x: 33.5, y: 40, width: 5, height: 7, rx: 1, fill: CLOTH }),
    // The cap, turned into the wind.
    s('path', { d: 'M23 31 Q36 14 49 31 Z', fill: '#3d4b59' }),
    s(
      'g',
      { transform: 'translate(36 26)' },
      s('g', { class: 'windmill-sails' }, sail(0), sail(90), sail(180), sail(270)),
      s('circle', { r: 3.2, fill: WOOD }),
    ),
  );
}

/** The game's one title: the windmill beside the name, as the screen's level-1 heading. */
export function renderWordmark(name: string): HTMLElement {
  return h(
    'h1',
    { class: 'wordmark', 'data-screen-heading': true },
    windmill(),
    h('span', { class: 'wordmark-name' }, name),
  );
}
