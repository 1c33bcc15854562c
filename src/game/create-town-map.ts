import * as Phaser from 'phaser';

import type { AppStoreApi } from '../store/app-store';
import type { Renderer } from '../store/launch-options';
import { demoRun, type GameFeed } from './demo-run';
import { mapCanvasSize, SceneKey } from './keys';
import { TownMapScene, type TownMapDeps } from './town-map-scene';

const RENDERER_TYPE = { auto: Phaser.AUTO, webgl: Phaser.WEBGL, canvas: Phaser.CANVAS } as const;

type MapDeps = Omit<TownMapDeps, 'resolution' | 'games'> & {
  readonly store: AppStoreApi;
  readonly renderer: Renderer;
};

/** The store's game, as the map reads it. */
function storeGames(store: AppStoreApi): GameFeed {
  return {
    current: () => store.getState().game,
    subscribe: (listener) =>
      store.subscribe(
        (s) => s.game,
        (next) => {
          if (next) listener(next);
        },
      ),
  };
}

/**
 * The one Phaser game of the page. A browser allows only a handful of WebGL contexts, and a
 * festival kiosk starts hundreds of games a day, so the game (and its canvas and context) is made
 * once and reused: each map mount moves the canvas into its panel and starts a fresh scene; an
 * unmount removes the scene (which drops its store subscription), takes the canvas out of the page
 * and puts the game loop to sleep, so no frame is pending.
 */
interface SharedGame {
  readonly game: Phaser.Game;
  readonly renderer: Renderer;
  booted: boolean;
}

let shared: SharedGame | null = null;
/** The mount that shows the map now; older unmount functions no longer touch the game. */
let current: Mount | null = null;

interface Mount {
  readonly parent: HTMLElement;
  readonly scene: TownMapScene;
  /** False while the title's demo still computes its first picture. */
  ready: boolean;
}

/**
 * Shows the town map inside `parent` and returns how to take it away again. WebGL by default,
 * with Phaser's own fallback to Canvas where WebGL is missing; `?renderer=canvas` forces Canvas.
 * The renderer in use is written to `parent.dataset.renderer` ("webgl" or "canvas").
 * With `demo`, the map shows the title's demo run of `world` (see demo-run.ts) instead of the
 * store's game, on the same game and canvas: the play screen's map then takes them over.
 */
export function createTownMap(parent: HTMLElement, deps: MapDeps): () => void {
  // The canvas takes the panel's shape (the map fills the stage), drawn at the size it is shown
  // (see mapCanvasSize) and scaled by CSS to fit.
  const size = mapCanvasSize(parent.clientWidth, parent.clientHeight, window.devicePixelRatio);
  const { width, height } = size;
  const resolution = size.zoom;
  if (current !== null) release(current.parent);
  const host = sharedGame(deps.renderer, width, height);
  const demo = deps.demo === true ? demoRun(deps.world, deps.reducedMotion) : undefined;
  const games = demo ?? storeGames(deps.store);
  const scene = new TownMapScene({ ...deps, games, resolution });
  const mount: Mount = { parent, scene, ready: demo === undefined };
  current = mount;
  if (host.booted && mount.ready) show(host, mount, width, height);
  // The demo's residents are made in an idle moment of their own, not in the frame that draws
  // the scene (nor in the one that made the game): three shorter tasks instead of one long one.
  demo?.whenReady(() => {
    mount.ready = true;
    if (current === mount && host.booted) show(host, mount, width, height);
    demo.start();
  });
  return () => {
    demo?.stop();
    if (current === mount) release(parent);
  };
}

/** The page's game, made on first use or when another renderer is asked for. */
function sharedGame(renderer: Renderer, w: number, h: number): SharedGame {
  if (shared !== null && shared.renderer === renderer) return shared;
  shared?.game.destroy(true);
  const game = new Phaser.Game({
    type: RENDERER_TYPE[renderer],
    // No parent of Phaser's own: show() puts the canvas into the panel, and the game keeps no
    // reference to a panel after its screen has gone (that kept a whole old play screen alive).
    parent: null,
    width: w,
    height: h,
    backgroundColor: '#dfe8d2',
    banner: false,
    audio: { noAudio: true },
    // The map is only looked at: no input listeners on the page.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  });
  const made: SharedGame = { game, renderer, booted: false };
  shared = made;
  game.events.once(Phaser.Core.Events.READY, () => {
    made.booted = true;
    if (current?.ready === true) show(made, current, w, h);
    else game.loop.sleep();
  });
  return made;
}

/** Puts the canvas into the mount's panel and starts its scene. */
function show(host: SharedGame, mount: Mount, w: number, h: number): void {
  const { game } = host;
  if (game.canvas.parentElement !== mount.parent) mount.parent.append(game.canvas);
  const scale = game.scale;
  scale.parent = mount.parent;
  if (scale.width !== w || scale.height !== h) scale.setGameSize(w, h);
  scale.getParentBounds();
  scale.refresh();
  game.loop.wake();
  game.scene.add(SceneKey.TownMap, mount.scene, true);
  mount.parent.dataset.renderer = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
}

/** Removes the scene (and with it its store subscription, tweens and texts); the game sleeps. */
function release(parent: HTMLElement): void {
  current = null;
  if (shared === null) return;
  const { game } = shared;
  if (shared.booted) {
    // Stopped first: removing alone skips the scene's shutdown, and Phaser's input plugin only
    // lets go of the game's input events there (one listener per game, kept for good).
    game.scene.stop(SceneKey.TownMap);
    game.scene.remove(SceneKey.TownMap);
    game.loop.sleep();
  }
  if (game.canvas.parentElement === parent) game.canvas.remove();
  game.scale.parent = null;
}
