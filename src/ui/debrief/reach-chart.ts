import { believingByTurn } from '../../engine/simulation';
import { DEFAULT_METERS, type GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { s } from '../shared/svg';
import type { UiKey } from '../../i18n/ui-keys';
import { SERIES_STYLE, type Series, type SeriesMark } from '../../theme/state-style';
import { scenarioText, uiText, type ViewDeps } from '../shared/view-deps';

const W = 600;
const H = 220;
const PAD = { left: 44, right: 16, top: 16, bottom: 36 };

interface SeriesStyle {
  readonly key: Series;
  readonly colour: string;
  readonly dash: string | null;
  readonly shape: SeriesMark;
  readonly legend: UiKey;
}

const LEGEND = {
  reach: 'debrief.chart.reachLegend',
  believing: 'debrief.chart.believingLegend',
  credibility: 'debrief.chart.credibilityLegend',
} as const satisfies Record<Series, UiKey>;

/**
 * The three lines, drawn in this order, each with its own colour, dash and marker, so they read
 * apart without colour (src/theme/state-style.ts): belief in the map's believing colour and shape.
 */
const SERIES: readonly SeriesStyle[] = (['reach', 'believing', 'credibility'] as const).map(
  (key) => ({
    key,
    colour: SERIES_STYLE[key].colour,
    dash: SERIES_STYLE[key].dash,
    shape: SERIES_STYLE[key].mark,
    legend: LEGEND[key],
  }),
);

function stroke(series: SeriesStyle): Record<string, string | number> {
  return {
    fill: 'none',
    stroke: series.colour,
    'stroke-width': 3,
    ...(series.dash === null ? {} : { 'stroke-dasharray': series.dash, 'stroke-linecap': 'round' }),
  };
}

function marker(shape: SeriesMark, cx: number, cy: number, fill: string): SVGElement {
  const at = (dx: number, dy: number): string => `${(cx + dx).toFixed(1)},${(cy + dy).toFixed(1)}`;
  switch (shape) {
    case 'circle':
      return s('circle', { cx, cy, r: 5, fill });
    case 'triangle':
      return s('polygon', { points: [at(0, -6), at(6, 4), at(-6, 4)].join(' '), fill });
    case 'diamond':
      return s('polygon', { points: [at(0, -6), at(6, 0), at(0, 6), at(-6, 0)].join(' '), fill });
  }
}

/** A short piece of the line with its marker, as in the chart (hidden: the name beside it says it). */
function swatch(series: SeriesStyle): SVGElement {
  return s(
    'svg',
    { class: 'legend-swatch', viewBox: '0 0 40 14', width: 40, height: 14, 'aria-hidden': 'true' },
    s('path', { d: 'M2,7 L38,7', ...stroke(series) }),
    marker(series.shape, 20, 7, series.colour),
  );
}

interface ChartPoint {
  readonly turn: number;
  readonly reach: number;
  readonly credibility: number;
  readonly believing: number;
}

type Translate = (key: UiKey, values?: Record<string, unknown>) => string;

/** The figures after every move, with the start (turn 0) in front. */
function chartPoints(world: World, game: GameState): ChartPoint[] {
  const start = world.scenario.meters?.credibility ?? DEFAULT_METERS.credibility;
  const believing = believingByTurn(game);
  return [
    { turn: 0, reach: 0, credibility: start, believing: 0 },
    ...game.history.map((m) => ({
      turn: m.turn,
      reach: m.meters.reach,
      credibility: m.meters.credibility,
      believing: believing[m.turn] ?? 0,
    })),
  ];
}

/** The sentence above the chart: where it ended and when belief peaked. */
function chartSummary(t: Translate, points: readonly ChartPoint[], game: GameState): string {
  // Reach only grows; belief can fall again (corrections, a caught fake), so its peak is told apart.
  const peak = points.reduce(
    (best, p) => (p.believing > best.believing ? p : best),
    points[0] ?? { turn: 0, reach: 0, credibility: 0, believing: 0 },
  );
  // The chart and its sentence both end at the last move; the defender round is reported apart.
  const last = points.at(-1) ?? peak;
  // When the crisis team answered too, the figures here are labelled as before the defence.
  const summaryKey =
    game.defence.length > 0 ? 'debrief.chart.summaryBeforeDefence' : 'debrief.chart.summary';
  return t(summaryKey, {
    reach: last.reach,
    believing: last.believing,
    peak: peak.believing,
    turn: peak.turn,
    credibility: last.credibility,
  });
}

const AXIS_TEXT = { 'font-size': 12, fill: '#3b4b5c' } as const;

/** The drawn chart: grid, move numbers, the three lines with their markers, the axis name. */
function chartSvg(t: Translate, points: readonly ChartPoint[]): SVGElement {
  const lastIndex = points.length - 1;
  const x = (i: number): number =>
    PAD.left + (lastIndex === 0 ? 0 : (i / lastIndex) * (W - PAD.left - PAD.right));
  const y = (v: number): number => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
  const line = (key: Series): string =>
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`)
      .join(' ');
  const grid = [0, 25, 50, 75, 100].map((v) =>
    s(
      'g',
      {},
      s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), stroke: '#b8c4d0' }),
      s(
        'text',
        { x: PAD.left - 8, y: y(v) + 4, 'text-anchor': 'end', ...AXIS_TEXT },
        `${String(v)}%`,
      ),
    ),
  );
  const ticks = points.map((p, i) =>
    s(
      'text',
      { x: x(i), y: H - PAD.bottom + 18, 'text-anchor': 'middle', ...AXIS_TEXT },
      String(p.turn),
    ),
  );
  const dots = (series: SeriesStyle): SVGElement[] =>
    points.map((p, i) => marker(series.shape, x(i), y(p[series.key]), series.colour));
  return s(
    'svg',
    {
      viewBox: `0 0 ${String(W)} ${String(H)}`,
      class: 'reach-chart',
      role: 'img',
      // Short: the sentence above says the figures, the table below has them all.
      'aria-label': t('debrief.chart.label'),
    },
    ...grid,
    ...ticks,
    ...SERIES.map((series) => s('path', { d: line(series.key), ...stroke(series) })),
    ...SERIES.flatMap(dots),
    s(
      'text',
      { x: (W + PAD.left) / 2, y: H - 4, 'text-anchor': 'middle', ...AXIS_TEXT },
      t('debrief.chart.axis'),
    ),
  );
}

/** Each line's look drawn beside its name in words: nothing is read out as a symbol. */
function chartLegend(t: Translate): HTMLElement {
  return h(
    'ul',
    { class: 'chart-legend' },
    ...SERIES.map((series) =>
      h('li', { class: `legend-${series.key}` }, swatch(series), h('span', {}, t(series.legend))),
    ),
  );
}

/** The same figures as a table, for screen readers and print. */
function chartTable(deps: ViewDeps, world: World, game: GameState, t: Translate): HTMLElement {
  const believing = believingByTurn(game);
  const head = [
    'debrief.chart.move',
    'meters.reach',
    'debrief.chart.believing',
    'meters.credibility',
  ] as const;
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, t('debrief.chart.table')),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ...head.map((key) => h('th', { scope: 'col' }, t(key))))),
      h(
        'tbody',
        {},
        ...game.history.map((m) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${String(m.turn)}. ${scenarioText(deps, world, m.label)}`),
            h('td', {}, `${String(m.meters.reach)}%`),
            h('td', {}, `${String(believing[m.turn] ?? 0)}%`),
            h('td', {}, String(m.meters.credibility)),
          ),
        ),
      ),
    ),
  );
}

/**
 * Reach, belief and credibility after every move, as a line chart with a text alternative: a
 * sentence above it says the end and the peak, the legend names every line in words, and the same
 * numbers are in a table for screen readers and print.
 */
export function renderReachChart(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  const t: Translate = (key, values = {}) => uiText(deps, key, values);
  const points = chartPoints(world, game);
  return h(
    'section',
    { class: 'reach-section', 'aria-labelledby': 'chart-heading' },
    h('h2', { id: 'chart-heading' }, t('debrief.chart.heading')),
    h('p', {}, chartSummary(t, points, game)),
    h('figure', {}, chartSvg(t, points), h('figcaption', { class: 'legend' }, chartLegend(t))),
    chartTable(deps, world, game, t),
  );
}
