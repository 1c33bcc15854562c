import type { GameState } from '../engine/state';
import type { World } from '../engine/world';
import { h } from './dom';
import { uiText, type ViewDeps } from './view-deps';

/** One line that says in words what the map shows, for everyone and for screen readers. */
export function mapSummary(deps: ViewDeps, world: World, game: GameState): string {
  const areas = world.town.neighbourhoods;
  const strongest = areas.reduce((best, _a, i) => ((game.reachByArea[i] ?? 0) > (game.reachByArea[best] ?? 0) ? i : best), 0);
  const top = game.reachByArea[strongest] ?? 0;
  if (game.meters.reach === 0 && top < 0.005) return uiText(deps, 'play.mapSummaryNone', { town: world.town.name });
  return uiText(deps, 'play.mapSummary', {
    reach: game.meters.reach,
    town: world.town.name,
    area: areas[strongest]?.name ?? '',
    areaReach: Math.round(top * 100),
  });
}

/** The text half of the map panel: the summary and the reach of every neighbourhood. */
export function renderMapText(deps: ViewDeps, world: World, game: GameState): HTMLElement {
  return h(
    'div',
    { class: 'map-text' },
    h('p', { class: 'map-summary' }, mapSummary(deps, world, game)),
    h('details', {},
      h('summary', {}, uiText(deps, 'play.areas')),
      h('ul', { class: 'area-list' }, ...world.town.neighbourhoods.map((area, i) =>
        h('li', {}, uiText(deps, 'play.areaReach', { area: area.name, reach: Math.round((game.reachByArea[i] ?? 0) * 100) }))))),
  );
}
