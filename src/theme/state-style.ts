/**
 * The one place that says how the rumour's states and figures look: the Phaser map
 * (src/game/keys.ts), the map's legend and the title's town (src/ui), the debrief's chart and
 * the town snapshot, and the stylesheets, whose custom properties (`CSS_VARIABLES`) a test holds
 * equal to these values. Okabe–Ito colours, readable for colour-blind players, and never the
 * only cue: every state has its own shape and every chart series its own mark and dash.
 */
import type { ResidentState } from '../content/simulation-vocabulary';

export type StateShape = 'ring' | 'dot' | 'triangle' | 'square';

/** The outline around every filled shape: it carries the 3:1 contrast the lighter fills lack. */
export const SHAPE_OUTLINE = '#14212e';

/**
 * Each state's colour and shape: unaware a hollow ring, exposed (heard it, no opinion yet) a
 * small dot, believing a triangle pointing up, doubting a square. A ring is drawn in its colour;
 * the other shapes are filled with it and outlined in `SHAPE_OUTLINE`.
 */
export const STATE_STYLE: Readonly<
  Record<ResidentState, { readonly colour: string; readonly shape: StateShape }>
> = {
  unaware: { colour: '#52606d', shape: 'ring' },
  exposed: { colour: '#e69f00', shape: 'dot' },
  believing: { colour: '#d55e00', shape: 'triangle' },
  doubting: { colour: '#0072b2', shape: 'square' },
};

/** A neighbourhood's fill on the map: it warms from `none` towards `believing` as belief grows. */
export const AREA_FILL = { none: '#f5f7f9', believing: '#f8cfb4' } as const;

export type Series = 'reach' | 'believing' | 'credibility';
export type SeriesMark = 'circle' | 'triangle' | 'diamond';

/**
 * The debrief chart's lines. Believing is the believing state's colour and shape, as on the map;
 * reach and credibility have colours no state uses (orange used to mean "believing" on the map
 * and "reach" on the chart). Each has its own dash and mark, so the lines read without colour.
 */
export const SERIES_STYLE: Readonly<
  Record<
    Series,
    { readonly colour: string; readonly mark: SeriesMark; readonly dash: string | null }
  >
> = {
  reach: { colour: '#007a5e', mark: 'circle', dash: null },
  believing: { colour: STATE_STYLE.believing.colour, mark: 'triangle', dash: '2 5' },
  credibility: { colour: '#6a3d9a', mark: 'diamond', dash: '8 5' },
};

/**
 * The town snapshot's shading of reach (the share of residents the rumour reached): the reach
 * series' hue in four steps, each with its own number of dots, so it reads without colour too.
 * The darkest step still leaves the dark labels above 4.5:1.
 */
export const REACH_BANDS = [
  { upTo: 0.005, fill: '#dde6ee', dots: 0 },
  { upTo: 0.25, fill: '#cdeadf', dots: 1 },
  { upTo: 0.5, fill: '#8fcfb8', dots: 2 },
  { upTo: 1.01, fill: '#3f9f80', dots: 3 },
] as const;

/** `#rrggbb` as the number Phaser takes (0xrrggbb). */
export const colourNumber = (hex: string): number => Number.parseInt(hex.slice(1), 16);

/** @internal The stylesheets' custom properties (declared in :root of src/styles/main.css); the test holds them equal. */
export const CSS_VARIABLES: Readonly<Record<string, string>> = {
  '--state-unaware': STATE_STYLE.unaware.colour,
  '--state-exposed': STATE_STYLE.exposed.colour,
  '--state-believing': STATE_STYLE.believing.colour,
  '--state-doubting': STATE_STYLE.doubting.colour,
};
