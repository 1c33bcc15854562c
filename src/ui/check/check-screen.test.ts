import { getByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { Discernment } from '../../content/discernment-schema';
import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';

const discernment: Discernment = {
  format: 1,
  items: [
    { id: 't1', set: 'a', verdict: 'true', difficulty: 1 },
    { id: 'm1', set: 'a', verdict: 'manipulative', technique: 'emotion', difficulty: 1 },
    { id: 't2', set: 'b', verdict: 'true', difficulty: 1 },
    { id: 'm2', set: 'b', verdict: 'manipulative', technique: 'emotion', difficulty: 1 },
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

/** The two sets of the fixture: `a` holds t1 and m1, `b` holds t2 and m2. */
const SETS = { a: ['t1', 'm1'], b: ['t2', 'm2'] } as const;

async function mounted(order: 'ab' | 'ba') {
  localStorage.setItem('geruchtenmolen.checks', JSON.stringify({ order }));
  const base = await viewDeps();
  base.i18n.addResourceBundle('nl', 'discernment', { items: texts });
  const deps = { ...base, discernment };
  const root = document.createElement('div');
  document.body.append(root);
  mountApp(root, deps);
  return { root, deps, user: userEvent.setup() };
}

describe.each(['ab', 'ba'] as const)('discernment check, sets in order %s', (order) => {
  const [first, second] = order === 'ab' ? [SETS.a, SETS.b] : [SETS.b, SETS.a];
  const [firstTrue, firstFake] = first;
  const [secondTrue, secondFake] = second;

  it('before play: rate each post, get hits and false alarms with an explanation per post', async () => {
    const { root, user, deps } = await mounted(order);
    await user.click(
      getByRole(root, 'button', { name: 'Test eerst je oordeel (4 minuten, anoniem)' }),
    );
    expect(getByRole(root, 'heading', { level: 1, name: 'Test je oordeel' })).toBe(
      document.activeElement,
    );
    expect(root.textContent).toContain(`Tekst ${firstTrue} in Testdorp`);
    expect(root.textContent).not.toContain(`Tekst ${secondTrue}`);
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
      'Misleidende berichten herkend: 1 van 1 (100%). Echte berichten die je ten onrechte misleidend noemde: 1 van 1 (100%).',
    );
    // Sensitivity and bias in words: distrusting everything tells nothing apart and leans to suspicion.
    expect(root.textContent).toContain('Echt en nep uit elkaar houden lukte nog niet');
    expect(root.textContent).toContain('Je neigde naar wantrouwen');
    expect(root.textContent).not.toMatch(/−1|-1 tot 1/);
    expect(root.textContent).toContain(`Uitleg ${firstTrue}`);
    const answers = { [firstTrue]: 'manipulative', [firstFake]: 'manipulative' };
    expect(deps.store.getState().checks.before).toEqual(answers);
    expect(JSON.parse(localStorage.getItem('geruchtenmolen.checks') ?? '{}')).toEqual({
      order,
      before: answers,
    });
    await user.click(getByRole(root, 'button', { name: 'Klaar' }));
    expect(getByRole(root, 'heading', { level: 1, name: 'Geruchtenmolen' })).toBe(
      document.activeElement,
    );
  });

  it('after the debrief: new posts, and the result compared with before', async () => {
    const { root, user, deps } = await mounted(order);
    deps.store.getState().openCheck('before');
    deps.store.getState().submitCheck({ [firstTrue]: 'manipulative', [firstFake]: 'manipulative' });
    deps.store.getState().closeCheck();
    deps.store.getState().startScenario('proef');
    deps.store.getState().choose('honest');
    deps.store.getState().choose('boast');
    deps.store.getState().showDebrief();
    await user.click(getByRole(root, 'button', { name: 'Test je oordeel nu' }));
    expect(root.textContent).toContain(`Tekst ${secondTrue}`);
    expect(root.textContent).not.toContain(`Tekst ${firstTrue}`);
    for (const group of postGroups(root)) {
      await user.click(
        getByRole(group, 'radio', {
          name: group.getAttribute('data-item') === secondFake ? 'Manipulatief' : 'Betrouwbaar',
        }),
      );
    }
    await user.click(getByRole(root, 'button', { name: 'Klaar, laat de uitslag zien' }));
    expect(root.textContent).toContain(
      'Vergeleken met de test voor het spel: je houdt echt en nep nu beter uit elkaar. Misleidende berichten herkend: eerst 1 van de 1, nu 1 van de 1. Echte berichten ten onrechte gewantrouwd: eerst 1, nu 0. Je neiging: eerst naar wantrouwen, nu in het midden.',
    );
    await user.click(getByRole(root, 'button', { name: 'Klaar' }));
    expect(getByRole(root, 'heading', { level: 1, name: 'Nabespreking' })).toBe(
      document.activeElement,
    );
  });
});
