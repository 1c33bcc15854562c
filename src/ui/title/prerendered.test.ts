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
    <button type="submit" form="title-play" name="scenario" value="zwembad">Speel</button>
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
