import { getByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { showLoading, takeOverPrerendered } from './prerendered';

/** A root holding what scripts/prerender-title.ts writes, cut down to what is read. */
function prerenderedRoot(): HTMLElement {
  document.documentElement.lang = 'nl';
  const root = document.createElement('div');
  root.innerHTML = `<main data-prerendered="">
    <svg class="town-hero"><text class="town-label">Centrum</text><text class="town-label">Haven</text></svg>
    <button type="submit" form="title-play" name="scenario" value="zwembad" data-story="zwembad">Speel</button>
  </main><form id="title-play" method="get" hidden></form>`;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the prerendered title, once the first script runs', () => {
  it('keeps a Play pressed on it in the page instead of loading ?scenario=', async () => {
    const root = prerenderedRoot();
    const title = takeOverPrerendered(root);
    let submitted = false;
    document.addEventListener('submit', (event) => {
      submitted = !event.defaultPrevented;
    });
    expect(title?.played()).toBeUndefined();
    await userEvent.setup().click(getByRole(root, 'button', { name: 'Speel' }));
    expect(title?.played()).toBe('zwembad');
    expect(submitted).toBe(false);
  });

  it('hands over its town picture only for the same neighbourhoods in the same language', () => {
    const root = prerenderedRoot();
    const title = takeOverPrerendered(root);
    const picture = root.querySelector('svg.town-hero');
    expect(title?.townPicture('nl', ['Centrum', 'Haven'])).toBe(picture);
    expect(title?.townPicture('en', ['Centrum', 'Haven'])).toBeUndefined();
    expect(title?.townPicture('nl', ['Centrum', 'Nieuwbouw'])).toBeUndefined();
  });

  it('is nothing to take over on a page without it', () => {
    expect(takeOverPrerendered(document.createElement('div'))).toBeUndefined();
  });

  it('gives way to the name and "loading" when the first screen is another', async () => {
    const root = prerenderedRoot();
    showLoading(root, (await viewDeps()).i18n);
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Geruchtenmolen');
    expect(root.textContent).toContain('Het spel wordt geladen…');
    expect(root.querySelector('[data-prerendered], button')).toBeNull();
  });
});

describe('adopting the prerendered title', () => {
  const shape = {
    lang: 'nl',
    stories: ['zwembad'],
    check: false,
    saved: [],
    town: ['Centrum', 'Haven'],
  };

  it('when it shows what the live title would: it stays, and its Play now plays in the page', async () => {
    const root = prerenderedRoot();
    const title = takeOverPrerendered(root);
    const played: string[] = [];
    const adopted = title?.adopt(shape, {
      play: (id) => played.push(id),
      openCheck: () => undefined,
      showInfo: () => undefined,
    });
    expect(adopted).toBe(true);
    expect(root.querySelector('main')?.hasAttribute('data-prerendered')).toBe(false);
    title?.stop();
    await userEvent.setup().click(getByRole(root, 'button', { name: 'Speel' }));
    expect(played).toEqual(['zwembad']);
  });

  it.each([
    ['another language', { lang: 'en' }],
    ['other stories', { stories: ['zwembad', 'windpark'] }],
    ['the check offered', { check: true }],
    ['a game to continue', { saved: ['zwembad'] }],
    ['another town', { town: ['Centrum'] }],
  ])('not when the live title would show %s', (_, change) => {
    const root = prerenderedRoot();
    const title = takeOverPrerendered(root);
    const actions = {
      play: () => undefined,
      openCheck: () => undefined,
      showInfo: () => undefined,
    };
    expect(title?.adopt({ ...shape, ...change }, actions)).toBe(false);
    expect(root.querySelector('main')?.hasAttribute('data-prerendered')).toBe(true);
  });
});
