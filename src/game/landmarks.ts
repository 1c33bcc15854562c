import * as Phaser from 'phaser';

import type { Town } from '../content/town-schema';

type Landmark = NonNullable<Town['landmarks']>[number];
type G = Phaser.GameObjects.Graphics;

const INK = 0x2b3a4a;
const ROOF = 0xa64b2a;
const WALL = 0xf3e7d3;
const GREEN = 0x8fbf6a;
const WATER = 0x56b4e9;

/** A house front with a pointed roof, its bottom middle at x, y. */
function house(g: G, x: number, y: number, w: number, h: number, roof = ROOF): void {
  g.fillStyle(WALL, 1).fillRect(x - w / 2, y - h, w, h);
  g.lineStyle(2, INK, 1).strokeRect(x - w / 2, y - h, w, h);
  g.fillStyle(roof, 1).fillTriangle(x - w / 2 - 3, y - h, x + w / 2 + 3, y - h, x, y - h - w * 0.7);
  g.lineStyle(2, INK, 1).strokeTriangle(
    x - w / 2 - 3,
    y - h,
    x + w / 2 + 3,
    y - h,
    x,
    y - h - w * 0.7,
  );
}

/** Each landmark, drawn around (x, y) at about 60 map units. */
const DRAW: Record<Exclude<Landmark['kind'], 'mill'>, (g: G, x: number, y: number) => void> = {
  town_hall: (g, x, y) => {
    g.fillStyle(WALL, 1).fillRect(x - 34, y - 14, 68, 34);
    g.lineStyle(2, INK, 1).strokeRect(x - 34, y - 14, 68, 34);
    g.fillStyle(0x6b7f91, 1).fillRect(x - 7, y - 44, 14, 30);
    g.lineStyle(2, INK, 1).strokeRect(x - 7, y - 44, 14, 30);
    g.fillStyle(0xe69f00, 1).fillCircle(x, y - 34, 4);
    g.fillStyle(ROOF, 1).fillTriangle(x - 10, y - 44, x + 10, y - 44, x, y - 58);
    for (const dx of [-24, -12, 12, 24]) g.fillStyle(INK, 1).fillRect(x + dx - 3, y - 4, 6, 10);
  },
  church: (g, x, y) => {
    house(g, x + 10, y + 20, 40, 22, 0x6b7f91);
    g.fillStyle(WALL, 1).fillRect(x - 20, y - 20, 16, 40);
    g.lineStyle(2, INK, 1).strokeRect(x - 20, y - 20, 16, 40);
    g.fillStyle(0x6b7f91, 1).fillTriangle(x - 22, y - 20, x - 2, y - 20, x - 12, y - 56);
    g.lineStyle(2, INK, 1).lineBetween(x - 12, y - 56, x - 12, y - 66);
    g.lineBetween(x - 17, y - 62, x - 7, y - 62);
  },
  market: (g, x, y) => {
    g.fillStyle(0xd9d2c3, 1).fillRect(x - 36, y - 26, 72, 52);
    g.lineStyle(2, INK, 0.8).strokeRect(x - 36, y - 26, 72, 52);
    const stripes = [0xd55e00, 0x0072b2, 0x009e73];
    stripes.forEach((colour, i) => {
      const sx = x - 26 + i * 22;
      g.fillStyle(colour, 1).fillRect(sx - 8, y - 14, 16, 10);
      g.fillStyle(0xffffff, 1).fillRect(sx - 8, y - 4, 16, 12);
      g.lineStyle(1.5, INK, 1).strokeRect(sx - 8, y - 14, 16, 22);
    });
  },
  pool: (g, x, y) => {
    g.fillStyle(WALL, 1).fillRoundedRect(x - 40, y - 24, 80, 48, 8);
    g.lineStyle(2, INK, 1).strokeRoundedRect(x - 40, y - 24, 80, 48, 8);
    g.fillStyle(WATER, 1).fillRect(x - 32, y - 16, 64, 32);
    g.lineStyle(1.5, 0xffffff, 1);
    for (const dy of [-6, 6]) g.lineBetween(x - 30, y + dy, x + 30, y + dy);
  },
  sports_park: (g, x, y) => {
    g.fillStyle(GREEN, 1).fillRect(x - 38, y - 24, 76, 48);
    g.lineStyle(2, 0xffffff, 1).strokeRect(x - 34, y - 20, 68, 40);
    g.lineBetween(x, y - 20, x, y + 20);
    g.strokeCircle(x, y, 8);
  },
  old_centre: (g, x, y) => {
    // Narrow gabled canal houses in a row.
    [-30, -15, 0, 15, 30].forEach((dx, i) => {
      house(g, x + dx, y + 18, 14, 22 + (i % 2) * 6, i % 2 === 0 ? ROOF : 0x7a3b2e);
    });
  },
  new_estate: (g, x, y) => {
    for (const row of [-14, 16])
      for (const dx of [-36, -18, 0, 18, 36]) house(g, x + dx, y + row, 14, 10, 0x52606d);
  },
};

