/**
 * The custom Phaser build for the map (used by vite.config.ts and vite.offline.config.ts):
 * `phaser` resolves to src/game/phaser-custom.cjs, which takes only the modules the map uses from
 * Phaser's own sources. Those sources test build flags with `typeof FLAG`; each must be replaced,
 * or the string "undefined" (truthy) would pull every feature back in.
 */
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

export const phaserAliases = [
  { find: /^phaser$/, replacement: fileURLToPath(new URL('src/game/phaser-custom.cjs', root)) },
  { find: /^phaser-src\//, replacement: fileURLToPath(new URL('node_modules/phaser/src/', root)) },
];

/** Every use in Phaser's sources is a truthiness test (`if (typeof WEBGL_RENDERER)`). */
export const phaserDefines = {
  'typeof CANVAS_RENDERER': 'true', // ?renderer=canvas and the fallback where WebGL is missing
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false', // the map is silent (audio.noAudio)
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  // Some of Phaser's sources name `global` (the browser has globalThis).
  global: 'globalThis',
};
