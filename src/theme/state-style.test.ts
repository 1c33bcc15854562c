import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { RESIDENT_STATES } from '../content/simulation-vocabulary';
import {
  AREA_FILL,
  CSS_VARIABLES,
  REACH_BANDS,
  SERIES_STYLE,
  SHAPE_OUTLINE,
  STATE_STYLE,
} from './state-style';

const css = (name: string): string =>
  readFileSync(new URL(`../styles/${name}`, import.meta.url), 'utf8');
const STYLESHEETS = ['main.css', 'title.css', 'play.css', 'feeds.css', 'debrief.css'];

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('the rumour states look the same everywhere', () => {
  it('declares every state colour in the stylesheet, equal to the module', () => {
    const root = /:root\s*\{([^}]*)\}/.exec(css('main.css'))?.[1] ?? '';
    const declared = Object.fromEntries(
      [...root.matchAll(/(--state-[a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [
        m[1],
        m[2]?.toLowerCase(),
      ]),
    );
    expect(declared).toEqual(CSS_VARIABLES);
    expect(Object.keys(CSS_VARIABLES)).toEqual(RESIDENT_STATES.map((s) => `--state-${s}`));
  });

  it('writes no state colour by hand outside :root: the sheets use the custom properties', () => {
    for (const name of STYLESHEETS) {
      const sheet = css(name).replace(/:root\s*\{[^}]*\}/, '');
      for (const state of RESIDENT_STATES) {
        const hex = STATE_STYLE[state].colour;
        expect(sheet.toLowerCase(), `${hex} (${state}) written out in ${name}`).not.toContain(hex);
      }
    }
  });

  it('gives every state its own colour and its own shape', () => {
    const styles = RESIDENT_STATES.map((state) => STATE_STYLE[state]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(4);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(4);
  });

  it('keeps the edge of each shape at 3:1 or more against white and the area fills of the map', () => {
    for (const state of RESIDENT_STATES) {
      const { colour, shape } = STATE_STYLE[state];
      // A ring is drawn in its colour; the filled shapes carry the dark outline.
      const edge = shape === 'ring' ? colour : SHAPE_OUTLINE;
      for (const background of ['#ffffff', AREA_FILL.none, AREA_FILL.believing])
        expect(contrast(edge, background), `${state} on ${background}`).toBeGreaterThanOrEqual(3);
      if (shape !== 'ring')
        expect(contrast(colour, SHAPE_OUTLINE), `${state} fill`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the debrief chart and the snapshot', () => {
  it('draws belief in the believing colour and shape, and reach and credibility in colours no state uses', () => {
    expect(SERIES_STYLE.believing.colour).toBe(STATE_STYLE.believing.colour);
    expect(SERIES_STYLE.believing.mark).toBe('triangle');
    const stateColours = RESIDENT_STATES.map((state) => STATE_STYLE[state].colour);
    expect(stateColours).not.toContain(SERIES_STYLE.reach.colour);
    expect(stateColours).not.toContain(SERIES_STYLE.credibility.colour);
  });

  it('tells the series apart by colour, mark and dash, each line 3:1 or more on white', () => {
    const series = Object.values(SERIES_STYLE);
    expect(new Set(series.map((s) => s.colour)).size).toBe(series.length);
    expect(new Set(series.map((s) => s.mark)).size).toBe(series.length);
    expect(new Set(series.map((s) => s.dash)).size).toBe(series.length);
    for (const s of series) expect(contrast(s.colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('shades reach in steps that darken, each with more dots, the dark labels readable on every step', () => {
    const fills = REACH_BANDS.map((band) => luminance(band.fill));
    expect(fills).toEqual([...fills].sort((a, b) => b - a));
    expect(REACH_BANDS.map((band) => band.dots)).toEqual([0, 1, 2, 3]);
    for (const band of REACH_BANDS)
      expect(contrast(band.fill, SHAPE_OUTLINE)).toBeGreaterThanOrEqual(4.5);
    const stateColours = RESIDENT_STATES.map((state) => STATE_STYLE[state].colour);
    for (const band of REACH_BANDS) expect(stateColours).not.toContain(band.fill);
  });
});
