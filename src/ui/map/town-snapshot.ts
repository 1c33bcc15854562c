import { reachShares } from '../../engine/simulation';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { areaStateLines, mapSummary } from './map-panel';
import { s } from '../shared/svg';
import type { UiKey } from '../../i18n/ui-keys';
import { REACH_BANDS } from '../../theme/state-style';
import { uiText, type ViewDeps } from '../shared/view-deps';

/**
 * A white halo under every label (drawn first: paint-order stroke), wide enough to be the text's
 * background: dark text on it is 15:1 whatever the shading below (on the darkest fill alone it was 4.2:1).
 */
const HALO = {
  stroke: '#ffffff',
  'stroke-width': 8,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
} as const;

/**
 * The town at the end of the game, drawn as SVG in the page (not a canvas grab), so it prints in
 * black and white. Its text equivalent is the summary and the list of every neighbourhood's figures
 * in words below it, so the picture itself is hidden from screen readers (no label said twice).
 */
export function renderTownSnapshot(
  deps: ViewDeps,
  world: World,
  game: GameState,
  headingKey: UiKey = 'debrief.snapshot',
): HTMLElement {
  const shares = reachShares(world, game);
  const areas = world.town.neighbourhoods.map((area, i) => {
    const value = shares[i] ?? 0;
    const band = REACH_BANDS.find((b) => value < b.upTo) ?? REACH_BANDS[3];
    const xs = area.shape.map((p) => p[0]);
    const ys = area.shape.map((p) => p[1]);
    const cx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const cy = ys.reduce((a, b) => a + b, 0) / ys.length;
    const dots = Array.from({ length: band.dots }, (_, d) =>
      s('circle', { cx: cx - 20 + d * 20, cy: cy + 34, r: 6, fill: '#14212e' }),
    );
    return s(
      'g',
      {},
      s('polygon', {
        points: area.shape.map((p) => p.join(',')).join(' '),
        fill: band.fill,
        stroke: '#14212e',
        'stroke-width': 3,
      }),
      s(
        'text',
        {
          x: cx,
          y: cy - 4,
          'text-anchor': 'middle',
          'font-size': 26,
          'font-weight': 700,
          fill: '#14212e',
          ...HALO,
        },
        area.name,
      ),
      s(
        'text',
        {
          x: cx,
          y: cy + 22,
          'text-anchor': 'middle',
          'font-size': 24,
          fill: '#14212e',
          ...HALO,
        },
        `${String(Math.round(value * 100))}%`,
      ),
      ...dots,
    );
  });
  const summary = mapSummary(deps, world, game);
  return h(
    'section',
    { class: 'snapshot-section', 'aria-labelledby': 'snapshot-heading' },
    h('h2', { id: 'snapshot-heading' }, uiText(deps, headingKey, { town: world.town.name })),
    h('p', {}, summary),
    s('svg', { viewBox: '0 0 1000 600', class: 'town-snapshot', 'aria-hidden': 'true' }, ...areas),
    h('p', { class: 'legend' }, uiText(deps, 'debrief.snapshotLegend')),
    h('h3', {}, uiText(deps, 'play.areas')),
    h(
      'ul',
      { class: 'snapshot-areas' },
      ...areaStateLines(deps, world, game).map((line) => h('li', {}, line)),
    ),
  );
}
