import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

/** WCAG relative luminance of an sRGB colour with channels 0..1. */
function luminance([r, g, b]: readonly number[]): number {
  const channel = (v: number): number => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
}

/** CSS hsl() to sRGB, channels 0..1. */
function hsl(h: number, s: number, l: number): number[] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

describe('generated avatars', () => {
  it('keep white initials readable (4.5:1) on the avatar colour of every hue an account can get', () => {
    const css = readFileSync('src/styles/main.css', 'utf8');
    const match =
      /\.avatar\s*\{[^}]*background:\s*hsl\(\s*var\(--hue,\s*\d+\)\s+([\d.]+)%\s+([\d.]+)%\s*\)/.exec(
        css,
      );
    expect(match, '.avatar background is an hsl() of --hue').not.toBeNull();
    const [s, l] = [Number(match?.[1]) / 100, Number(match?.[2]) / 100];
    const worst = Math.min(
      ...Array.from({ length: 360 }, (_, hue) => 1.05 / (luminance(hsl(hue, s, l)) + 0.05)),
    );
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });
});
