import { getByRole, queryByRole, within } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { renderDebriefScreen } from './debrief-screen';

async function debriefOf(moves: string[], extra: { boosterUrl?: string } = {}) {
  const deps = { ...(await viewDeps()), ...extra };
  deps.store.getState().startScenario('proef', 5);
  for (const move of moves) deps.store.getState().choose(move);
  deps.store.getState().showDebrief();
  const screen = renderDebriefScreen(deps);
  document.body.append(screen);
  return screen;
}

describe('debrief screen', () => {
  it('charts reach and credibility over the moves, with the same numbers in words and in a table', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const section = getByRole(screen, 'region', { name: 'Zo groeide het gerucht' });
    const chart = getByRole(section, 'img');
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Aan het eind had \d+% van de inwoners het gerucht gehoord en geloofde \d+% het\. Het geloof was het grootst na zet \d: \d+%\. Jouw geloofwaardigheid eindigde op 45 van 100\.$/,
    );
    const rows = within(getByRole(section, 'table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toMatch(/^1\. nl:Lieg\d+%\d+%45$/);
  });

  it('says per move what it did in the simulated town, naming the feed', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const moves = within(getByRole(screen, 'region', { name: 'Jouw zetten' })).getAllByRole(
      'listitem',
    );
    expect(moves[0]?.querySelector('.move-outcome')?.textContent).toMatch(
      /^Op Kwetter: [\d.]+ inwoners hoorden ervan, [\d.]+ gingen het geloven en [\d.]+ gingen eraan twijfelen\. Op Kwetter lezen vooral mensen mee die elkaar niet kennen\./,
    );
    expect(moves[1]?.querySelector('.move-outcome')?.textContent).toMatch(
      /^Geen nieuw bericht\. Intussen hoorden [\d.]+ inwoners ervan/,
    );
  });

  it('shows the town at the end, with every neighbourhood named and its share', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const section = getByRole(screen, 'region', { name: 'Testdorp aan het eind' });
    const map = getByRole(section, 'img');
    expect(map.getAttribute('aria-label')).toMatch(
      /^Het gerucht bereikte \d+% van Testdorp\. .*(West|Midden|Oost)/,
    );
    expect(map.textContent).toMatch(/West\d+%Midden\d+%Oost\d+%/);
  });

  it("ends with what the municipality can do next, from the leaflet's last domain", async () => {
    const screen = await debriefOf(['honest', 'boast']);
    const next = getByRole(screen, 'region', { name: 'Wat kan je gemeente nu doen?' });
    expect(next.textContent).toContain('leerkring');
    expect(queryByRole(next, 'img')).toBeNull();
    expect(getByRole(screen, 'button', { name: 'Afdrukken of opslaan als pdf' })).toBeTruthy();
  });

  it('links the booster page with a QR code made on the device, only when configured', async () => {
    const url = 'https://intranet.example/weerbaar';
    const screen = await debriefOf(['honest', 'boast'], { boosterUrl: url });
    const next = getByRole(screen, 'region', { name: 'Wat kan je gemeente nu doen?' });
    expect(getByRole(next, 'link', { name: url }).getAttribute('href')).toBe(url);
    const qr = getByRole(next, 'img', { name: `QR-code naar ${url}` });
    const path = qr.querySelector('path')?.getAttribute('d') ?? '';
    expect(path.match(/h1v1h-1z/g)?.length).toBeGreaterThan(100);
  });
});
