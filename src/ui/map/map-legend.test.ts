import { getByRole, within } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';

import type { AreaCounts, Frame } from '../../engine/sim/types';
import { createInitialState, type GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { viewDeps } from '../../../tests/support/view-setup';
import { renderMapLegend } from './map-legend';

const c = (unaware: number, exposed: number, believing: number, doubting: number): AreaCounts => ({
  unaware,
  exposed,
  believing,
  doubting,
});

/** A game of the test town (West 1000, Midden 2000, Oost 1000 residents) with hand-made frames. */
function gameWith(world: World, frames: readonly Frame[]): GameState {
  return { ...createInitialState(world, 1), frames };
}

async function setUp(lang = 'nl') {
  const deps = await viewDeps({ lang });
  const world = deps.worlds.get('proef');
  if (world === undefined) throw new Error('no test world');
  return { deps, world };
}

const frames: Frame[] = [
  { turn: 0, tick: 0, byArea: [c(1000, 0, 0, 0), c(2000, 0, 0, 0), c(1000, 0, 0, 0)] },
  { turn: 1, tick: 1, byArea: [c(600, 200, 150, 50), c(1500, 300, 100, 100), c(900, 50, 30, 20)] },
];

describe('map legend', () => {
  it('names the four states next to their shapes, with the counts for the whole town (nl)', async () => {
    const { deps, world } = await setUp();
    const legend = renderMapLegend(deps, world, gameWith(world, frames));
    document.body.append(legend);
    const region = getByRole(document.body, 'region', { name: 'Legenda' });
    expect(region.dataset.source).toBe('frames');
    expect(region.textContent).toContain('Heel Testdorp, 4.000 inwoners:');
    const items = within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      ' Weet van niets: 3.000 inwoners (75%)',
      ' Gehoord, nog geen mening: 550 inwoners (14%)',
      ' Gelooft het: 280 inwoners (7%)',
      ' Twijfelt eraan: 170 inwoners (4%)',
    ]);
    // Each state has its own shape, as on the map: ring, dot, triangle, square.
    const shapes = within(region)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('svg')?.firstElementChild?.tagName);
    expect(shapes).toEqual(['circle', 'circle', 'polygon', 'rect']);
    expect(region.querySelector('.state-unaware circle')?.getAttribute('fill')).toBe('none');
    for (const svg of region.querySelectorAll('svg'))
      expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(region.textContent).toContain('hoeveel procent van de inwoners het gerucht gelooft');
  });

  it('reads in English too', async () => {
    const { deps, world } = await setUp('en');
    document.body.append(renderMapLegend(deps, world, gameWith(world, frames)));
    const region = getByRole(document.body, 'region', { name: 'Key' });
    expect(region.textContent).toContain('All of Testdorp, 4,000 residents:');
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent.trim()),
    ).toEqual([
      'Unaware: 3,000 residents (75%)',
      'Heard it, undecided: 550 residents (14%)',
      'Believes it: 280 residents (7%)',
      'Doubts it: 170 residents (4%)',
    ]);
  });

  it('counts everyone as unaware before the first move', async () => {
    const { deps, world } = await setUp();
    const legend = renderMapLegend(deps, world, gameWith(world, []));
    expect(legend.dataset.source).toBe('start');
    expect(legend.textContent).toContain('Weet van niets: 4.000 inwoners (100%)');
    expect(legend.textContent).toContain('Gelooft het: 0 inwoners (0%)');
  });
});
