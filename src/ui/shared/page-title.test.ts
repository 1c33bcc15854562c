import { describe, expect, it } from 'vitest';

import { scenarioLocale } from '../../../tests/support/fixtures';
import { viewDeps } from '../../../tests/support/view-setup';
import { pageTitle } from './page-title';

describe('pageTitle', () => {
  it('names the step, the story and the game', async () => {
    const deps = await viewDeps();
    deps.store.getState().startScenario('proef');
    expect(pageTitle(deps, 'Stap 1 · Begin')).toBe('Stap 1 · nl:Proef · Geruchtenmolen');
  });

  it('keeps a very long story title or heading (a built copy’s texts) to 60 characters each', async () => {
    const long = `Zuidhavenstraatvereniging${' woord'.repeat(2000)}`;
    const deps = await viewDeps({ locale: (lang) => ({ ...scenarioLocale(lang), title: long }) });
    deps.store.getState().startScenario('proef');
    const title = pageTitle(deps, 'Stap 1');
    expect(title).toBe(`Stap 1 · ${long.slice(0, 59)}… · Geruchtenmolen`);
    deps.store.setState({ screen: 'debrief' });
    const [heading, story] = pageTitle(deps, `Einde: ${long}`).split(' · ');
    expect(heading).toHaveLength(60);
    expect(story).toHaveLength(60);
  });
});
