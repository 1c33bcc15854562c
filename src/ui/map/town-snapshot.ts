import { reachShares } from '../../engine/simulation';
import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { mapSummary } from './map-panel';
import { s } from '../shared/svg';
import type { UiKey } from '../../i18n/ui-keys';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Four steps of shading, each with its own pattern of dots, so the map reads without colour too. */
const BANDS = [
  { upTo: 0.005, fill: '#dde6ee', dots: 0 },
  { upTo: 0.25, fill: '#f3d9a4', dots: 1 },
  { upTo: 0.5, fill: '#e69f00', dots: 2 },
  { upTo: 1.01, fill: '#d55e00', dots: 3 },
] as const;

/**
 * The town at the end of the game, drawn as SVG in the page (not a canvas grab), so it prints in
 * black and white and reads with a screen reader: every neighbourhood carries its name and share.
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
    const band = BANDS.find((b) => value < b.upTo) ?? BANDS[3];
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
        },
        area.name,
      ),
      s(
        'text',
        { x: cx, y: cy + 22, 'text-anchor': 'middle', 'font-size': 24, fill: '#14212e' },
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
    s(
      'svg',
      { viewBox: '0 0 1000 600', class: 'town-snapshot', role: 'img', 'aria-label': summary },
      ...areas,
    ),
    h('p', { class: 'legend' }, uiText(deps, 'debrief.snapshotLegend')),
  );
}
