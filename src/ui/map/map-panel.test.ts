import { getByRole, getByText, within } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';

import type { AreaCounts, Frame } from '../../engine/sim/types';
import { createInitialState, type GameState } from '../../engine/state';
import type { World } from '../../engine/world';
import { viewDeps } from '../../../tests/support/view-setup';
import { mapSummary, renderMapText } from './map-panel';

const c = (unaware: number, exposed: number, believing: number, doubting: number): AreaCounts => ({
  unaware,
  exposed,
  believing,
  doubting,
});
const tick = (turn: number, t: number, byArea: AreaCounts[]): Frame => ({ turn, tick: t, byArea });

function gameWith(world: World, frames: readonly Frame[]): GameState {
  return { ...createInitialState(world, 1), frames };
}

async function setUp(lang = 'nl') {
  const deps = await viewDeps({ lang });
  const world = deps.worlds.get('proef');
  if (world === undefined) throw new Error('no test world');
  return { deps, world };
}

// West 1000, Midden 2000, Oost 1000 residents.
const start = tick(0, 0, [c(1000, 0, 0, 0), c(2000, 0, 0, 0), c(1000, 0, 0, 0)]);
// 38% of 4000 reached (1520); Oost believes most (24%); more believers than doubters.
const believed = tick(1, 3, [c(600, 250, 100, 50), c(1280, 400, 200, 120), c(600, 120, 240, 40)]);
// Doubters outnumber believers; West doubts most (30%).
const doubted = tick(2, 6, [c(500, 100, 100, 300), c(1000, 500, 200, 300), c(700, 100, 50, 150)]);

describe('map summary', () => {
  it('says how far the rumour reached and where it is believed most (nl and en)', async () => {
    const nl = await setUp();
    expect(mapSummary(nl.deps, nl.world, gameWith(nl.world, [start, believed]))).toBe(
      'Het gerucht bereikte 38% van Testdorp. Nergens geloven zoveel mensen het als in Oost (24%).',
    );
    const en = await setUp('en');
    expect(mapSummary(en.deps, en.world, gameWith(en.world, [start, believed]))).toBe(
      'The rumour reached 38% of Testdorp. Oost believes it most (24%).',
    );
  });

  it('says where it is doubted most when doubters outnumber believers', async () => {
    const nl = await setUp();
    expect(mapSummary(nl.deps, nl.world, gameWith(nl.world, [start, believed, doubted]))).toBe(
      'Het gerucht bereikte 45% van Testdorp. Meer mensen twijfelen eraan dan dat ze het geloven. Nergens twijfelen zoveel mensen als in West (30%).',
    );
    const en = await setUp('en');
    expect(mapSummary(en.deps, en.world, gameWith(en.world, [start, doubted]))).toBe(
      'The rumour reached 45% of Testdorp. More people doubt it than believe it. West doubts it most (30%).',
    );
  });

  it('says when the rumour has not reached anyone yet', async () => {
    const { deps, world } = await setUp();
    expect(mapSummary(deps, world, gameWith(world, [start]))).toBe(
      'Het gerucht heeft nog geen wijk van Testdorp bereikt.',
    );
    expect(mapSummary(deps, world, gameWith(world, []))).toBe(
      'Het gerucht heeft nog geen wijk van Testdorp bereikt.',
    );
  });

  it('names the area reached most when residents have only seen it', async () => {
    const { deps, world } = await setUp();
    const seen = tick(1, 1, [c(900, 100, 0, 0), c(2000, 0, 0, 0), c(500, 500, 0, 0)]);
    expect(mapSummary(deps, world, gameWith(world, [start, seen]))).toBe(
      'Het gerucht bereikte 15% van Testdorp. Het sterkst in Oost (50%).',
    );
  });
});

describe('map text', () => {
  it('shows the summary, the legend and, per neighbourhood, the shares reached, believing and doubting', async () => {
    const { deps, world } = await setUp();
    document.body.append(renderMapText(deps, world, gameWith(world, [start, believed])));
    expect(getByText(document.body, /^Het gerucht bereikte 38% van Testdorp\./).className).toBe(
      'map-summary',
    );
    expect(
      within(getByRole(document.body, 'region', { name: 'Legenda' })).getAllByRole('listitem'),
      'one line per state of a resident',
    ).toHaveLength(4);
    const details = getByText(document.body, 'Bereik per wijk').closest('details');
    if (details === null) throw new Error('no details');
    expect(
      within(details)
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual([
      'West: 40% bereikt, 10% gelooft het, 5% twijfelt',
      'Midden: 36% bereikt, 10% gelooft het, 6% twijfelt',
      'Oost: 40% bereikt, 24% gelooft het, 4% twijfelt',
    ]);
  });
});
