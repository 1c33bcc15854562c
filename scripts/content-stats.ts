/**
 * npm run content:stats [-- --write]
 * Size, readability (Flesch–Douma / Flesch) and a reading-time estimate per scenario; with
 * --write it updates docs/content-stats.md.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { checkContent } from '../src/tools/check-content';
import { READING_WPM, scenarioStats, SECONDS_PER_DECISION } from '../src/tools/content-stats';
import { fileSource } from '../src/tools/file-source';
import {
  kioskVisit,
  kioskVisitSection,
  playReading,
  playReadingSection,
} from '../src/tools/play-reading';
import { textGroups, textGroupsSection } from '../src/tools/readability-groups';
import en from '../src/i18n/locales/en.json';
import nl from '../src/i18n/locales/nl.json';

const root = path.resolve(import.meta.dirname, '..');
const content = await checkContent(fileSource(root));
const rows = content.scenarios.map((s) => scenarioStats(s));
const table = [
  '| scenario | nodes | decision nodes | endings | techniques | est. minutes (first moves) | est. minutes (short route) | NL words/sentence | NL Flesch–Douma | NL sentences > 15 words | EN words/sentence | EN Flesch | EN sentences > 15 words |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.id} | ${String(r.nodes)} | ${String(r.decisions)} | ${String(r.endings)} | ${String(r.techniques)} | ${r.minutesFirstMoves.toFixed(1)} | ${r.minutesShortRoute.toFixed(1)} | ${r.nl.wordsPerSentence.toFixed(1)} | ${String(r.nl.readingEase)} | ${String(Math.round(r.nl.longSentences * 100))}% | ${r.en.wordsPerSentence.toFixed(1)} | ${String(r.en.readingEase)} | ${String(Math.round(r.en.longSentences * 100))}% |`,
  ),
].join('\n');
console.log(table);
const groups = textGroupsSection(textGroups(content, { nl, en }));
console.log(groups);
const reading = playReadingSection(content.scenarios.map((s) => playReading(s)));
console.log(reading);
// What a visitor reads on the attract screen before the tap: the tagline, the invitation, the button.
const attractWords = [nl.app.tagline, nl.kiosk.intro, nl.kiosk.start]
  .join(' ')
  .split(/\s+/)
  .filter(Boolean).length;
const kiosk = kioskVisitSection(
  content.scenarios.map((s) => kioskVisit(s, attractWords)),
  attractWords,
);
console.log(kiosk);
if (process.argv.includes('--write')) {
  const doc = `# Content figures

Made by \`npm run content:stats -- --write\` from the shipped scenarios (all text in each locale file).

${table}

- **Readability.** Flesch–Douma (Dutch) and Flesch Reading Ease (English): 206.835 − a·(words per sentence) − b·(syllables per word), with a = 0.93, b = 77 for Dutch and a = 1.015, b = 84.6 for English. Higher is easier; about 60 or more reads as plain language (roughly B1). Syllables are counted by vowel groups (Dutch diphthongs once), so the figures are approximate. The content guide's habit is sentences of at most 15 words.
- **Minutes** are an estimate, not a stopwatch: a reader at ${String(READING_WPM)} words a minute reads, at every step, the handler's message, the new posts and the moves, and takes ${String(SECONDS_PER_DECISION)} seconds to choose; the playthrough always takes the first move offered (the short route: the first short move). A first-time player who opens posts and rereads will take longer.

${groups}

${reading}

${kiosk}
`;
  writeFileSync(path.join(root, 'docs/content-stats.md'), doc);
  console.log('wrote docs/content-stats.md');
}
