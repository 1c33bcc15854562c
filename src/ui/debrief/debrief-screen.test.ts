import { getAllByRole, getByRole, getByText, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { scenarioLocale } from '../../../tests/support/fixtures';
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

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('debrief screen', () => {
  it("shows the story's own real case under its own heading; a story without one has none", async () => {
    const deps = await viewDeps({
      edit: (s) => Object.assign(s, { realCase: 'realCase' }),
      locale: (lang) => ({ ...scenarioLocale(lang), realCase: 'In 2020 brandden zendmasten af.' }),
    });
    deps.store.getState().startScenario('proef', 5);
    for (const move of ['lie', 'wait']) deps.store.getState().choose(move);
    deps.store.getState().showDebrief();
    const screen = renderDebriefScreen(deps);
    document.body.append(screen);
    const section = getByRole(screen, 'region', { name: 'Echt gebeurd bij dit verhaal' });
    expect(section.textContent).toContain('In 2020 brandden zendmasten af.');
    const plain = await debriefOf(['lie', 'wait']);
    expect(queryByRole(plain, 'region', { name: 'Echt gebeurd bij dit verhaal' })).toBeNull();
    screen.remove();
  });

  it('charts reach and credibility over the moves, with the same numbers in words and in a table', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const section = getByRole(screen, 'region', { name: 'Zo groeide het gerucht' });
    expect(section.querySelector('p')?.textContent).toMatch(
      /^Aan het eind had \d+% van de inwoners het gerucht gehoord en geloofde \d+% het\. Het geloof was het grootst na zet \d: \d+%\. Jouw geloofwaardigheid eindigde op 45 van 100\.$/,
    );
    // The picture has a short name of its own, not the sentence printed above it.
    expect(getByRole(section, 'img').getAttribute('aria-label')).toBe(
      'Lijngrafiek van bereik, geloof en jouw geloofwaardigheid na elke zet.',
    );
    // The legend names each line in words; its drawn samples are hidden, no symbol is read out.
    expect(
      within(getByRole(section, 'list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Bereik (% van de inwoners)',
      'Gelooft het (% van de inwoners)',
      'Jouw geloofwaardigheid (van 100)',
    ]);
    for (const sample of section.querySelectorAll('.chart-legend svg'))
      expect(sample.getAttribute('aria-hidden')).toBe('true');
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
      /^Op Kwetter: [\d.]+ inwoners hoorden ervan, [\d.]+ gingen het geloven en [\d.]+ gingen? eraan twijfelen\. Op Kwetter lezen vooral mensen mee die elkaar niet kennen\./,
    );
    expect(moves[1]?.querySelector('.move-outcome')?.textContent).toMatch(
      /^Geen nieuw bericht\. Intussen: [\d.]+ inwoners? hoorden? ervan, [\d.]+ gingen? het geloven/,
    );
  });

  it('shows the town at the end, with every neighbourhood named and its share', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const section = getByRole(screen, 'region', { name: 'Testdorp aan het eind' });
    expect(section.querySelector('svg')?.textContent).toMatch(/West\d+%Midden\d+%Oost\d+%/);
  });

  it("gives the town snapshot a text equivalent: every neighbourhood's figures in words, no label said twice", async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const section = getByRole(screen, 'region', { name: 'Testdorp aan het eind' });
    const summary = section.querySelector('p')?.textContent ?? '';
    expect(summary).toMatch(/^Het gerucht bereikte \d+% van Testdorp\. /);
    // The picture is hidden from screen readers: its words are the summary and the list.
    expect(queryByRole(section, 'img')).toBeNull();
    expect(section.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(section.querySelectorAll(`[aria-label="${summary}"]`)).toHaveLength(0);
    getByRole(section, 'heading', { level: 3, name: 'Bereik per wijk' });
    const areas = within(getByRole(section, 'list')).getAllByRole('listitem');
    expect(areas.map((li) => li.textContent.replace(/\d+/g, 'N'))).toEqual([
      'West: N% bereikt, N% gelooft het, N% twijfelt',
      'Midden: N% bereikt, N% gelooft het, N% twijfelt',
      'Oost: N% bereikt, N% gelooft het, N% twijfelt',
    ]);
  });

  it('draws the snapshot labels on a halo that gives at least 4.5:1, whatever the shading below', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const labels = [...screen.querySelectorAll('.town-snapshot text')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      // The halo (a stroke painted under the letters) is the text's background only when it is
      // drawn first and wide; otherwise the fill below is, and the darkest fill gave 4.2:1.
      expect(label.getAttribute('paint-order')).toBe('stroke');
      expect(Number(label.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(6);
      expect(
        contrast(label.getAttribute('fill') ?? '', label.getAttribute('stroke') ?? ''),
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("ends with what the municipality can do next, from the leaflet's last domain", async () => {
    const screen = await debriefOf(['honest', 'boast']);
    const next = getByRole(screen, 'region', { name: 'Wat kan je gemeente nu doen?' });
    expect(next.textContent).toContain('leerkring');
    expect(queryByRole(next, 'img')).toBeNull();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await userEvent
      .setup()
      .click(getByRole(screen, 'button', { name: 'Afdrukken of opslaan als pdf' }));
    expect(print, 'the button opens the print dialog (the handout)').toHaveBeenCalledTimes(1);
    print.mockRestore();
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

describe('debrief: the results card first, details one tap away', () => {
  it('opens with a card: goal and peak, followers, a badge per technique with how to spot it, and why the best ending slipped away', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const card = screen.querySelector<HTMLElement>('.results-card');
    if (card === null) throw new Error('no results card');
    expect(screen.firstElementChild).toBe(card);
    expect(getByRole(card, 'heading', { level: 1 }).textContent).toBe('Nabespreking');
    expect(getByRole(card, 'heading', { level: 2, name: /^Doel (niet )?gehaald$/ }));
    expect(card.textContent).toMatch(
      /Op het hoogst geloofde \d+% van de inwoners het gerucht\. Je doel was 20%\./,
    );
    expect(card.textContent).toMatch(/Volgers[\d.]+Hoogste geloof\d+%Geloof aan het eind\d+%/);
    const badge = getByRole(card, 'img', { name: 'Badge verdiend: nl:Emotion' });
    expect(badge.closest('li')?.querySelector('.results-text')?.textContent).toBe(
      'nl:Emotion nl:Emotion tell',
    );
    // 'Lieg' cost credibility (55 → 45); the viral ending needs at least 60 at the next step.
    expect(card.querySelector('.closed-off')?.textContent).toBe(
      "Het beste einde, 'nl:Viraal einde', viel af door zet 1 ('nl:Lieg'): daarna was je geloofwaardigheid te laag (45 van 100).",
    );
  });

  it('on the honest route says no rumour was spread and shows the tricks left alone, with empty badges', async () => {
    const screen = await debriefOf(['honest', 'wait']);
    const card = screen.querySelector<HTMLElement>('.results-card');
    if (card === null) throw new Error('no results card');
    expect(getByRole(card, 'heading', { level: 2 }).textContent).toBe(
      'Je verspreidde geen gerucht',
    );
    expect(
      getAllByRole(card, 'img', { name: /^Badge/ }).map((badge) =>
        badge.getAttribute('aria-label'),
      ),
    ).toEqual(['Badge nog niet verdiend: nl:Emotion', 'Badge nog niet verdiend: nl:Discrediting']);
    expect(card.textContent).toContain('nl:Discrediting tell');
    expect(card.querySelector('.closed-off')).toBeNull();
    // The opening fits a game that spread nothing, and no defence is summed up.
    expect(screen.querySelector('.intro')?.textContent).toBe(
      'Je verspreidde geen gerucht. Zo voorkom je dat inwoners iets geloven wat niet klopt. Hieronder staat wat je deed, welke trucs je had kunnen gebruiken, hoe je ze herkent en wat een gemeente kan doen.',
    );
    expect(queryByRole(screen, 'region', { name: 'Jouw verdediging' })).toBeNull();
  });

  it('keeps signs, advice, case and law one tap away under "Meer over …"', async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const section = getByRole(screen, 'region', { name: 'nl:Emotion' });
    const more = getByRole(section, 'button', { name: 'Meer over nl:Emotion' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(getByText(section, 'nl:Emotion sign 1').closest('[hidden]')).not.toBeNull();
    await userEvent.setup().click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(getByText(section, 'nl:Emotion sign 1').closest('[hidden]')).toBeNull();
    for (const text of ['nl:Emotion counter', 'nl:Emotion case', 'nl:Emotion law'])
      expect(getByText(section, text).closest('[hidden]'), `${text} is shown`).toBeNull();
  });

  it('marks a case from abroad and shows what changed in 2024 as a box, only where the catalogue says so', async () => {
    const screen = await debriefOf(['honest', 'boast']);
    const emotion = getByRole(screen, 'region', { name: 'nl:Emotion' });
    await userEvent.setup().click(getByRole(emotion, 'button', { name: 'Meer over nl:Emotion' }));
    expect(getByText(emotion, 'nl:Emotion case', { exact: false }).textContent).toBe(
      'Buitenland: nl:Emotion case',
    );
    const box = emotion.querySelector<HTMLElement>('.technique-since2024');
    expect(box?.closest('[hidden]'), 'the box is shown once opened').toBeNull();
    expect(getByRole(box as HTMLElement, 'heading', { level: 4 }).textContent).toBe(
      'Sinds 2024 anders',
    );
    expect(box?.querySelector('p')?.textContent).toBe('nl:Emotion since 2024');
    // The handout prints every "Meer over …" open, so the box is on paper too.
    expect(box?.closest('.technique-more')).not.toBeNull();
    const other = getByRole(screen, 'region', { name: 'nl:Discrediting' });
    expect(other.querySelector('.technique-since2024')).toBeNull();
    expect(getByText(other, 'nl:Discrediting case').textContent).toBe('nl:Discrediting case');
  });

  it("shows each move's badges in the move list, with a spoken label", async () => {
    const screen = await debriefOf(['lie', 'wait']);
    const moves = within(getByRole(screen, 'region', { name: 'Jouw zetten' })).getAllByRole(
      'listitem',
    );
    expect(
      within(moves[0] as HTMLElement).getByRole('img', { name: 'Badge verdiend: nl:Emotion' }),
    );
    expect(moves[1]?.textContent).toContain('geen techniek');
  });

  it('labels belief before and after the defence wherever both appear', async () => {
    const deps = await viewDeps();
    const store = deps.store.getState();
    store.startScenario('proef', 5);
    store.choose('honest');
    store.choose('boast');
    deps.store.getState().switchSides();
    deps.store.getState().respond('correct');
    deps.store.getState().showDebrief();
    const screen = renderDebriefScreen(deps);
    document.body.append(screen);
    const card = screen.querySelector<HTMLElement>('.results-card');
    expect(card?.textContent).toMatch(/Geloof voor je verdediging\d+%Geloof na je verdediging\d+%/);
    expect(getByRole(screen, 'region', { name: 'Jouw verdediging' }).textContent).toMatch(
      /Voor je verdediging geloofde \d+% van de inwoners het gerucht, na je verdediging \d+%\./,
    );
    const chart = getByRole(screen, 'region', { name: 'Zo groeide het gerucht' });
    expect(chart.querySelector('p')?.textContent).toMatch(
      /^Na je laatste zet, voor je verdediging, /,
    );
    expect(getByRole(screen, 'region', { name: 'Testdorp aan het eind, na je verdediging' }));
  });
});
