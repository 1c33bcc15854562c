import * as Phaser from 'phaser';

import type { AreaCounts, Frame } from '../engine/sim/types';
import { latestByArea } from '../engine/simulation';
import type { GameState } from '../engine/state';
import type { World } from '../engine/world';
import type { GameFeed } from './demo-run';
import { areaCentre, areaDots, DOT_RADIUS, dotCountsByArea, MIN_GAP } from './area-dots';
import {
  areaShares,
  DOT_STATES,
  type DotState,
  dotStates,
  framesToPlay,
  mixCounts,
} from './dot-states';
import { STATE_STYLE } from '../theme/state-style';
import { MAP_HEIGHT, MAP_WIDTH, MapColour, SceneKey, TICK_MS } from './keys';
import { drawCountryside, drawLandmarks } from './landmarks';

export interface TownMapDeps {
  /** The game it shows: the store's in play, a demo run's on the title. */
  readonly games: GameFeed;
  /** The title's demo: a fresh start eases back to everyone unaware instead of jumping there. */
  readonly demo?: boolean;
  readonly world: World;
  readonly reducedMotion: boolean;
  /** Canvas pixels per map unit (see mapResolution); the camera zooms the 1000 × 600 town to fit. */
  readonly resolution: number;
  /** A neighbourhood's label in plain words, in the player's language (name and share believing). */
  readonly label?: (name: string, believingPercent: number) => string;
}

/**
 * The town seen from above: every neighbourhood from the town profile with a fixed set of dots,
 * each dot drawn in the state of the share of residents it stands for (unaware ring, exposed dot,
 * believing triangle, doubting square), and a label with the name, the share reached and the
 * share believing. After a move it steps through the simulation's newest ticks; under
 * prefers-reduced-motion it jumps to the last one. Reads its game feed (the store, or the title's
 * demo run), never writes to the store; the text
 * equivalents (legend, summary, figures per area) live in the DOM.
 */
export class TownMapScene extends Phaser.Scene {
  private areaGraphics!: Phaser.GameObjects.Graphics;
  /** All dots, drawn into one texture: only dots whose state changed are drawn again. */
  private dotLayer!: Phaser.Textures.DynamicTexture;
  private dotShown: (DotState | null)[][] = [];
  private fillsShown = '';
  private labels: Phaser.GameObjects.Text[] = [];
  private labelTexts: string[] = [];
  private dots: [number, number][][] = [];
  /** What is on screen now, per area (counts may be fractional mid-step). */
  private shown: AreaCounts[] = [];
  /** The frames list the picture was last brought up to date with. */
  private seenFrames: readonly Frame[] = [];
  /** The mill's sails: they turn while the rumour spreads. */
  private sails: readonly Phaser.GameObjects.Graphics[] = [];

  constructor(private readonly deps: TownMapDeps) {
    super(SceneKey.TownMap);
  }

