import { getAllByRole, getByRole, queryAllByText, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { Scenario } from '../../content/schema';
import { createWorld } from '../../engine/world';
import { bootStore, createAppStore } from '../../store/app-store';
import { catalogue, scenario, scenarioLocale, town } from '../../../tests/support/fixtures';
import { launch, viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';
import type { ViewDeps } from '../shared/view-deps';
import { storyArt } from './story-art';

/**
 * The fixture story (3 min) plus a longer second one with a content note, both on the fixture
 * town, with their own text and a store that knows both.
 */
async function twoStories(): Promise<ViewDeps> {
  const base = await viewDeps();
  const long: Scenario = { ...scenario(), id: 'lang', minutes: 12, contentNote: 'note' };
  for (const lang of ['nl', 'en'])
    base.i18n.addResourceBundle(lang, 'scenario.lang', {
      ...scenarioLocale(lang),
      title: `${lang}:Lang verhaal`,
      note: `${lang}:Er komt een dreigement in voor.`,
    });
  const worlds = new Map([
    ['lang', createWorld(long, town, catalogue)],
    ['proef', createWorld(scenario(), town, catalogue)],
  ]);
  const store = createAppStore(
    { worlds, languages: ['nl', 'en'], storage: localStorage, newSeed: () => 7 },
    launch,
  );
  bootStore(store, launch, localStorage);
  return { ...base, worlds, store };
}

function mount(deps: ViewDeps) {
  const root = document.createElement('div');
  document.body.append(root);
  const unmount = mountApp(root, deps);
  return { root, unmount, user: userEvent.setup() };
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('the title screen', () => {
  it('names the game once: the wordmark is the heading, the header leaves the name out', async () => {
    const { root } = mount(await viewDeps());
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Geruchtenmolen');
    expect(queryAllByText(root, /Geruchtenmolen/)).toHaveLength(1);
  });

  it('has one call to play, which starts the shortest story', async () => {
    const deps = await twoStories();
    const { root, user } = mount(deps);
    const calls = getAllByRole(root, 'button', { name: /^Speel nu/ });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.textContent).toContain('nl:Proef · 3 min');
    await user.click(calls[0] as HTMLElement);
    expect(deps.store.getState().screen).toBe('play');
    expect(deps.store.getState().game?.scenarioId).toBe('proef');
  });

  it('shows each story as a card with its title, length and a Play button that names it', async () => {
    const deps = await twoStories();
    const { root, user } = mount(deps);
    const list = getByRole(root, 'list');
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((c) => getByRole(c, 'heading', { level: 3 }).textContent)).toEqual([
      'nl:Lang verhaal',
      'nl:Proef',
    ]);
    expect(cards.map((c) => c.querySelector('.story-length')?.textContent)).toEqual([
      '12 min',
      '3 min',
    ]);
    const play = within(cards[0] as HTMLElement).getByRole('button', {
      name: 'Speel: nl:Lang verhaal',
    });
    expect(play.dataset.story).toBe('lang');
    await user.click(play);
    expect(deps.store.getState().game?.scenarioId).toBe('lang');
  });

  it('keeps the content note one tap away, behind a disclosure on its card', async () => {
    const { root, user } = mount(await twoStories());
    const [withNote, without] = getAllByRole(root, 'listitem');
    expect(within(without as HTMLElement).queryByText(/Let op/)).toBeNull();
    const note = within(withNote as HTMLElement).getByText('nl:Er komt een dreigement in voor.');
    const disclosure = note.closest('details');
    expect(disclosure?.open).toBe(false);
    const toggle = disclosure?.querySelector('summary');
    expect(toggle?.textContent).toBe('Let op (nl:Lang verhaal)');
    await user.click(toggle as HTMLElement);
    expect(disclosure?.open).toBe(true);
    await user.keyboard('{Escape}');
    expect(disclosure?.open).toBe(false);
    expect(document.activeElement).toBe(toggle);
  });

  it('offers to continue a saved game, and continues it', async () => {
    const deps = await twoStories();
    const { root, user } = mount(deps);
    expect(queryByRole(root, 'button', { name: /^Verder spelen/ })).toBeNull();
    await user.click(getByRole(root, 'button', { name: 'Speel: nl:Proef' }));
    await user.click(getByRole(root, 'button', { name: 'nl:Lieg' }));
    deps.store.getState().goToTitle();
    const resume = getByRole(root, 'button', { name: 'Verder spelen: nl:Proef' });
    expect(resume.textContent).toBe('Verder');
    await user.click(resume);
    expect(deps.store.getState().screen).toBe('play');
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toMatch(/^Stap 2/);
  });

  it('draws the town as one picture named after its neighbourhoods', async () => {
    const { root } = mount(await viewDeps());
    const town = getByRole(root, 'img', { name: /^Tekening van Testdorp van boven/ });
    expect(town.getAttribute('aria-label')).toContain('West, Midden en Oost');
    expect(town.querySelectorAll('.resident').length).toBeGreaterThan(6);
  });

  it('keeps the check offer, the privacy line and the info links', async () => {
    const { root } = mount(await viewDeps());
    expect(root.textContent).toContain('Het spel bewaart alleen je voortgang');
    const links = getByRole(root, 'navigation', { name: 'Over dit spel' });
    expect(within(links).getAllByRole('button')).toHaveLength(2);
  });

  it('has a scene for each story, and a town scene for any other story', () => {
    for (const id of ['zwembad', 'nepbrief', 'verkiezingen', 'marktplein', 'windpark'])
      expect(storyArt(id).getAttribute('data-art')).toBe(id);
    expect(storyArt('kermis').getAttribute('data-art')).toBe('generic');
  });
});
