import { getAllByText, getByRole, queryByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { world } from '../../../tests/support/fixtures';
import { latestCounts } from '../../../tests/support/town-counts';
import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';

/** The app at the ending of 'proef' after these moves (by default a route that spread the rumour). */
async function atEnding(moves: readonly string[] = ['honest', 'boast']) {
  const deps = await viewDeps();
  const root = document.createElement('div');
  document.body.append(root);
  mountApp(root, deps);
  deps.store.getState().startScenario('proef', 3);
  for (const move of moves) deps.store.getState().choose(move);
  return { deps, root, user: userEvent.setup() };
}

describe('switch sides: the defender round', () => {
  it('answers a moment of your own campaign, with feedback and the map following', async () => {
    const { root, user, deps } = await atEnding();
    await user.click(getByRole(root, 'button', { name: 'Wissel van kant: speel de gemeente' }));
    const heading = getByRole(root, 'heading', { level: 1 });
    expect(heading.textContent).toBe('Moment 1 van 1: jij bent nu het crisisteam');
    expect(document.activeElement).toBe(heading);
    expect(root.textContent).toContain('nl:Opscheppen');
    expect(root.textContent).toContain('Techniek: nl:Emotion, nl:Discrediting.');
    const correct = getByRole(root, 'button', { name: 'Snel de feiten geven op eigen kanalen' });
    // Answers without their explanations: the choice is the player's own.
    expect(root.textContent).not.toContain('Geef rustig en kort de juiste feiten');
    expect(root.textContent).toContain('Je ziet één moment uit je eigen campagne.');
    const game = deps.store.getState().game;
    const before =
      game === null ? 0 : latestCounts(deps.worlds.get('proef') ?? world(), game).believing;
    await user.click(correct);
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Goed gekozen');
    // After the choice: the explanation, and the town before and after as labelled figures.
    expect(root.textContent).toContain('Geef rustig en kort de juiste feiten');
    const figures = root.querySelector('.defence-figures');
    expect(
      [...(figures?.querySelectorAll('dt, dd') ?? [])].map((cell) => cell.textContent),
    ).toEqual([
      'Geloofden het voor je antwoord',
      expect.stringMatching(/^\d+%$/),
      'Geloven het na je antwoord',
      expect.stringMatching(/^\d+%$/),
    ]);
    expect(root.textContent).toContain('Wat helpt tegen nl:Emotion: nl:Emotion counter');
    // A move with two techniques shows how each rates the answer.
    expect(root.textContent).toContain('Tegen nl:Emotion helpt dit.');
    expect(root.textContent).toContain('Tegen nl:Discrediting helpt dit maar een beetje.');
    // The words follow what the simulated town did: fewer, as many or more residents believe it.
    const after = deps.store.getState().game;
    const now =
      after === null ? 0 : latestCounts(deps.worlds.get('proef') ?? world(), after).believing;
    const expected =
      now < before
        ? /Het gerucht verliest terrein: [\d,]+% van de inwoners gelooft het na je antwoord \(voor je antwoord: [\d,]+%\)\./
        : now > before
          ? /Het gerucht groeit juist: [\d,]+% van de inwoners gelooft het na je antwoord \(voor je antwoord: [\d,]+%\)\./
          : /Het gerucht blijft even groot: [\d,]+% van de inwoners gelooft het, voor en na je antwoord\./;
    expect(root.textContent).toMatch(expected);
    // The town now, in words per neighbourhood beside the picture.
    expect(getAllByText(root, /^(West|Midden|Oost): \d+% bereikt, /)).toHaveLength(3);
    await user.click(getByRole(root, 'button', { name: 'Naar de nabespreking' }));
    const summary = getByRole(root, 'region', { name: 'Jouw verdediging' });
    expect(summary.textContent).toMatch(
      /^Jouw verdedigingZet 2: je koos 'Snel de feiten geven op eigen kanalen'\. Goed gekozen\.Voor je verdediging geloofde \d+% van de inwoners het gerucht, na je verdediging \d+%\.$/,
    );
  });

  it('says so when a risky answer backfires', async () => {
    const { root, user } = await atEnding();
    await user.click(getByRole(root, 'button', { name: 'Wissel van kant: speel de gemeente' }));
    await user.click(getByRole(root, 'button', { name: 'Niet reageren en blijven volgen' }));
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Dit werkt hier averechts');
    expect(root.textContent).toMatch(
      /Het gerucht groeit juist: [\d,]+% van de inwoners gelooft het na je antwoord \(voor je antwoord: [\d,]+%\)\./,
    );
  });

  it('a reload during the feedback shows the same feedback again', async () => {
    const { root, user } = await atEnding();
    await user.click(getByRole(root, 'button', { name: 'Wissel van kant: speel de gemeente' }));
    await user.click(getByRole(root, 'button', { name: 'Snel de feiten geven op eigen kanalen' }));
    const again = await viewDeps();
    const root2 = document.createElement('div');
    document.body.append(root2);
    mountApp(root2, again);
    expect(getByRole(root2, 'heading', { level: 1 }).textContent).toBe('Goed gekozen');
  });

  it('resumes the round after a reload, and skipping to the debrief stays possible', async () => {
    const { root, user } = await atEnding();
    expect(getByRole(root, 'button', { name: 'Naar de nabespreking' })).toBeTruthy();
    await user.click(getByRole(root, 'button', { name: 'Wissel van kant: speel de gemeente' }));
    const again = await viewDeps();
    const root2 = document.createElement('div');
    document.body.append(root2);
    mountApp(root2, again);
    expect(getByRole(root2, 'heading', { level: 1 }).textContent).toBe(
      'Moment 1 van 1: jij bent nu het crisisteam',
    );
    expect(queryByRole(root2, 'region', { name: 'Jouw verdediging' })).toBeNull();
  });

  it('is not offered on the honest route: the ending says there is nothing to defend', async () => {
    const { deps, root } = await atEnding(['honest', 'wait']);
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Einde: nl:Stil einde');
    expect(queryByRole(root, 'button', { name: 'Wissel van kant: speel de gemeente' })).toBeNull();
    expect(root.querySelector('.ending-honest')?.textContent).toBe(
      'Je koos steeds de eerlijke weg en verspreidde geen gerucht. Er valt dus niets te verdedigen. In de nabespreking zie je welke trucs je liet liggen en hoe je ze herkent.',
    );
    const toDebrief = getByRole(root, 'button', { name: 'Naar de nabespreking' });
    expect(toDebrief.className).toBe('primary');
    // Even called directly (an old link, the projector), the round does not open.
    deps.store.getState().switchSides();
    expect(deps.store.getState().screen).toBe('play');
  });
});