  create(): void {
    const areas = this.deps.world.town.neighbourhoods;
    const res = this.deps.resolution;
    this.cameras.main.setZoom(res).centerOn(MAP_WIDTH / 2, MAP_HEIGHT / 2);
    const counts = dotCountsByArea(areas);
    this.dots = areas.map((area, i) => areaDots(area, counts[i]));
    drawCountryside(this);
    this.areaGraphics = this.add.graphics().setDepth(0);
    this.drawWater();
    this.sails = drawLandmarks(this, this.deps.world.town.landmarks ?? []).sails;
    this.makeDotTextures();
    // The dots live in one texture, shown as one image: a frame of the animation redraws only the
    // dots whose state changed, and rendering all of them costs one textured quad (hundreds of
    // shapes or images redrawn every frame are slow on software WebGL).
    // The layer has the canvas's resolution, so it is drawn 1:1 (no blur, no extra pixels).
    this.dotLayer = dotLayer(
      this.textures,
      Math.round(MAP_WIDTH * res),
      Math.round(MAP_HEIGHT * res),
    );
    this.add
      .image(0, 0, DOT_LAYER)
      .setOrigin(0, 0)
      .setScale(1 / res)
      .setDepth(2);
    this.dotShown = this.dots.map((positions) => positions.map(() => null));
    this.labels = areas.map((area) => {
      const [x, y] = areaCentre(area);
      return this.add
        .text(x, y, area.name, {
          fontFamily: 'Atkinson Hyperlegible, sans-serif',
          fontSize: '23px',
          fontStyle: 'bold',
          color: '#10202e',
          align: 'center',
          stroke: '#ffffff',
          strokeThickness: 7,
          lineSpacing: 0,
          resolution: res,
        })
        .setOrigin(0.5)
        .setDepth(3); // above the canal and the dots
    });
    this.labelTexts = areas.map(() => '');

    const game = this.deps.games.current();
    this.shown = game ? this.countsOf(game) : [...latestByArea(this.deps.world, null)];
    this.seenFrames = game ? game.frames : [];
    this.draw(this.shown);
    this.sleepAfterNextFrame();

    const unsubscribe = this.deps.games.subscribe((next) => {
      this.follow(next);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.events.once(Phaser.Scenes.Events.DESTROY, unsubscribe);

    // A GPU reset or driver update takes the WebGL context away; Phaser brings its textures back,
    // but not what was drawn into the dot layer, and the sleeping loop draws nothing new.
    const renderer = this.game.renderer;
    const restored = (): void => {
      this.redrawAfterRestore();
    };
    renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
    const forget = (): void => {
      renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, forget);
    this.events.once(Phaser.Scenes.Events.DESTROY, forget);
  }

  /** After the WebGL context came back: every dot drawn again into the emptied layer, one frame shown. */
  private redrawAfterRestore(): void {
    this.dotLayer.clear();
    this.dotShown = this.dots.map((positions) => positions.map(() => null));
    this.fillsShown = '';
    this.draw(this.shown);
    this.game.loop.wake();
    this.sleepAfterNextFrame();
  }

  /** The newest counts of a game: its last frame, or everyone unaware before the first. */
  private countsOf(game: GameState): AreaCounts[] {
    return [...latestByArea(this.deps.world, game)];
  }

  /** Brings the picture up to date with the game: steps through new frames, or jumps. */
  private follow(game: GameState): void {
    const frames = game.frames;
    if (frames === this.seenFrames) return;
    const { steps, jump } = framesToPlay(frames, this.seenFrames);
    const targets = frames.length === 0 ? [this.countsOf(game)] : steps.map((f) => [...f.byArea]);
    this.seenFrames = frames;
    if (targets.length === 0) return;
    // The demo starting over: the town forgets over two ticks.
    const fade = this.deps.demo === true && frames.length === 0;
    this.play(
      fade ? [targets[0] ?? [], targets[0] ?? []] : targets,
      (jump && !fade) || this.deps.reducedMotion,
    );
  }

  /**
   * The map only changes after a move, so between moves the game loop sleeps instead of redrawing
   * an unchanged picture 60 times a second (that kept a CPU core busy on software WebGL).
   */
  private sleepAfterNextFrame(): void {
    const game = this.game;
    const atRest = (): void => {
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, forget);
      this.events.off(Phaser.Scenes.Events.DESTROY, forget);
      // A pulse or the sails may outlast the ticks by a frame: try again after the next one.
      if (this.tweens.getTweens().length > 0) {
        this.sleepAfterNextFrame();
        return;
      }
      this.game.loop.sleep();
      // The picture is final until the next move: counted in data-rests, so a watcher (a test, a
      // screenshot script) can wait for the map to be still instead of sleeping a fixed time.
      const host = this.host();
      if (host) host.dataset.rests = String(Number(host.dataset.rests ?? '0') + 1);
    };
    // The game outlives this scene (one game per page): never call back into a removed scene.
    function forget(): void {
      game.events.off(Phaser.Core.Events.POST_RENDER, atRest);
    }
    game.events.once(Phaser.Core.Events.POST_RENDER, atRest);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, forget);
    this.events.once(Phaser.Scenes.Events.DESTROY, forget);
  }

  /** The map's container in the page: carries data-animating while ticks are being stepped through. */
  private host(): HTMLElement | null {
    return this.game.canvas.parentElement;
  }

  private play(targets: readonly AreaCounts[][], atOnce: boolean): void {
    this.game.loop.wake();
    this.tweens.killAll();
    const last = targets[targets.length - 1] ?? this.shown;
    if (atOnce) {
      this.shown = last;
      this.draw(this.shown);
      this.finished();
      return;
    }
    const host = this.host();
    if (host) host.dataset.animating = 'true';
    this.pulse(targets[0] ?? last, TICK_MS * targets.length);
    for (const sail of this.sails)
      this.tweens.add({
        targets: sail,
        angle: sail.angle + 90 * targets.length,
        duration: TICK_MS * targets.length,
      });
    const starts = [this.shown, ...targets.slice(0, -1)];
    this.tweens.addCounter({
      from: 0,
      to: targets.length,
      duration: TICK_MS * targets.length,
      ease: 'Linear',
      onUpdate: (tween) => {
        const value = tween.getValue() ?? targets.length;
        const k = Math.min(targets.length - 1, Math.floor(value));
        const from = starts[k] ?? last;
        const to = targets[k] ?? last;
        // Ease within each tick, so every step starts and settles visibly.
        const t = 0.5 - Math.cos(Math.PI * Math.min(1, value - k)) / 2;
        this.shown = to.map((counts, i) => mixCounts(from[i] ?? counts, counts, t));
        this.draw(this.shown);
      },
      onComplete: () => {
        this.shown = last;
        this.draw(this.shown);
        this.finished();
      },
    });
  }

