import { getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { STATE_STYLE } from '../../theme/state-style';
import { stateIcon } from '../map/map-legend';
import { renderReachChart } from './reach-chart';

async function chartOf(moves: string[]) {
  const deps = await viewDeps();
  deps.store.getState().startScenario('proef', 5);
  for (const move of moves) deps.store.getState().choose(move);
  const { world, game } = deps.store.getState();
  const section = renderReachChart(deps, world!, game!);
  document.body.append(section);
  return section;
}

describe('reach chart colours', () => {
  it('draws belief as the map does (its colour, triangles) and reach in a colour no state has', async () => {
    const section = await chartOf(['lie', 'wait']);
    const chart = getByRole(section, 'img');
    const lines = [...chart.querySelectorAll('path[fill="none"]')].map((p) =>
      p.getAttribute('stroke'),
    );
    const believingOnMap = stateIcon('believing').querySelector('polygon')?.getAttribute('fill');
    expect(believingOnMap).toBe(STATE_STYLE.believing.colour);
    expect(lines).toHaveLength(3);
    const [reach, believing, credibility] = lines;
    expect(believing).toBe(believingOnMap);
    const stateColours = Object.values(STATE_STYLE).map((s) => s.colour);
    expect(stateColours).not.toContain(reach);
    expect(stateColours).not.toContain(credibility);
    // Three moves' worth of points (start + two) per series; belief's marks are triangles.
    const triangles = [...chart.querySelectorAll('polygon')].filter(
      (p) =>
        p.getAttribute('fill') === believing && p.getAttribute('points')?.split(' ').length === 3,
    );
    expect(triangles).toHaveLength(3);
  });

  it('names each line in the legend beside a sample of its line', async () => {
    const section = await chartOf(['lie']);
    const items = [...section.querySelectorAll('.chart-legend li')];
    expect(items.map((i) => i.textContent)).toEqual([
      'Bereik (% van de inwoners)',
      'Gelooft het (% van de inwoners)',
      'Jouw geloofwaardigheid (van 100)',
    ]);
    for (const item of items) {
      const sample = item.querySelector('svg');
      expect(sample?.getAttribute('aria-hidden')).toBe('true');
      expect(sample?.querySelector('path')?.getAttribute('stroke')).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});
