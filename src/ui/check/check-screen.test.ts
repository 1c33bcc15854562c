import { getByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Discernment } from '../../content/discernment-schema';
import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';

const discernment: Discernment = {
  format: 1,
  items: [
    { id: 't1', phase: 'before', verdict: 'true' },
    { id: 'm1', phase: 'before', verdict: 'manipulative', technique: 'emotion' },
    { id: 't2', phase: 'after', verdict: 'true' },
    { id: 'm2', phase: 'after', verdict: 'manipulative', technique: 'emotion' },
  ],
};
const texts = Object.fromEntries(
  ['t1', 'm1', 't2', 'm2'].map((id) => [
    id,
    { author: `Auteur ${id}`, text: `Tekst ${id} in {{town}}`, explanation: `Uitleg ${id}` },
  ]),
);

/** The fieldsets of the check form (the header's language switch is a group too). */
const postGroups = (root: HTMLElement): HTMLElement[] =>
  within(root.querySelector('form') ?? root).getAllByRole('group');

async function mounted() {
  const base = await viewDeps();
  base.i18n.addResourceBundle('nl', 'discernment', { items: texts });
  const deps = { ...base, discernment };
  const root = document.createElement('div');
  document.body.append(root);
  mountApp(root, deps);
  return { root, deps, user: userEvent.setup() };
}

describe('discernment check', () => {
  it('before play: rate each post, get hits and false alarms with an explanation per post', async () => {
    const { root, user, deps } = await mounted();
    await user.click(
      getByRole(root, 'button', { name: 'Test eerst je oordeel (2 minuten, anoniem)' }),
    );
    expect(getByRole(root, 'heading', { level: 1, name: 'Test je oordeel' })).toBe(
      document.activeElement,
    );
    expect(root.textContent).toContain('Tekst t1 in Testdorp');
    const groups = postGroups(root);
    expect(groups).toHaveLength(2);
    // Handing in with an unanswered post says so and focuses it.
    await user.click(getByRole(root, 'button', { name: 'Klaar, laat de uitslag zien' }));
    expect(getByRole(root, 'alert').textContent).toContain('Kies bij elk bericht een antwoord');
    for (const group of groups) {
      await user.click(getByRole(group, 'radio', { name: 'Manipulatief' })); // distrust everything
    }
    await user.click(getByRole(root, 'button', { name: 'Klaar, laat de uitslag zien' }));
    const results = getByRole(root, 'heading', { level: 2, name: 'Je uitslag' });
    expect(document.activeElement).toBe(results);
    expect(root.textContent).toContain(
      'Je herkende 1 van de 1 misleidende berichten. Je wantrouwde 1 van de 1 betrouwbare berichten ten onrechte.',
    );
    expect(root.textContent).toContain(
      'Je had er 1 van de 2 goed. Je onderscheidingsvermogen: 0,00',
    );
    expect(root.textContent).toContain('Uitleg t1');
    expect(deps.store.getState().checks.before).toEqual({ t1: 'manipulative', m1: 'manipulative' });
    expect(JSON.parse(localStorage.getItem('geruchtenmolen.checks') ?? '{}')).toEqual({
      before: { t1: 'manipulative', m1: 'manipulative' },
    });
    await user.click(getByRole(root, 'button', { name: 'Klaar' }));
    expect(getByRole(root, 'heading', { level: 1, name: 'Geruchtenmolen' })).toBeTruthy();
  });

  it('after the debrief: new posts, and the result compared with before', async () => {
    const { root, user, deps } = await mounted();
    deps.store.getState().openCheck('before');
    deps.store.getState().submitCheck({ t1: 'manipulative', m1: 'manipulative' });
    deps.store.getState().closeCheck();
    deps.store.getState().startScenario('proef');
    deps.store.getState().choose('honest');
    deps.store.getState().choose('boast');
    deps.store.getState().showDebrief();
    await user.click(getByRole(root, 'button', { name: 'Test je oordeel nu' }));
    expect(root.textContent).toContain('Tekst t2');
    expect(root.textContent).not.toContain('Tekst t1');
    for (const group of postGroups(root)) {
      await user.click(
        getByRole(group, 'radio', {
          name: group.getAttribute('data-item') === 'm2' ? 'Manipulatief' : 'Betrouwbaar',
        }),
      );
    }
    await user.click(getByRole(root, 'button', { name: 'Klaar, laat de uitslag zien' }));
    expect(root.textContent).toContain(
      'Voor het spel had je er 1 van de 2 goed, nu 2. Ten onrechte gewantrouwd: eerst 1, nu 0. (Onderscheidingsvermogen: eerst 0,00, nu 1,00.)',
    );
    await user.click(getByRole(root, 'button', { name: 'Klaar' }));
    expect(getByRole(root, 'heading', { level: 1, name: 'Nabespreking' })).toBeTruthy();
  });
});
