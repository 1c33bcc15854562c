export const SceneKey = { TownMap: 'town-map' } as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

/** Okabe–Ito based colours: readable for colour-blind players, and never the only cue (dots, labels). */
export const MapColour = {
  background: 0xeef3f7,
  water: 0x56b4e9,
  unreached: 0xdde6ee,
  reached: 0xe69f00,
  strong: 0xd55e00,
  outline: 0x2b3a4a,
  dot: 0x1b1b1b,
} as const;
