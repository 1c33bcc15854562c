import { getAllByRole, getByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import { mountApp } from '../app-view';

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
    expect(getAllByRole(root, 'heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Ons doel',
      'Wat we hebben getest',
      'Wat nog niet goed is',
      'Contact',
      'Datum',
    ]);
    expect(root.textContent).toContain('WCAG 2.1');
  });
});