/** Draws the town's landmarks; the mill's sails are returned separately so they can turn. */
export function drawLandmarks(
  scene: Phaser.Scene,
  landmarks: readonly Landmark[],
): { readonly sails: readonly Phaser.GameObjects.Graphics[] } {
  const g = scene.add.graphics().setDepth(1.5).setAlpha(0.9);
  const sails: Phaser.GameObjects.Graphics[] = [];
  for (const { kind, at } of landmarks) {
    const [x, y] = at;
    if (kind !== 'mill') {
      DRAW[kind](g, x, y);
      continue;
    }
    // The molen of Geruchtenmolen: a tower mill whose sails turn while the rumour spreads.
    g.fillStyle(0x6b7f91, 1).fillTriangle(x - 14, y + 34, x + 14, y + 34, x, y - 8);
    g.fillStyle(0x6b7f91, 1).fillRect(x - 14, y + 10, 28, 24);
    g.lineStyle(2, INK, 1).strokeRect(x - 14, y + 10, 28, 24);
    const sail = scene.add.graphics({ x, y: y - 6 }).setDepth(1.6);
    for (let i = 0; i < 4; i += 1) {
      const a = (Math.PI / 2) * i;
      const cx = Math.cos(a);
      const sy = Math.sin(a);
      sail.lineStyle(4, INK, 1).lineBetween(0, 0, cx * 36, sy * 36);
      sail.fillStyle(WALL, 1);
      sail.fillPoints(
        [
          new Phaser.Math.Vector2(cx * 10 - sy * 2, sy * 10 + cx * 2),
          new Phaser.Math.Vector2(cx * 36 - sy * 2, sy * 36 + cx * 2),
          new Phaser.Math.Vector2(cx * 36 - sy * 11, sy * 36 + cx * 11),
          new Phaser.Math.Vector2(cx * 10 - sy * 11, sy * 10 + cx * 11),
        ],
        true,
      );
    }
    sail.fillStyle(INK, 1).fillCircle(0, 0, 4);
    sails.push(sail);
  }
  return { sails };
}

/** Fields and trees around the town, for the parts of the canvas outside the 1000 × 600 box. */
export function drawCountryside(scene: Phaser.Scene): void {
  const g = scene.add.graphics().setDepth(-1);
  const fields = [0xd3e2bf, 0xe4e9c4, 0xc9dcb3];
  for (let i = -6; i < 12; i += 1)
    for (const row of [-1, 1]) {
      const x = i * 170 - 40;
      const y = row < 0 ? -420 + (i % 3) * 20 : 620 + (i % 2) * 15;
      g.fillStyle(fields[(i + 9) % 3] ?? 0xd3e2bf, 1).fillRect(x, y, 160, 380);
    }
  for (let i = -6; i < 12; i += 1) {
    for (const side of [-1, 1]) {
      const x = side < 0 ? -60 - (i % 4) * 140 : 1060 + (i % 4) * 140;
      g.fillStyle(fields[(i + 12) % 3] ?? 0xd3e2bf, 1).fillRect(x - 60, i * 110 - 200, 120, 100);
    }
  }
  g.fillStyle(0x6e9a4f, 1);
  for (let i = 0; i < 40; i += 1) {
    const x = ((i * 263) % 1400) - 200;
    const y = i % 2 === 0 ? -20 - ((i * 37) % 120) : 625 + ((i * 53) % 110);
    g.fillCircle(x, y, 9);
  }
}
