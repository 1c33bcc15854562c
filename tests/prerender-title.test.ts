/**
 * The title the build writes into index.html (scripts/prerender-title.ts): the game's own title
 * view, each Play a submit button of the GET form (?scenario=<id>), no style attribute (strict
 * CSP), not the app's screen yet; nothing for a kiosk, whose first screen is another.
 */
import { fileURLToPath } from 'node:url';

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import { PLAY_FORM, prerenderTitle } from '../scripts/prerender-title.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function prerendered(config?: string): Promise<{ doc: Document; lang: string }> {
  const title = await prerenderTitle(ROOT, config);
  if (title === undefined) throw new Error('no prerendered title');
  return { doc: new JSDOM(`<div id="app">${title.html}</div>`).window.document, lang: title.lang };
}

describe('the prerendered title', () => {
  it('offers every listed story with a Play that submits ?scenario=<id>, and the call to play', async () => {
    const { doc, lang } = await prerendered();
    expect(lang).toBe('nl');
    expect(doc.querySelector('h1')?.textContent).toBe('Geruchtenmolen');
    const plays = [...doc.querySelectorAll('button[type="submit"]')].map((b) => [
      b.getAttribute('aria-label') ?? b.classList.contains('hero-play'),
      b.getAttribute('name'),
      b.getAttribute('value'),
      b.getAttribute('form'),
    ]);
    expect(plays).toEqual([
      [true, 'scenario', 'marktplein', PLAY_FORM],
      ['Speel: Het zwembad', 'scenario', 'zwembad', PLAY_FORM],
      ['Speel: De brief', 'scenario', 'nepbrief', PLAY_FORM],
      ['Speel: De verkiezingen', 'scenario', 'verkiezingen', PLAY_FORM],
      ['Speel: Het Marktplein', 'scenario', 'marktplein', PLAY_FORM],
      ['Speel: Het windpark', 'scenario', 'windpark', PLAY_FORM],
    ]);
    const form = doc.getElementById(PLAY_FORM);
    expect([form?.tagName, form?.getAttribute('method'), form?.hasAttribute('hidden')]).toEqual([
      'FORM',
      'get',
      true,
    ]);
    // The town from config.json, the content notes as native disclosures.
    expect(doc.querySelector('svg.town-hero')?.getAttribute('aria-label')).toContain('Lindewaard');
    expect(doc.querySelectorAll('.story-card details.content-note').length).toBeGreaterThan(0);
    // Strict CSP: no style attribute, no script; not yet the app's screen.
    expect(doc.querySelectorAll('[style], script').length).toBe(0);
    expect(doc.querySelectorAll('[data-screen-heading]').length).toBe(0);
    expect(doc.querySelectorAll('main[data-prerendered]').length).toBe(1);
  });

  it('follows config.json: its story list and default language; a kiosk gets none', async () => {
    const { doc, lang } = await prerendered(
      JSON.stringify({
        scenarios: ['windpark', 'zwembad'],
        defaultLanguage: 'en',
        languages: ['nl', 'en'],
      }),
    );
    expect(lang).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Rumour Mill');
    expect([...doc.querySelectorAll('[data-story]')].map((b) => b.getAttribute('value'))).toEqual([
      'windpark',
      'zwembad',
    ]);
    expect(await prerenderTitle(ROOT, JSON.stringify({ mode: 'kiosk' }))).toBeUndefined();
  });
});
