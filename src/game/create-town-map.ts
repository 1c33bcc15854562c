import * as Phaser from 'phaser';

import type { Renderer } from '../store/launch-options';
import { MAP_HEIGHT, MAP_WIDTH, mapResolution } from './keys';
import { TownMapScene, type TownMapDeps } from './town-map-scene';

const RENDERER_TYPE = { auto: Phaser.AUTO, webgl: Phaser.WEBGL, canvas: Phaser.CANVAS } as const;

/**
 * Starts Phaser with the town map inside `parent` and returns how to stop it. WebGL by default,
 * with Phaser's own fallback to Canvas where WebGL is missing; `?renderer=canvas` forces Canvas.
 * The renderer in use is written to `parent.dataset.renderer` ("webgl" or "canvas").
 */
export function createTownMap(
  parent: HTMLElement,
  deps: Omit<TownMapDeps, 'resolution'> & { readonly renderer: Renderer },
): () => void {
  // Drawn at the size it is shown (see mapResolution) and scaled by CSS to fit the panel.
  const resolution = mapResolution(parent.clientWidth, window.devicePixelRatio);
  const game = new Phaser.Game({
    type: RENDERER_TYPE[deps.renderer],
    parent,
    width: Math.round(MAP_WIDTH * resolution),
    height: Math.round(MAP_HEIGHT * resolution),
    backgroundColor: '#eef3f7',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    scene: new TownMapScene({ ...deps, resolution }),
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    parent.dataset.renderer = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
  });
  return () => {
    game.destroy(true);
  };
}
