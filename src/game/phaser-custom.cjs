/**
 * The map's own Phaser build (vite.config.ts aliases `phaser` to this file; the types still come
 * from the phaser package): Phaser's core entry (game, scenes, cameras, both renderers, graphics,
 * text, textures, tweens, input, loader) plus the two modules the map adds, curves (the river) and
 * colour blending. No physics, tilemaps, sound, particles or other game objects. Built from
 * Phaser's CommonJS sources, its documented custom-build route; `phaserCustomBuild` in
 * scripts/vite-phaser.ts sets the feature flags those sources expect.
 */
/* eslint-disable @typescript-eslint/no-require-imports, no-undef */
const Phaser = require('phaser-src/phaser-core.js');

Phaser.Curves = require('phaser-src/curves/index.js');
Phaser.Display.Color = require('phaser-src/display/color/index.js');

module.exports = Phaser;
