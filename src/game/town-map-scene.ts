import * as Phaser from 'phaser';

import type { World } from '../engine/world';
import type { AppStoreApi } from '../store/app-store';
import { areaCentre, areaDots, DOTS_PER_AREA } from './area-dots';
import { MapColour, SceneKey } from './keys';

export interface TownMapDeps {
  readonly store: AppStoreApi;
  readonly world: World;
  readonly reducedMotion: boolean;
}

const ANIMATION_MS = 700;

/**
 * The town seen from above: neighbourhoods from the town profile, coloured and dotted by how far
 * the rumour has reached. Reads the store, never writes it. Text equivalents live in the DOM.
 */
export class TownMapScene extends Phaser.Scene {
  private shown: number[] = [];
  private fills!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private dots: [number, number][][] = [];

  constructor(private readonly deps: TownMapDeps) {
    super(SceneKey.TownMap);
  }

  create(): void {
    const areas = this.deps.world.town.neighbourhoods;
    this.dots = areas.map(areaDots);
    this.fills = this.add.graphics();
    this.drawWater();
    this.labels = areas.map((area) => {
      const [x, y] = areaCentre(area);
      return this.add
        .text(x, y, area.name, { fontFamily: 'Atkinson Hyperlegible, sans-serif', fontSize: '26px', color: '#10202e', align: 'center', stroke: '#ffffff', strokeThickness: 6 })
        .setOrigin(0.5)
        .setDepth(2); // above the canal
    });
    this.shown = [...(this.deps.store.getState().game?.reachByArea ?? areas.map(() => 0))];
    this.draw(this.shown);
    this.sleepAfterNextFrame();

    const unsubscribe = this.deps.store.subscribe(
      (s) => s.game?.reachByArea,
      (next) => { if (next) this.animateTo(next); },
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.events.once(Phaser.Scenes.Events.DESTROY, unsubscribe);
  }

  /**
   * The map only changes after a move, so between moves the game loop sleeps instead of redrawing
   * an unchanged picture 60 times a second (that kept a CPU core busy on software WebGL).
   */
  private sleepAfterNextFrame(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      if (this.tweens.getTweens().length === 0) this.game.loop.sleep();
    });
  }

  private animateTo(target: readonly number[]): void {
    const from = [...this.shown];
    this.game.loop.wake();
    this.tweens.killAll();
    if (this.deps.reducedMotion) {
      this.shown = [...target];
      this.draw(this.shown);
      this.sleepAfterNextFrame();
      return;
    }
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: ANIMATION_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? 1;
        this.shown = from.map((f, i) => f + ((target[i] ?? 0) - f) * t);
        this.draw(this.shown);
      },
      onComplete: () => { this.sleepAfterNextFrame(); },
    });
  }

  private draw(reach: readonly number[]): void {
    const g = this.fills;
    g.clear();
    this.deps.world.town.neighbourhoods.forEach((area, i) => {
      const value = reach[i] ?? 0;
      const points = area.shape.map(([x, y]) => new Phaser.Math.Vector2(x, y));
      g.fillStyle(colourFor(value), 1);
      g.fillPoints(points, true);
      g.lineStyle(4, MapColour.outline, 1);
      g.strokePoints(points, true);
      const filled = Math.round(value * DOTS_PER_AREA);
      this.dots[i]?.forEach(([x, y], d) => {
        if (d < filled) {
          g.fillStyle(MapColour.dot, 0.85);
          g.fillCircle(x, y, 5);
        } else {
          g.lineStyle(1.5, MapColour.outline, 0.35);
          g.strokeCircle(x, y, 4);
        }
      });
      this.labels[i]?.setText(`${area.name}\n${String(Math.round(value * 100))}%`);
    });
  }

  private drawWater(): void {
    // A canal through the old town: decoration that makes the map read as a Dutch town.
    const water = this.add.graphics();
    water.lineStyle(16, MapColour.water, 0.9);
    const curve = new Phaser.Curves.Spline([0, 430, 250, 300, 470, 320, 650, 300, 820, 180, 1000, 160]);
    curve.draw(water, 64);
    water.setDepth(1);
    this.fills.setDepth(0);
  }
}

function colourFor(value: number): number {
  if (value <= 0.001) return MapColour.unreached;
  const from = Phaser.Display.Color.ValueToColor(value < 0.5 ? MapColour.unreached : MapColour.reached);
  const to = Phaser.Display.Color.ValueToColor(value < 0.5 ? MapColour.reached : MapColour.strong);
  const t = value < 0.5 ? value * 2 : (value - 0.5) * 2;
  const mixed = Phaser.Display.Color.Interpolate.ColorWithColor(from, to, 100, Math.round(t * 100));
  return Phaser.Display.Color.GetColor(mixed.r, mixed.g, mixed.b);
}
