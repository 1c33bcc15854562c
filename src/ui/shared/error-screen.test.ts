import { getAllByRole, getByRole } from '@testing-library/dom';
import { describe, expect, it, vi } from 'vitest';

import { contentFiles, memorySource } from '../../../tests/support/fixtures';
import { loadContent } from '../../content/load-content';
import { createI18n } from '../../i18n/create-i18n';
import en from '../../i18n/locales/en.json';
import nl from '../../i18n/locales/nl.json';
import { renderErrorScreen, renderLoadFailedScreen } from './error-screen';

const i18n = await createI18n('nl', { nl: { ui: nl }, en: { ui: en } });

describe('error screen', () => {
  it('names the code, file, place with line and column, and the fix of every error', async () => {
    const files = contentFiles();
    files['scenarios/proef/scenario.json'] = (files['scenarios/proef/scenario.json'] ?? '').replace(
      '"to": "middle"',
      '"to": "nergens"',
    );
    const { diagnostics } = await loadContent(memorySource(files));
    const screen = renderErrorScreen(i18n, diagnostics);
    document.body.append(screen);
    expect(getAllByRole(screen, 'heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'Het spel kan dit verhaal niet laden',
    ]);
    const item = getByRole(screen, 'listitem');
    expect(item.textContent).toContain('SCN004 Een zet verwijst naar een stap die niet bestaat');
    expect(item.textContent).toContain('Gebruik de id van een bestaande stap');
    expect(item.textContent).toContain("goes to node 'nergens'");
    expect(item.textContent).toContain('scenarios/proef/scenario.json');
    expect(item.textContent).toMatch(
      /nodes #1 \(id 'start'\) › choices #1 \(id '[a-z_]+'\) › to \(regel \d+, kolom \d+\)/,
    );
    expect(item.textContent).toContain('Oplossing');
  });

  it("explains a move that leads back to its own step in the player's language", async () => {
    const files = contentFiles();
    files['scenarios/proef/scenario.json'] = (files['scenarios/proef/scenario.json'] ?? '').replace(
      '"to": "quiet"',
      '"to": "middle"',
    );
    const { diagnostics } = await loadContent(memorySource(files));
    const english = await createI18n('en', { nl: { ui: nl }, en: { ui: en } });
    const texts = [i18n, english].map(
      (lang) => getByRole(renderErrorScreen(lang, diagnostics), 'listitem').textContent,
    );
    expect(texts[0]).toContain('SCN033 Een zet leidt terug naar zijn eigen stap');
    expect(texts[0]).toContain('Laat de zet naar een andere stap gaan');
    expect(texts[1]).toContain('SCN033 A move leads back to its own step');
    expect(texts[1]).toContain('Let the move go to another step');
    for (const text of texts) {
      expect(text).toMatch(/nodes #2 \(id 'middle'\) › choices #2 \(id 'wait'\) › to/);
      expect(text).toContain("Move 'wait' of node 'middle' leads back to node 'middle' itself");
    }
  });

  it('puts a broken shared file first, with its place and fix, and says what it hid (nl and en)', async () => {
    const files = contentFiles();
    files['scenarios/techniques/catalogue.json'] = (
      files['scenarios/techniques/catalogue.json'] ?? ''
    ).replace('"format": 1,', '"format": 1');
    const { diagnostics } = await loadContent(memorySource(files));
    const english = await createI18n('en', { nl: { ui: nl }, en: { ui: en } });
    const [dutch, inEnglish] = [i18n, english].map((lang) => renderErrorScreen(lang, diagnostics));
    // The first thing read under the heading names the file and what to do.
    expect(dutch!.querySelector('h1 + p')?.textContent).toMatch(
      /^Herstel eerst scenarios\/techniques\/catalogue\.json\. De verhalen gebruiken dit bestand samen/,
    );
    expect(inEnglish!.querySelector('h1 + p')?.textContent).toMatch(
      /^Fix scenarios\/techniques\/catalogue\.json first\. The stories share this file/,
    );
    for (const [screen, words] of [
      [dutch!, ['regel 3, kolom 3', 'Door deze fout geven andere bestanden nog 3 meldingen']],
      [
        inEnglish!,
        ['line 3, column 3', 'Because of this mistake, other files give 3 more findings'],
      ],
    ] as const) {
      const items = getAllByRole(screen, 'listitem');
      // No "unknown technique ... Use one of: ;" for every move: only the cause.
      expect(items).toHaveLength(1);
      expect(items[0]?.textContent).toContain('SCN001');
      expect(items[0]?.textContent).toContain('scenarios/techniques/catalogue.json');
      for (const w of words) expect(items[0]?.textContent).toContain(w);
      expect(screen.textContent).not.toContain('SCN011');
    }
  });

  it('offers to go on with the scenarios that work', () => {
    const onContinue = vi.fn();
    const screen = renderErrorScreen(
      i18n,
      [
        {
          code: 'SCN001',
          severity: 'error',
          file: 'x.json',
          path: '',
          message: 'Broken.',
          hint: 'Fix it.',
        },
      ],
      onContinue,
    );
    getByRole(screen, 'button', { name: 'Verder met de verhalen die wel werken' }).click();
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('lists at most 20 and counts the rest; warnings are not listed', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      code: 'SCN004' as const,
      severity: 'error' as const,
      file: 'f.json',
      path: `p${String(i)}`,
      message: 'm',
      hint: 'h',
    }));
    const screen = renderErrorScreen(i18n, [
      ...many,
      { ...many[0]!, code: 'SCN010', severity: 'warning' },
    ]);
    expect(screen.querySelectorAll('li.diagnostic')).toHaveLength(20);
    expect(screen.textContent).toContain('En nog 5 meldingen.');
    expect(screen.textContent).not.toContain('SCN010');
  });

  it('explains a failed download in plain words', () => {
    const screen = renderLoadFailedScreen(i18n, 'the server answered 500');
    expect(screen.textContent).toContain("de map 'scenarios' naast index.html");
  });
});
