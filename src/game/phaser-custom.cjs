/**
 * The map's own Phaser build (vite.config.ts aliases `phaser` to this file; the types still come
 * from the phaser package), assembled from Phaser's CommonJS sources as its own phaser-core.js
 * does (the documented custom-build route), with only what the map uses: the game, scenes,
 * cameras, both renderers, graphics, text, textures, tweens, the time step, curves (the river)
 * and colour blending. Left out, beyond phaser-core's own cuts (physics, tilemaps, particles,
 * sound): the loader and its file types (the map draws everything itself), the scene input
 * plugin with keyboard and gamepad (the map takes no input; the game's InputManager stays, it is
 * part of Phaser.Game), sprites and layers. Phaser skips a default scene plugin that is not
 * registered, so a scene simply has no `load` or `input`. `phaserDefines` in
 * scripts/vite-phaser.ts sets the feature flags these sources expect.
 */
/* eslint-disable @typescript-eslint/no-require-imports, no-undef */
const CONST = require('phaser-src/const.js');
const Extend = require('phaser-src/utils/object/Extend.js');

const Phaser = {
  Animations: require('phaser-src/animations/index.js'),
  BlendModes: require('phaser-src/renderer/BlendModes.js'),
  Cache: require('phaser-src/cache/index.js'),
  Cameras: { Scene2D: require('phaser-src/cameras/2d/index.js') },
  Core: require('phaser-src/core/index.js'),
  Class: require('phaser-src/utils/Class.js'),
  Curves: require('phaser-src/curves/index.js'),
  Data: require('phaser-src/data/index.js'),
  Display: {
    Color: require('phaser-src/display/color/index.js'),
    Masks: require('phaser-src/display/mask/index.js'),
  },
  DOM: require('phaser-src/dom/index.js'),
  Events: require('phaser-src/events/index.js'),
  Filters: require('phaser-src/filters/index.js'),
  Game: require('phaser-src/core/Game.js'),
  GameObjects: {
    DisplayList: require('phaser-src/gameobjects/DisplayList.js'),
    GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator.js'),
    GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory.js'),
    UpdateList: require('phaser-src/gameobjects/UpdateList.js'),
    Components: require('phaser-src/gameobjects/components/index.js'),
    BuildGameObject: require('phaser-src/gameobjects/BuildGameObject.js'),
    GameObject: require('phaser-src/gameobjects/GameObject.js'),
    Graphics: require('phaser-src/gameobjects/graphics/Graphics.js'),
    Image: require('phaser-src/gameobjects/image/Image.js'),
    Text: require('phaser-src/gameobjects/text/Text.js'),
    Factories: {
      Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory.js'),
      Image: require('phaser-src/gameobjects/image/ImageFactory.js'),
      Text: require('phaser-src/gameobjects/text/TextFactory.js'),
    },
    Creators: {
      Graphics: require('phaser-src/gameobjects/graphics/GraphicsCreator.js'),
      Image: require('phaser-src/gameobjects/image/ImageCreator.js'),
      Text: require('phaser-src/gameobjects/text/TextCreator.js'),
    },
  },
  Math: {
    Between: require('phaser-src/math/Between.js'),
    DegToRad: require('phaser-src/math/DegToRad.js'),
    FloatBetween: require('phaser-src/math/FloatBetween.js'),
    RadToDeg: require('phaser-src/math/RadToDeg.js'),
    Vector2: require('phaser-src/math/Vector2.js'),
  },
  Plugins: require('phaser-src/plugins/index.js'),
  Renderer: require('phaser-src/renderer/index.js'),
  Scale: require('phaser-src/scale/index.js'),
  ScaleModes: require('phaser-src/renderer/ScaleModes.js'),
  Scene: require('phaser-src/scene/Scene.js'),
  Scenes: require('phaser-src/scene/index.js'),
  Structs: require('phaser-src/structs/index.js'),
  Textures: require('phaser-src/textures/index.js'),
  Time: require('phaser-src/time/index.js'),
  TintModes: require('phaser-src/renderer/TintModes.js'),
  Tweens: require('phaser-src/tweens/index.js'),
};

module.exports = Extend(false, Phaser, CONST);
