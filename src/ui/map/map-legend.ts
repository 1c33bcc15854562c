import { RESIDENT_STATES, type ResidentState } from '../../content/simulation-vocabulary';
import { townCounts } from '../../engine/sim/counts';
import { latestByArea } from '../../engine/simulation';
import type { AreaCounts } from '../../engine/sim/types';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h, uniqueId } from '../shared/dom';
import { s } from '../shared/svg';
import { SHAPE_OUTLINE, STATE_STYLE } from '../../theme/state-style';
import { uiText, type ViewDeps } from '../shared/view-deps';

export const totalOf = (c: AreaCounts): number => c.unaware + c.exposed + c.believing + c.doubting;

/** A whole percentage of `part` in `total` (0 when there is nobody). */
export const percent = (part: number, total: number): number =>
  total > 0 ? Math.round((part / total) * 100) : 0;

/**
 * The shape of a state, as on the map, from src/theme/state-style.ts: unaware a hollow ring,
 * exposed a small dot, believing a triangle, doubting a square, in the same colours. Decorative:
 * the word beside it says the same.
 */
export function stateIcon(state: ResidentState): SVGElement {
  const { colour, shape } = STATE_STYLE[state];
  const filled = { fill: colour, stroke: SHAPE_OUTLINE, 'stroke-width': 1.5 };
  const drawn = {
    ring: () =>
      s('circle', { cx: 12, cy: 12, r: 6.5, fill: 'none', stroke: colour, 'stroke-width': 2.5 }),
    dot: () => s('circle', { cx: 12, cy: 12, r: 5.5, ...filled }),
    triangle: () => s('polygon', { points: '12,3 21.5,19.5 2.5,19.5', ...filled }),
    square: () => s('rect', { x: 4, y: 4, width: 16, height: 16, ...filled }),
  }[shape];
  return s(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: 24,
      height: 24,
      'aria-hidden': 'true',
      focusable: 'false',
      class: `state-icon state-${state}`,
    },
    drawn(),
  );
}

/**
 * The map's legend: the four states with their shapes and words, and how many residents of the
 * whole town are in each now; then how to read the labels on the map. Real text, so it reads
 * on a screen reader, on paper and when the canvas cannot be drawn.
 */
export function renderMapLegend(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  const byArea = latestByArea(world, game);
  const town = townCounts(byArea);
  const total = totalOf(town);
  const number = new Intl.NumberFormat(deps.i18n.language || 'nl');
  const headingId = uniqueId('map-legend');
  return h(
    'section',
    {
      class: 'map-legend',
      'aria-labelledby': headingId,
      'data-source': game.frames.length === 0 ? 'start' : 'frames',
    },
    h('h3', { id: headingId }, uiText(deps, 'map.legend')),
    h(
      'p',
      { class: 'map-legend-town' },
      uiText(deps, 'map.town', {
        town: world.town.name,
        residents: number.format(total),
        count: total,
      }),
    ),
    h(
      'ul',
      { class: 'map-legend-list' },
      ...RESIDENT_STATES.map((state) =>
        h(
          'li',
          { class: `map-legend-${state}` },
          stateIcon(state),
          ' ',
          h('span', { class: 'map-legend-state' }, uiText(deps, `map.${state}`)),
          h(
            'span',
            { class: 'map-legend-count' },
            ': ',
            uiText(deps, 'map.count', {
              residents: number.format(Math.round(town[state])),
              count: Math.round(town[state]),
              percent: percent(town[state], total),
            }),
          ),
        ),
      ),
    ),
    h('p', { class: 'map-legend-labels' }, uiText(deps, 'map.labels')),
  );
}
