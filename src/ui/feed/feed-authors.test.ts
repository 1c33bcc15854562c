import { describe, expect, it } from 'vitest';

import { town, world } from '../../../tests/support/fixtures';
import { createWorld } from '../../engine/world';
import { localHandle } from './feed-authors';
import { platformName } from './feed-platforms';

describe('names on the feeds follow a renamed town', () => {
  it("puts the new town name into handles that carry the town profile's id", () => {
    const renamed = createWorld(world().scenario, { ...town, name: 'Zuid-Haven' });
    expect(localHandle(renamed, '@gemeente_testdorp')).toBe('@gemeente_zuidhaven');
    expect(localHandle(renamed, '@TestdorpNieuws')).toBe('@zuidhavenNieuws');
    expect(localHandle(renamed, '@jokepen')).toBe('@jokepen');
    expect(localHandle(world(), '@gemeente_testdorp')).toBe('@gemeente_testdorp');
  });

  it('fills the town name into a feed name', () => {
    const renamed = createWorld(world().scenario, {
      ...town,
      name: 'Zuidhaven',
      platforms: { ...town.platforms, group: { name: '{{town}} Praat' } },
    });
    expect(platformName(renamed, 'group')).toBe('Zuidhaven Praat');
  });
});
