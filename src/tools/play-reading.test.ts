import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from './check-content';
import { fileSource } from './file-source';
import nl from '../i18n/locales/nl.json';
import { KIOSK_VISIT_MAX_MINUTES, kioskVisit, playReading } from './play-reading';

const root = path.resolve(import.meta.dirname, '../..');
const content = await checkContent(fileSource(root));

describe('reading on the play screen (the play issue’s reading model)', () => {
  it.each(content.scenarios.map((s) => [s.scenario.id, s] as const))(
    '%s: at most 80 words a step before choosing, on average',
    (_id, loaded) => {
      expect(playReading(loaded).wordsPerStep).toBeLessThanOrEqual(80);
    },
  );

  it('a zwembad session (longest path, switch-sides round, results card) fits 15 minutes', () => {
    const zwembad = content.scenarios.find((s) => s.scenario.id === 'zwembad');
    expect(zwembad).toBeDefined();
    if (zwembad) expect(playReading(zwembad).sessionMinutes).toBeLessThanOrEqual(15);
  });

  it.each(content.scenarios.map((s) => [s.scenario.id, s] as const))(
    '%s: a festival visit (attract screen, longest short-route path, results card) fits 5 minutes',
    (_id, loaded) => {
      const attract = [nl.app.tagline, nl.kiosk.intro, nl.kiosk.start].join(' ').split(/\s+/);
      const visit = kioskVisit(loaded, attract.length);
      expect(visit.visitMinutes).toBeGreaterThan(visit.shortRouteMinutes);
      expect(visit.visitMinutes).toBeLessThanOrEqual(KIOSK_VISIT_MAX_MINUTES);
    },
  );
});
