import { AREA_FILL, colourNumber, SHAPE_OUTLINE, STATE_STYLE } from '../theme/state-style';

/** The map's size in map units: the town profile's shapes are drawn in 1000 × 600. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 600;

/**
 * How many canvas pixels the map draws per map unit: enough for the size it is shown at (CSS
 * width × device pixel ratio), never more than 1 and not less than 0.4. The map is usually shown
 * a third of its 1000 units wide, and every pixel costs on software WebGL: drawing only the
 * pixels that are seen keeps the animation fluid there.
 */
export function mapResolution(cssWidth: number, devicePixelRatio: number): number {
  if (!Number.isFinite(cssWidth) || cssWidth <= 0) return 1;
  const wanted =
    (cssWidth *
      (Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1)) /
    MAP_WIDTH;
  return Math.min(1, Math.max(0.4, Math.ceil(wanted * 20) / 20));
}

export const SceneKey = { TownMap: 'town-map' } as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

/**
 * The map's colours. The residents' states and the areas' warming come from src/theme/state-style.ts,
 * shared with the legend, the chart, the snapshot and the stylesheets; every state also has its
 * own shape (drawn in town-map-scene.ts), so the map reads in black and white as well.
 */
export const MapColour = {
  background: 0xeef3f7,
  water: 0x56b4e9,
  /** Area fill with nobody believing; it warms towards `areaBelieving` as belief grows. */
  area: colourNumber(AREA_FILL.none),
  areaBelieving: colourNumber(AREA_FILL.believing),
  outline: 0x2b3a4a,
  unaware: colourNumber(STATE_STYLE.unaware.colour),
  exposed: colourNumber(STATE_STYLE.exposed.colour),
  believing: colourNumber(STATE_STYLE.believing.colour),
  doubting: colourNumber(STATE_STYLE.doubting.colour),
  shapeOutline: colourNumber(SHAPE_OUTLINE),
} as const;

/** Milliseconds per simulation tick when the map steps through the newest frames. */
export const TICK_MS = 320;

/**
 * The canvas for a map container of `cssWidth` × `cssHeight`: the same shape as the container,
 * so the map fills it (the town in the middle, countryside around), and `zoom` canvas pixels per
 * map unit so the whole 1000 × 600 town fits, at the resolution it is seen (see mapResolution).
 * A container with no height yet gets the town's own 5:3 shape.
 */
export function mapCanvasSize(
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
): { readonly width: number; readonly height: number; readonly zoom: number } {
  const width = Number.isFinite(cssWidth) && cssWidth > 0 ? cssWidth : MAP_WIDTH;
  const height =
    Number.isFinite(cssHeight) && cssHeight >= 60 ? cssHeight : (width * MAP_HEIGHT) / MAP_WIDTH;
  const fit = Math.min(width / MAP_WIDTH, height / MAP_HEIGHT); // CSS pixels per map unit
  const zoom = mapResolution(fit * MAP_WIDTH, devicePixelRatio);
  const perCssPixel = zoom / fit;
  return {
    width: Math.round(width * perCssPixel),
    height: Math.round(height * perCssPixel),
    zoom,
  };
}
