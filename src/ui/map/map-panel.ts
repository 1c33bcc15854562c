import type { GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { h } from '../shared/dom';
import { townCounts } from '../../engine/sim/counts';
import { latestByArea } from '../../engine/simulation';
import { percent, renderMapLegend, totalOf } from './map-legend';
import { uiText, type ViewDeps } from '../shared/view-deps';

/** Index of the largest value (the first one on a tie). */
function largest(values: readonly number[]): number {
  return values.reduce((best, v, i) => (v > (values[best] ?? -Infinity) ? i : best), 0);
}

/**
 * One line that says in words what the map shows, for everyone and for screen readers: how much
 * of the town the rumour reached (residents who are no longer unaware) and where it is believed
 * most, or, when doubters outnumber believers, where it is doubted most. Before the rumour has
 * reached anyone it says so.
 */
export function mapSummary(deps: ViewDeps, world: World, game: GameState): string {
  const areas = world.town.neighbourhoods;
  const town = world.town.name;
  const byArea = latestByArea(world, game);
  const all = townCounts(byArea);
  const total = totalOf(all);
  const reached = total - all.unaware;
  const reach = percent(reached, total);
  if (reach === 0 && reached === 0) return uiText(deps, 'play.mapSummaryNone', { town });
  const shares = byArea.map((c) => ({
    total: totalOf(c),
    believing: c.believing,
    doubting: c.doubting,
    reached: totalOf(c) - c.unaware,
  }));
  if (all.doubting > all.believing) {
    const k = largest(shares.map((c) => (c.total > 0 ? c.doubting / c.total : 0)));
    return uiText(deps, 'play.mapSummaryDoubt', {
      reach,
      town,
      area: areas[k]?.name ?? '',
      areaDoubting: percent(shares[k]?.doubting ?? 0, shares[k]?.total ?? 0),
    });
  }
  if (all.believing > 0) {
    const k = largest(shares.map((c) => (c.total > 0 ? c.believing / c.total : 0)));
    return uiText(deps, 'play.mapSummaryBelief', {
      reach,
      town,
      area: areas[k]?.name ?? '',
      areaBelieving: percent(shares[k]?.believing ?? 0, shares[k]?.total ?? 0),
    });
  }
  // Seen, but nobody believes or doubts it yet: say where it reached most.
  const k = largest(shares.map((c) => (c.total > 0 ? c.reached / c.total : 0)));
  return uiText(deps, 'play.mapSummary', {
    reach,
    town,
    area: areas[k]?.name ?? '',
    areaReach: percent(shares[k]?.reached ?? 0, shares[k]?.total ?? 0),
  });
}

/** Every neighbourhood's figures in words (reached, believing, doubting), in the town's order. */
export function areaStateLines(deps: ViewDeps, world: World, game: GameState): string[] {
  const byArea = latestByArea(world, game);
  return world.town.neighbourhoods.map((area, i) => {
    const counts = byArea[i] ?? { unaware: 0, exposed: 0, believing: 0, doubting: 0 };
    const total = totalOf(counts);
    return uiText(deps, 'play.areaStates', {
      area: area.name,
      reach: percent(total - counts.unaware, total),
      believing: percent(counts.believing, total),
      doubting: percent(counts.doubting, total),
    });
  });
}

/** The text half of the map panel: the summary, the legend with the town's counts, and every neighbourhood's figures. */
export function renderMapText(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  return h(
    'div',
    { class: 'map-text' },
    h('p', { class: 'map-summary' }, mapSummary(deps, world, game)),
    renderMapLegend(deps, world, game),
    h(
      'details',
      {},
      h('summary', {}, uiText(deps, 'play.areas')),
      h(
        'ul',
        { class: 'area-list' },
        ...areaStateLines(deps, world, game).map((line) => h('li', {}, line)),
      ),
    ),
  );
}
