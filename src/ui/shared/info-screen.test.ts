import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';
import { renderInfoScreen } from './info-screen';
import type { ViewDeps } from './view-deps';

describe('privacy note and accessibility statement', () => {
  it('are reachable from the title screen and lead back', async () => {
    const deps = await viewDeps();
    const root = document.createElement('div');
    document.body.append(root);
    mountApp(root, deps);
    const user = userEvent.setup();
    await user.click(getByRole(root, 'button', { name: 'Privacy' }));
    expect(getByRole(root, 'heading', { level: 1, name: 'Privacy' })).toBe(document.activeElement);
    expect(root.textContent).toContain('Geen cookies, geen statistieken of analytics');
    await user.click(getByRole(root, 'button', { name: 'Terug naar het begin' }));
    await user.click(getByRole(root, 'button', { name: 'Toegankelijkheid' }));
    expect(getByRole(root, 'heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBe(
      document.activeElement,
    );
    // The Dutch model statement's parts, in its order.
    expect(getAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Ons doel',
      'Status',
      'Wat we hebben getest, en hoe',
      'Wat nog niet goed is',
      'Contact',
      'Datum',
    ]);
    expect(root.textContent).toContain('voldoet gedeeltelijk aan WCAG 2.2 op niveau A en AA');
    expect(root.textContent).toContain('geforceerde kleuren');
    // What the last audit's fixes changed: long words at 320 px, the presenter's screen at 320 px,
    // the pressed sound button in forced colours, and the limit the long-word fix leaves.
    expect(root.textContent).toContain('een woord van 300 letters heeft, schuift niets opzij');
    expect(root.textContent).toContain('Het scherm van de presentator testen we ook op 320 pixels');
    expect(root.textContent).toContain('(de gekozen taal, geluid aan)');
    expect(root.textContent).toContain('midden in het woord af, zonder afbreekstreepje');
    expect(root.textContent).toContain('bijgewerkt op 2 december 2026');
    // No contact route configured: the offering organisation is the way, and no link is made up.
    expect(queryByRole(getByRole(root, 'main'), 'link')).toBeNull();
  });

  for (const { contact, href, target } of [
    {
      contact: 'toegankelijkheid@zuidhaven.example',
      href: 'mailto:toegankelijkheid@zuidhaven.example',
      target: null,
    },
    {
      contact: 'https://zuidhaven.example/melden',
      href: 'https://zuidhaven.example/melden',
      target: '_blank',
    },
  ]) {
    it(`names the contact route from config.json in the statement (${contact})`, async () => {
      const root = await statement({ accessibilityContact: contact });
      const link = getByRole(root, 'link', { name: contact });
      expect(link.getAttribute('href')).toBe(href);
      expect(link.getAttribute('target')).toBe(target);
      expect(link.parentElement?.textContent).toBe(`Meld het hier: ${contact}`);
    });
  }

  it('at a kiosk shows the contact route as text, not as a link away', async () => {
    const root = await statement({
      accessibilityContact: 'https://zuidhaven.example/melden',
      kiosk: true,
    });
    expect(queryByRole(root, 'link')).toBeNull();
    expect(root.textContent).toContain('Meld het hier: https://zuidhaven.example/melden');
  });

  it('reads in English too, with the same parts', async () => {
    const deps = await viewDeps();
    deps.store.getState().setLanguage('en');
    const root = renderInfoScreen(deps, 'accessibility');
    expect(getAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Our aim',
      'Status',
      'What we tested, and how',
      'What is not right yet',
      'Contact',
      'Date',
    ]);
    expect(root.textContent).toContain('partially meets WCAG 2.2 at level A and AA');
    expect(root.textContent).toContain('a word of 300 letters, nothing scrolls sideways');
    expect(root.textContent).toContain("We also test the presenter's screen at 320 pixels wide");
    expect(root.textContent).toContain('(the chosen language, sound on)');
    expect(root.textContent).toContain('in the middle of the word, without a hyphen');
    expect(root.textContent).toContain('updated on 2 December 2026');
  });
});

async function statement(extra: Partial<ViewDeps>): Promise<HTMLElement> {
  const deps: ViewDeps = { ...(await viewDeps()), ...extra };
  return renderInfoScreen(deps, 'accessibility');
}
