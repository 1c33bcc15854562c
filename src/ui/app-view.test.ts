import { getAllByRole, getByRole, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { scenarioLocale } from '../../tests/support/fixtures';
import { viewDeps } from '../../tests/support/view-setup';
import { mountApp } from './app-view';

async function mounted(options: Parameters<typeof viewDeps>[0] = {}) {
  const deps = await viewDeps(options);
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mountApp(root, deps);
  return { deps, root, unmount, user: userEvent.setup() };
}

describe('the app, from title to debrief', () => {
  it('title screen: the game explained and a play button per scenario', async () => {
    const { root } = await mounted();
    expect(getAllByRole(root, 'heading', { level: 1 })).toEqual([
      getByRole(root, 'heading', { level: 1, name: 'Geruchtenmolen' }),
    ]);
    expect(getByRole<HTMLButtonElement>(root, 'button', { name: 'Speel: nl:Proef' }).disabled).toBe(
      false,
    );
    expect(root.textContent).toContain('nl:Een proef in Testdorp.');
    expect(queryByRole(root, 'button', { name: /Verder spelen/ })).toBeNull();
  });

  it('play screen: moves are buttons named by their text, posts are articles in a feed, meters are text', async () => {
    const { root, user } = await mounted();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toMatch(/^Stap 1 · /);
    expect(getAllByRole(root, 'button', { name: /^nl:/ }).map((b) => b.textContent)).toEqual([
      'nl:Lieg',
      'nl:Eerlijk',
    ]);
    const feed = getByRole(root, 'feed');
    const posts = within(feed).getAllByRole('article');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.textContent).toContain('nl:Gemeente Testdorp');
    expect(posts[0]?.textContent).toContain('nl:Raadsbesluit');
    const credibility = getByRole(root, 'meter', { name: 'Jouw geloofwaardigheid' });
    expect(credibility.getAttribute('aria-valuenow')).toBe('55');
    expect(credibility.textContent).toBe('55 van 100 (gemiddeld)');
    expect(root.textContent).toContain('Volgers40');
  });

  it('a move updates feed, meters and step, moves focus to the step heading, and announces it', async () => {
    const { root, user } = await mounted();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    await user.click(getByRole(root, 'button', { name: 'nl:Lieg' }));
    const heading = getByRole(root, 'heading', { level: 1 });
    expect(heading.textContent).toMatch(/^Stap 2 · /);
    expect(document.activeElement).toBe(heading);
    const posts = within(getByRole(root, 'feed')).getAllByRole('article');
    expect(posts[0]?.textContent).toContain('nl:Leugen');
    expect(posts[0]?.textContent).toContain('Jouw bericht');
    expect(
      getByRole(root, 'meter', { name: 'Jouw geloofwaardigheid' }).getAttribute('aria-valuenow'),
    ).toBe('45');
    const outcome = getByRole(root, 'region', { name: 'Wat je vorige zet deed' });
    // One headline with what changed, one reason; the figures behind "Waarom?".
    expect(outcome.querySelector('.feedback-headline')?.textContent).toMatch(
      /^[\d.]+ keer gedeeld · \d+% gelooft het \(\+\d+\)$/,
    );
    expect(outcome.querySelector('.feedback-why')?.textContent).toMatch(
      /^Op Kwetter lezen vooral mensen mee/,
    );
    expect(within(outcome).getByText('Waarom?').closest('details')?.textContent).toMatch(
      /Op Kwetter: [\d.]+ inwoners hoorden ervan, [\d.]+ gingen het geloven en [\d.]+ gingen eraan twijfelen\./,
    );
    expect(getAllByRole(root, 'button', { name: /^nl:/ }).map((b) => b.textContent)).toEqual([
      'nl:Wachten',
    ]);
    expect(getByRole(root, 'status').textContent).toMatch(
      /1 nieuw bericht op Kwetter\. Het gerucht bereikte \d+% van Testdorp\./,
    );
  });

  it('number keys choose moves only while focus is in the move list (WCAG 2.1.4)', async () => {
    const { root, user } = await mounted();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    expect(root.textContent).toContain('Staat de focus op een zet');
    getByRole(root, 'tab', { selected: true }).focus();
    await user.keyboard('2');
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toMatch(/^Stap 1 · /);
    getByRole(root, 'button', { name: 'nl:Lieg' }).focus();
    await user.keyboard('2');
    expect(getAllByRole(root, 'button', { name: /^nl:/ }).map((b) => b.textContent)).toEqual([
      'nl:Opscheppen',
      'nl:Wachten',
    ]);
  });

  it('ending, then debrief with a heading per technique used and the rest listed', async () => {
    const { root, user } = await mounted();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    await user.click(getByRole(root, 'button', { name: 'nl:Eerlijk' }));
    await user.click(getByRole(root, 'button', { name: 'nl:Opscheppen' }));
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Einde: nl:Viraal einde');
    expect(root.textContent).toContain('Het gerucht ging rond');
    await user.click(getByRole(root, 'button', { name: 'Naar de nabespreking' }));
    expect(getByRole(root, 'heading', { level: 1, name: 'Nabespreking' })).toBe(
      document.activeElement,
    );
    expect(
      getAllByRole(root, 'heading', { level: 3 })
        .map((h) => h.textContent)
        .filter((text) => text.startsWith('nl:')),
      'one heading per technique used, in the order of use',
    ).toEqual(['nl:Emotion', 'nl:Discrediting']);
    expect(root.textContent).toContain('nl:Emotion sign 2');
    expect(root.textContent).toContain("Uit 'Weerbaarheid op de kaart': nl:Digital");
    expect(root.textContent).toContain('nl:Discrediting law');
    const notUsed = getByRole(root, 'heading', {
      level: 2,
      name: 'Deze technieken gebruikte je niet',
    });
    expect(notUsed.parentElement?.textContent).toContain('nl:Polarisation');
    expect(root.querySelectorAll('.timeline li')).toHaveLength(2);
  });

  it('switching language mid-game keeps progress and changes every text', async () => {
    const { root, user, deps } = await mounted();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    await user.click(getByRole(root, 'button', { name: 'nl:Lieg' }));
    await user.click(getByRole(root, 'button', { name: 'English' }));
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toMatch(/^Step 2 · /);
    expect(getAllByRole(root, 'button', { name: /^(en|nl):/ }).map((b) => b.textContent)).toEqual([
      'en:Wachten',
    ]);
    expect(getByRole(root, 'button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(deps.store.getState().game?.history).toHaveLength(1);
    expect(document.activeElement?.textContent).toBe('English');
  });

  it('continue and clear saved data from the title screen', async () => {
    const { root, user, deps } = await mounted();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    await user.click(getByRole(root, 'button', { name: 'nl:Lieg' }));
    await user.click(getByRole(root, 'button', { name: /Naar het begin/ }));
    await user.click(getByRole(root, 'button', { name: 'Verder spelen: nl:Proef' }));
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toMatch(/^Stap 2 · /);
    window.confirm = () => true;
    await user.click(getByRole(root, 'button', { name: 'Opgeslagen gegevens wissen' }));
    getByRole(root, 'heading', { level: 1, name: 'Geruchtenmolen' });
    expect(queryByRole(root, 'button', { name: /Verder spelen/ })).toBeNull();
    expect(root.textContent).toContain('Alle opgeslagen gegevens van dit spel zijn gewist.');
    expect(deps.store.getState().saved).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('shows scenario text containing markup as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { root, user } = await mounted({
      locale: (lang) => ({ ...scenarioLocale(lang), title: evil }),
    });
    expect(root.querySelector('img')).toBeNull();
    await user.click(getByRole(root, 'button', { name: `Speel: ${evil}` }));
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows a notice that can be dismissed', async () => {
    const { root, user, deps } = await mounted();
    deps.store.getState().notify({
      kind: 'warning',
      key: 'notice.unknownParameter',
      values: { count: 1, names: "'x'", valid: 'lang' },
    });
    expect(getByRole(root, 'region', { name: 'Meldingen' }).textContent).toContain(
      "onbekende instelling 'x'",
    );
    await user.click(getByRole(root, 'button', { name: 'Melding sluiten' }));
    // No empty landmark once the last notice is gone.
    expect(queryByRole(root, 'region', { name: 'Meldingen' })).toBeNull();
    expect(deps.store.getState().notices).toEqual([]);
  });

  it('the page title names the step and the story; a skip link jumps to the screen heading', async () => {
    const { root, user } = await mounted();
    const settled = () =>
      new Promise<void>((resolve) => {
        queueMicrotask(resolve);
      });
    await settled();
    expect(document.title).toBe('Geruchtenmolen');
    expect(queryByRole(root, 'region', { name: 'Meldingen' })).toBeNull();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    await settled();
    expect(document.title).toBe('Stap 1 · nl:Proef · Geruchtenmolen');
    await user.click(getByRole(root, 'button', { name: 'nl:Eerlijk' }));
    await settled();
    expect(document.title).toBe('Stap 2 · nl:Proef · Geruchtenmolen');
    const skip = getByRole(root, 'link', { name: 'Naar de inhoud' });
    expect(root.firstElementChild).toBe(skip);
    await user.click(skip);
    expect(document.activeElement).toBe(getByRole(root, 'heading', { level: 1 }));
  });
});
