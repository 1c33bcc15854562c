import { describe, expect, it, vi } from 'vitest';

import { viewDeps } from '../../../tests/support/view-setup';
import type { UiKey, UiKeyIn } from '../../i18n/ui-keys';
import { uiText, uiTextAt } from './view-deps';

describe('interface text keys', () => {
  it('compile only when they exist (plural keys by their bare name)', async () => {
    const deps = await viewDeps();
    const known: UiKey[] = ['debrief.heading', 'debrief.usedTimes', 'error.more'];
    // @ts-expect-error a typo in a static key does not compile
    const typo: UiKey = 'debrief.haeding';
    // @ts-expect-error nor does a plural form named directly
    const plural: UiKey = 'debrief.usedTimes_one';
    // @ts-expect-error a run-time key must start with a group that exists
    const group: UiKeyIn = 'debriefs.heading';
    expect([typo, plural, group]).toHaveLength(3);
    expect(known.map((key) => uiText(deps, key, { count: 2 }))).toEqual([
      'Nabespreking',
      '2 keer gebruikt',
      'En nog 2 meldingen.',
    ]);
  });

  it('built at run time, report a missing text on the console', async () => {
    const deps = await viewDeps();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(uiTextAt(deps, 'lang.en')).toBe('English');
      expect(error).not.toHaveBeenCalled();
      expect(uiTextAt(deps, 'lang.xx')).toBe('lang.xx');
      expect(error).toHaveBeenCalledWith('Interface text missing: lang.xx');
    } finally {
      error.mockRestore();
    }
  });
});
