import { describe, expect, it } from 'vitest';

import { town, world } from '../../../tests/support/fixtures';
import { createWorld } from '../../engine/world';
import { localHandle, withTownNames } from './feed-authors';
import { platformName } from './feed-platforms';

describe('names on the feeds follow a renamed town', () => {
  it("puts the new town name into handles that carry the town profile's id", () => {
    const renamed = createWorld(world().scenario, { ...town, name: 'Zuid-Haven' });
    expect(localHandle(renamed, '@gemeente_testdorp')).toBe('@gemeente_zuidhaven');
    expect(localHandle(renamed, '@TestdorpNieuws')).toBe('@zuidhavenNieuws');
    expect(localHandle(renamed, '@jokepen')).toBe('@jokepen');
    expect(localHandle(world(), '@gemeente_testdorp')).toBe('@gemeente_testdorp');
  });

  it('fills neighbourhoods and places into handles and names, as the renamed town has them', () => {
    const renamed = createWorld(world().scenario, {
      ...town,
      neighbourhoods: town.neighbourhoods.map((n) =>
        n.id === 'west' ? { ...n, name: 'Zee Zicht' } : n,
      ),
      places: { radio: 'Radio Café' },
    });
    expect(localHandle(renamed, '@petra_{{area.west}}')).toBe('@petra_zeezicht');
    expect(localHandle(renamed, '@{{place.radio}}')).toBe('@radiocafe');
    expect(localHandle(world(), '@{{place.radio}}_nl')).toBe('@radiotestdorp_nl');
    expect(withTownNames(renamed, 'Luister {{place.radio}} in {{area.west}}')).toBe(
      'Luister Radio Café in Zee Zicht',
    );
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