  /**
   * A ring that spreads from the neighbourhood the newest move reached most: where the post
   * entered the town.
   */
  private pulse(next: readonly AreaCounts[], duration: number): void {
    const areas = this.deps.world.town.neighbourhoods;
    let best = -1;
    let most = 0;
    areas.forEach((_area, i) => {
      const before = areaShares(
        this.shown[i] ?? { unaware: 1, exposed: 0, believing: 0, doubting: 0 },
      );
      const after = areaShares(next[i] ?? { unaware: 1, exposed: 0, believing: 0, doubting: 0 });
      const gain = after.reached - before.reached;
      if (gain > most) {
        most = gain;
        best = i;
      }
    });
    const area = areas[best];
    if (area === undefined) return;
    const [x, y] = areaCentre(area);
    const ring = this.add.graphics({ x, y }).setDepth(4);
    ring.lineStyle(6, MapColour.believing, 1).strokeCircle(0, 0, 30);
    this.tweens.add({
      targets: ring,
      scale: 4,
      alpha: 0,
      duration,
      ease: 'Cubic.easeOut',
      onComplete: () => {
        ring.destroy();
      },
    });
  }

  private finished(): void {
    const host = this.host();
    if (host) delete host.dataset.animating;
    this.sleepAfterNextFrame();
  }

  private draw(counts: readonly AreaCounts[]): void {
    const areas = this.deps.world.town.neighbourhoods;
    const all = areas.map(
      (_area, i) => counts[i] ?? { unaware: 1, exposed: 0, believing: 0, doubting: 0 },
    );
    const shares = all.map(areaShares);
    const fills = shares.map((share) => areaFill(share.believing));
    if (fills.join() !== this.fillsShown) {
      this.fillsShown = fills.join();
      const g = this.areaGraphics;
      g.clear();
      areas.forEach((area, i) => {
        const points = area.shape.map(([x, y]) => new Phaser.Math.Vector2(x, y));
        g.fillStyle(fills[i] ?? MapColour.area, 1);
        g.fillPoints(points, true);
        g.lineStyle(4, MapColour.outline, 1);
        g.strokePoints(points, true);
      });
    }
    const res = this.deps.resolution;
    const clear = Math.floor(DOT_CLEAR_SIZE * res);
    let changed = 0;
    areas.forEach((area, i) => {
      const positions = this.dots[i] ?? [];
      const shown = this.dotShown[i] ?? [];
      const states = dotStates(
        all[i] ?? { unaware: 1, exposed: 0, believing: 0, doubting: 0 },
        positions.length,
      );
      for (let k = 0; k < states.length; k += 1) {
        const state = states[k];
        // Whole pixels of the layer, so a stamp never spreads half a pixel past the box cleared for it.
        const [x, y] = (positions[k] ?? [0, 0]).map((v) => Math.round(v * res)) as [number, number];
        if (state === undefined || shown[k] === state) continue;
        shown[k] = state;
        changed += 1;
        // Dots are at least MIN_GAP apart and the box is smaller: clearing one never cuts another.
        this.dotLayer.clear(x - clear / 2, y - clear / 2, clear, clear);
        this.dotLayer.stamp(DOT_TEXTURE, state, x, y);
      }
      const share = shares[i] ?? { reached: 0, believing: 0 };
      const believing = Math.round(share.believing * 100);
      const text = this.deps.label
        ? this.deps.label(area.name, believing)
        : `${area.name}\n▲ ${String(believing)}%`;
      if (text !== this.labelTexts[i]) {
        this.labelTexts[i] = text;
        this.labels[i]?.setText(text);
      }
    });
    if (changed > 0) this.dotLayer.render();
  }

  /**
   * The four dot shapes as frames of one small texture, drawn once per game at the canvas's
   * resolution (an even number of pixels wide, so a frame centred on a whole pixel has whole-pixel edges).
   */
  private makeDotTextures(): void {
    if (this.textures.exists(DOT_TEXTURE)) this.textures.remove(DOT_TEXTURE);
    const res = this.deps.resolution;
    const size = 2 * Math.ceil((DOT_TEXTURE_SIZE * res) / 2);
    const g = this.make.graphics({}, false);
    DOT_STATES.forEach((state, i) => {
      drawDot(g, state, size * i + size / 2, size / 2, res);
    });
    g.generateTexture(DOT_TEXTURE, size * DOT_STATES.length, size);
    g.destroy();
    // generateTexture draws through Graphics' one static camera, whose render list only a
    // camera's own frame empties; that camera has none, so every game's Graphics stayed on it
    // (one per kiosk visit, found in heap snapshots). Empty it.
    Phaser.GameObjects.Graphics.TargetCamera.renderList.length = 0;
    const texture = this.textures.get(DOT_TEXTURE);
    DOT_STATES.forEach((state, i) => {
      texture.add(state, 0, size * i, 0, size, size);
    });
  }

  private drawWater(): void {
    // A canal through the old town: decoration that makes the map read as a Dutch town.
    const water = this.add.graphics();
    water.lineStyle(16, MapColour.water, 0.9);
    const curve = new Phaser.Curves.Spline([
      0, 430, 250, 300, 470, 320, 650, 300, 820, 180, 1000, 160,
    ]);
    curve.draw(water, 64);
    water.setDepth(1);
  }
}

/**
 * The dots' layer, kept by the page's one game from scene to scene (cleared) while its size
 * fits: Phaser 4.2 leaves one WebGL texture behind each time a dynamic texture is destroyed,
 * which a kiosk starting hundreds of games a day would pile up.
 */
function dotLayer(
  textures: Phaser.Textures.TextureManager,
  width: number,
  height: number,
): Phaser.Textures.DynamicTexture {
  const kept = textures.exists(DOT_LAYER) ? textures.get(DOT_LAYER) : null;
  if (
    kept instanceof Phaser.Textures.DynamicTexture &&
    kept.width === width &&
    kept.height === height
  )
    return kept.clear();
  if (kept !== null) textures.remove(DOT_LAYER);
  const layer = textures.addDynamicTexture(DOT_LAYER, width, height);
  if (layer === null) throw new Error('the town map could not make its dot layer');
  return layer;
}

/** Room for the largest shape (the triangle, ±10 units) and its outline. */
const DOT_TEXTURE_SIZE = 2 * DOT_RADIUS + 4;
/** The box cleared around a dot before it is drawn again: larger than the shape, smaller than the gap between dots. */
const DOT_CLEAR_SIZE = MIN_GAP - 1;
const DOT_LAYER = 'town-map-dot-layer';

const DOT_TEXTURE = 'town-map-dots';

/**
 * One resident dot in its state's shape and colour (src/theme/state-style.ts): a ring (unaware),
 * a small dot (exposed), a triangle (believing) or a square (doubting), filled shapes outlined.
 */
function drawDot(
  g: Phaser.GameObjects.Graphics,
  state: DotState,
  x: number,
  y: number,
  scale: number,
): void {
  const r = DOT_RADIUS * scale;
  const line = (width: number): number => Math.max(1, width * scale);
  const colour = MapColour[state];
  switch (STATE_STYLE[state].shape) {
    case 'ring':
      g.lineStyle(line(2.5), colour, 0.9);
      g.strokeCircle(x, y, r * 0.6);
      break;
    case 'dot':
      g.fillStyle(colour, 1);
      g.fillCircle(x, y, r * 0.55);
      g.lineStyle(line(2), MapColour.shapeOutline, 1);
      g.strokeCircle(x, y, r * 0.55);
      break;
    case 'triangle':
      g.fillStyle(colour, 1);
      g.fillTriangle(x, y - r * 1.05, x + r, y + r * 0.75, x - r, y + r * 0.75);
      g.lineStyle(line(2), MapColour.shapeOutline, 1);
      g.strokeTriangle(x, y - r * 1.05, x + r, y + r * 0.75, x - r, y + r * 0.75);
      break;
    case 'square':
      g.fillStyle(colour, 1);
      g.fillRect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      g.lineStyle(line(2), MapColour.shapeOutline, 1);
      g.strokeRect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      break;
  }
}

/** The area's fill warms with the share believing, so belief also reads from across the room. */
function areaFill(believing: number): number {
  const from = Phaser.Display.Color.ValueToColor(MapColour.area);
  const to = Phaser.Display.Color.ValueToColor(MapColour.areaBelieving);
  const t = Math.round(Math.min(1, believing * 2) * 100);
  const mixed = Phaser.Display.Color.Interpolate.ColorWithColor(from, to, 100, t);
  return Phaser.Display.Color.GetColor(mixed.r, mixed.g, mixed.b);
}
