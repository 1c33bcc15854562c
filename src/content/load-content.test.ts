import { describe, expect, it } from 'vitest';

import { contentFiles, memorySource, scenario } from '../../tests/support/fixtures';
import type { Diagnostic } from './diagnostics';
import { formatDiagnostic } from './diagnostics';
import type { ContentSource } from './content-source';
import { contentLoader, loadContent } from './load-content';
import { partialLanguageFiles, partialLanguageNotice } from './load-locale';

type Files = Record<string, string>;
const SCENARIO = 'scenarios/proef/scenario.json';
const NL = 'scenarios/proef/locales/nl.json';

async function check(change: (files: Files) => void): Promise<readonly Diagnostic[]> {
  const files = contentFiles();
  change(files);
  return (await loadContent(memorySource(files))).diagnostics;
}
const withScenario =
  (edit: (s: ReturnType<typeof scenario>) => void) =>
  (files: Files): void => {
    const s = scenario();
    edit(s);
    files[SCENARIO] = JSON.stringify(s, null, 2);
  };
const editJson =
  (file: string, edit: (value: Record<string, any>) => void) =>
  (files: Files): void => {
    const value = JSON.parse(files[file] ?? '{}') as Record<string, any>;
    edit(value);
    files[file] = JSON.stringify(value, null, 2);
  };
const codes = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.code} ${d.severity} ${d.path}`);

describe('loadContent', () => {
  it('loads valid content without findings', async () => {
    const content = await loadContent(memorySource(contentFiles()));
    expect(content.diagnostics).toEqual([]);
    expect(content.scenarios.map((s) => s.scenario.id)).toEqual(['proef']);
    expect(content.scenarios[0]?.town.name).toBe('Testdorp');
    expect(content.catalogue?.techniques).toHaveLength(3);
  });

  it('SCN001: invalid JSON with line and column, and the scenario is left out', async () => {
    const files = contentFiles();
    files[SCENARIO] = (files[SCENARIO] ?? '').replace('"id": "proef",', '"id": "proef"');
    const content = await loadContent(memorySource(files));
    const [d] = content.diagnostics;
    // The parser notices the missing comma where the next field starts.
    expect(d).toMatchObject({
      code: 'SCN001',
      severity: 'error',
      file: SCENARIO,
      line: 4,
      column: 3,
    });
    expect(content.scenarios).toEqual([]);
    expect(formatDiagnostic(d!)).toMatch(
      /^SCN001 error scenarios\/proef\/scenario\.json:4:3 \(whole file\): This is not valid JSON: .* Fix: /,
    );
  });

  it('SCN002: wrong shape names the field, with its position', async () => {
    const ds = await check(
      withScenario((s) => {
        (s.nodes[0] as any).choises = [];
        (s as any).minutes = 'five';
      }),
    );
    expect(codes(ds)).toEqual(
      expect.arrayContaining(['SCN002 error minutes', 'SCN002 error nodes[0]']),
    );
    const unknown = ds.find((d) => d.path === 'nodes[0]');
    expect(unknown?.message).toBe("The field 'choises' is not part of this format.");
    expect(unknown?.line).toBeGreaterThan(1);
    // The place is printed once, counted from 1 and with the node's id; the message does not repeat it.
    expect(formatDiagnostic(unknown!)).toMatch(
      /^SCN002 error scenarios\/proef\/scenario\.json:\d+:\d+ nodes #1 \(id 'start'\): The field 'choises' is not part of this format\. Fix: /,
    );
  });

  it('SCN002: a missing field says to add it', async () => {
    const ds = await check(
      withScenario((s) => {
        delete (s as any).start;
      }),
    );
    expect(ds[0]).toMatchObject({ code: 'SCN002', path: 'start' });
    expect(ds[0]?.message).toContain('missing');
  });

  it('SCN000: an unsupported format version', async () => {
    const ds = await check(
      withScenario((s) => {
        (s as any).format = 2;
      }),
    );
    expect(codes(ds)).toEqual(['SCN000 error format']);
    expect(ds[0]?.message).toContain('format 2');
  });

  it('SCN003: duplicate node, move and account ids', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[3]!.id = 'viral';
        s.nodes[1]!.choices![1]!.id = 'boast';
        s.accounts[1]!.id = 'me';
      }),
    );
    expect(codes(ds)).toEqual(
      expect.arrayContaining([
        'SCN003 error nodes[3].id',
        'SCN003 error nodes[1].choices[1].id',
        'SCN003 error accounts[1].id',
      ]),
    );
  });

  it('SCN004: a move that goes nowhere, and a start that names no node', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[0]!.choices![1]!.to = 'nowhere';
        s.start = 'begin';
      }),
    );
    expect(codes(ds)).toEqual(
      expect.arrayContaining(['SCN004 error nodes[0].choices[1].to', 'SCN004 error start']),
    );
    expect(ds.find((d) => d.path === 'nodes[0].choices[1].to')?.message).toContain("'nowhere'");
  });

  it('SCN005: an unreachable node is a warning', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes.push({
          id: 'island',
          text: 'nodes.quiet.text',
          ending: { title: 'nodes.quiet.ending', kind: 'fizzled' },
        });
      }),
    );
    expect(codes(ds)).toEqual(['SCN005 warning nodes[4]']);
  });

  it('SCN006: a dead end, and a node that is both', async () => {
    const ds = await check(
      withScenario((s) => {
        delete s.nodes[3]!.ending;
        s.nodes[2]!.choices = [{ id: 'again', label: 'nodes.middle.wait', to: 'quiet' }];
      }),
    );
    expect(codes(ds)).toEqual(
      expect.arrayContaining(['SCN006 error nodes[3]', 'SCN006 error nodes[2].ending']),
    );
  });

  it('SCN007: a loop with no way out', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[1]!.choices = [{ id: 'loop', label: 'nodes.middle.wait', to: 'middle' }];
        s.nodes[0]!.choices![1]!.to = 'viral';
      }),
    );
    expect(codes(ds)).toContain('SCN007 error nodes[1]');
  });

  it('SCN033: a move that leads back to its own node, with the node, the move and a fix', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[1]!.choices![1]!.to = 'middle';
      }),
    );
    // 'quiet' is now out of reach too (SCN005, a warning).
    const errors = ds.filter((d) => d.severity === 'error');
    expect(codes(errors)).toEqual(['SCN033 error nodes[1].choices[1].to']);
    expect(formatDiagnostic(errors[0]!)).toMatch(
      /^SCN033 error scenarios\/proef\/scenario\.json:\d+:\d+ nodes #2 \(id 'middle'\) › choices #2 \(id 'wait'\) › to: Move 'wait' of node 'middle' leads back to node 'middle' itself: .* Fix: Let 'wait' go to another node/,
    );
  });

  it('SCN008: effects and conditions on unknown variables', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[0]!.choices![0]!.effects = { anger: 2 };
        s.nodes[1]!.choices![0]!.requires = { likes: { atLeast: 1 } };
      }),
    );
    expect(codes(ds)).toEqual(
      expect.arrayContaining([
        'SCN008 error nodes[0].choices[0].effects.anger',
        'SCN008 error nodes[1].choices[0].requires.likes',
      ]),
    );
  });

  it('SCN009: a key missing in one locale; SCN017: a locale file missing', async () => {
    const ds = await check(
      editJson(NL, (v) => {
        delete v.nodes.middle.wait;
      }),
    );
    expect(ds).toEqual([
      expect.objectContaining({
        code: 'SCN009',
        path: 'nodes[1].choices[1].label',
        file: SCENARIO,
      }),
    ]);
    expect(ds[0]?.message).toContain(NL);
    const missing = await check((files) => {
      delete files['scenarios/proef/locales/en.json'];
    });
    expect(codes(missing)).toEqual(['SCN017 error ']);
  });

  it('SCN010: an unused key is a warning in the locale file', async () => {
    const ds = await check(
      editJson(NL, (v) => {
        v.nodes.start.extra = 'over';
      }),
    );
    expect(ds).toEqual([
      expect.objectContaining({
        code: 'SCN010',
        severity: 'warning',
        file: NL,
        path: 'nodes.start.extra',
      }),
    ]);
  });

  it('SCN011: an unknown technique', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[0]!.choices![0]!.techniques = ['mind_control'];
      }),
    );
    expect(codes(ds)).toEqual(['SCN011 error nodes[0].choices[0].techniques[0]']);
  });

  it('SCN012: an unknown template variable; SCN019: markup in text', async () => {
    const ds = await check(
      editJson(NL, (v) => {
        v.title = 'Hallo {{burgemeester}}';
        v.summary = '<b>vet</b>';
      }),
    );
    expect(codes(ds)).toEqual(['SCN012 error title', 'SCN019 warning summary']);
  });

  it('SCN012: a place or neighbourhood the town profile does not have, with the known ones', async () => {
    const files = contentFiles();
    editJson(NL, (v) => {
      v.title = 'Naar {{place.square}} in {{area.west}}';
      v.summary = 'Zwemmen in {{place.zwembad}} en {{area.noord}}';
    })(files);
    const ds = (await loadContent(memorySource(files))).diagnostics;
    expect(codes(ds)).toEqual(['SCN012 error summary', 'SCN012 error summary']);
    expect(ds[0]?.message).toContain("has no place 'zwembad'");
    expect(ds[0]?.hint).toContain('{{place.square}}, {{place.radio}}');
    expect(ds[1]?.message).toContain("has no neighbourhood 'noord'");
  });

  it('SCN025: a name of the town profile spelled out in story text is a warning', async () => {
    const ds = await check(
      editJson(NL, (v) => {
        v.summary = 'Feest op het Dorpsplein in Oost, live op Radio Testdorp.';
      }),
    );
    expect(codes(ds)).toEqual([
      'SCN025 warning summary',
      'SCN025 warning summary',
      'SCN025 warning summary',
    ]);
    expect(ds.map((d) => d.hint)).toEqual([
      "Write {{place.radio}} instead of 'Radio Testdorp'.",
      "Write {{place.square}} instead of 'Dorpsplein'.",
      "Write {{area.oost}} instead of 'Oost'.",
    ]);
  });

  it('SCN025 finds whole names only, in every text that has one', async () => {
    const ds = await check(
      editJson(NL, (v) => {
        v.summary = 'Oostelijke wind over Oost.';
        v.title = 'Nieuws uit Oost';
      }),
    );
    expect(codes(ds)).toEqual(['SCN025 warning title', 'SCN025 warning summary']);
  });

  it('SCN013: a post by an unknown account', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[0]!.feed![0]!.author = 'ghost';
      }),
    );
    expect(codes(ds)).toEqual(['SCN013 error nodes[0].feed[0].author']);
    const [d] = ds;
    expect(d?.place).toBe("nodes #1 (id 'start') › feed #1 › author");
    expect(d?.message).toBe(
      `This post is written by 'ghost', but neither the story's "accounts" in ${SCENARIO} nor the town profile scenarios/towns/testdorp.json has an account with that id.`,
    );
    expect(d?.hint).toMatch(
      /^Write the id of one of these accounts: 'me', .*'journalist'.*; or add an account with "id": "ghost" to "accounts" in scenarios\/proef\/scenario\.json\.$/,
    );
    expect(formatDiagnostic(d!)).toMatch(
      /^SCN013 error scenarios\/proef\/scenario\.json:\d+:\d+ nodes #1 \(id 'start'\) › feed #1 › author: This post is written by 'ghost'.* Fix: Write the id/,
    );
  });

  it('SCN013 (not SCN002): an author written with a capital gets the lower-case id to use', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[0]!.feed![0]!.author = 'Me';
      }),
    );
    expect(codes(ds)).toEqual(['SCN013 error nodes[0].feed[0].author']);
    expect(ds[0]?.hint).toBe(
      'Write \'me\': account ids are written in lower case, exactly as in "accounts".',
    );
  });

  it("lets a story post come from one of the town's recurring accounts", async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[0]!.feed![0]!.author = 'journalist';
      }),
    );
    expect(codes(ds)).toEqual([]);
  });

  it('SCN031: a content note that starts with "Let op" or "Note" (the game already puts it before)', async () => {
    const EN = 'scenarios/proef/locales/en.json';
    const withNote =
      (nl: string, en: string) =>
      (files: Files): void => {
        withScenario((s) => {
          s.contentNote = 'note';
        })(files);
        editJson(NL, (v) => {
          v.note = nl;
        })(files);
        editJson(EN, (v) => {
          v.note = en;
        })(files);
      };
    const ds = await check(withNote('Let op: gaat over een overlijden.', 'Note - about a death.'));
    expect(ds.map((d) => `${d.code} ${d.severity} ${d.file} ${d.path}`)).toEqual([
      `SCN031 error ${NL} note`,
      `SCN031 error ${EN} note`,
    ]);
    expect(ds[0]?.message).toContain("starts with 'Let op:'");
    expect(ds[0]?.hint).toBe(
      'Start the text with the note itself, e.g. "Gaat over een overlijden.".',
    );
    expect(ds[1]?.hint).toContain('"About a death."');
    for (const note of ['LET OP gaat over de dood', 'Please note: death', 'note: death'])
      expect(codes(await check(withNote(note, 'About a death.')))).toEqual(['SCN031 error note']);
    // Words that only begin like it are fine.
    expect(
      await check(withNote('Gaat over een overlijden; let op elkaar.', 'Notes on grief.')),
    ).toEqual([]);
  });

  it('a locale file may name its JSON Schema ("$schema"); it is not a text', async () => {
    const ds = await check(
      editJson(NL, (v) => {
        v.$schema = '../../locale.schema.json';
      }),
    );
    expect(ds).toEqual([]);
  });

  it('SCN014: an unknown town; SCN015: id and folder differ', async () => {
    const ds = await check(
      withScenario((s) => {
        s.town = 'atlantis';
        s.id = 'other';
      }),
    );
    expect(codes(ds)).toEqual(expect.arrayContaining(['SCN014 error town', 'SCN015 error id']));
  });

  it('SCN018: a technique without its debrief text', async () => {
    const ds = await check(
      editJson('scenarios/techniques/locales/en.json', (v) => {
        delete v.techniques.emotion.signs;
      }),
    );
    expect(codes(ds)).toEqual(['SCN018 error techniques.emotion.signs']);
  });

  it('SCN018: a technique marked since2024 without that text, or with the text but no mark', async () => {
    const missingText = await check(
      editJson('scenarios/techniques/locales/en.json', (v) => {
        delete v.techniques.emotion.since2024;
      }),
    );
    expect(codes(missingText)).toEqual(['SCN018 error techniques.emotion.since2024']);
    const unmarked = await check(
      editJson('scenarios/techniques/locales/nl.json', (v) => {
        v.techniques.discrediting.since2024 = 'Sinds 2024 anders.';
      }),
    );
    expect(codes(unmarked)).toEqual(['SCN018 error techniques.discrediting.since2024']);
  });

  it('SCN032: a case marked international whose sources are all Dutch', async () => {
    const ds = await check(
      editJson('scenarios/techniques/catalogue.json', (v) => {
        v.techniques[0].sources = ['https://www.example.nl/zaak'];
      }),
    );
    expect(codes(ds)).toEqual(['SCN032 error techniques[0].international']);
    const dutch = await check(
      editJson('scenarios/techniques/catalogue.json', (v) => {
        v.techniques[0].sources = ['https://www.example.nl/zaak'];
        delete v.techniques[0].international;
      }),
    );
    expect(codes(dutch)).toEqual([]);
  });

  it('SCN020: a town whose neighbourhood borders an unknown one', async () => {
    const ds = await check(
      editJson('scenarios/towns/testdorp.json', (v) => {
        v.neighbourhoods[0].neighbours = ['noord'];
      }),
    );
    // The story's SCN014 ("no profile") only follows from it: left out, counted on the cause.
    expect(codes(ds)).toEqual(['SCN020 error neighbourhoods[0].neighbours[0]']);
    expect(ds[0]?.consequences).toBe(1);
  });

  it('SCN003: a town with two accounts or two neighbourhoods of the same id', async () => {
    const ds = await check(
      editJson('scenarios/towns/testdorp.json', (v) => {
        v.accounts.push({ ...v.accounts[0] });
        v.neighbourhoods[2].id = 'west';
      }),
    );
    expect(codes(ds)).toEqual(
      expect.arrayContaining(['SCN003 error accounts[2].id', 'SCN003 error neighbourhoods[2].id']),
    );
  });

  it('SCN002: a town whose age bands do not add up, with the place named', async () => {
    const ds = await check(
      editJson('scenarios/towns/testdorp.json', (v) => {
        v.neighbourhoods[1].ages.senior = 0.6;
      }),
    );
    expect(codes(ds)).toEqual(expect.arrayContaining(['SCN002 error neighbourhoods[1].ages']));
    expect(ds.find((d) => d.code === 'SCN002')?.message).toMatch(/add up to 1/);
  });

  it('SCN017: a missing index or catalogue is reported, not thrown', async () => {
    expect(
      codes(
        await check((f) => {
          delete f['scenarios/index.json'];
        }),
      ),
    ).toEqual(['SCN017 error ']);
    const noCatalogue = await loadContent(
      memorySource(
        (() => {
          const f = contentFiles();
          delete f['scenarios/techniques/catalogue.json'];
          return f;
        })(),
      ),
    );
    expect(noCatalogue.scenarios).toEqual([]);
    // The moves' techniques are unknown only because the catalogue is missing: counted, not listed.
    expect(codes(noCatalogue.diagnostics)).toEqual(['SCN017 error ']);
    expect(noCatalogue.diagnostics[0]?.consequences).toBe(3);
  });

  it('every diagnostic has a message and a fix hint', async () => {
    const ds = await check(
      withScenario((s) => {
        s.nodes[0]!.choices![1]!.to = 'nowhere';
        s.town = 'x';
      }),
    );
    for (const d of ds) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.hint.length).toBeGreaterThan(10);
    }
  });
});

describe('discernment items', () => {
  const items = (list: unknown[]) => JSON.stringify({ format: 1, items: list });
  const texts = (ids: string[]) =>
    JSON.stringify({
      items: Object.fromEntries(
        ids.map((id) => [id, { author: 'A', text: 'T', explanation: 'E' }]),
      ),
    });
  const balanced = [
    { id: 'a', set: 'a', verdict: 'true', difficulty: 1 },
    { id: 'b', set: 'a', verdict: 'manipulative', technique: 'emotion', difficulty: 2 },
    { id: 'c', set: 'b', verdict: 'true', difficulty: 1 },
    { id: 'd', set: 'b', verdict: 'manipulative', technique: 'discrediting', difficulty: 2 },
    { id: 'e', set: 'a', verdict: 'true', difficulty: 2 },
    { id: 'f', set: 'a', verdict: 'manipulative', technique: 'polarisation', difficulty: 1 },
    { id: 'g', set: 'b', verdict: 'true', difficulty: 2 },
    { id: 'h', set: 'b', verdict: 'manipulative', technique: 'emotion', difficulty: 1 },
  ];
  const ids8 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const withItems =
    (list: unknown[], ids = ids8) =>
    (files: Files): void => {
      files['scenarios/discernment/items.json'] = items(list);
      files['scenarios/discernment/locales/nl.json'] = texts(ids);
      files['scenarios/discernment/locales/en.json'] = texts(ids);
    };

  it('loads balanced items with text in every language', async () => {
    const files = contentFiles();
    withItems(balanced)(files);
    const content = await loadContent(memorySource(files));
    expect(content.diagnostics).toEqual([]);
    expect(content.discernment.discernment?.items).toHaveLength(8);
  });

  it('SCN022: an unbalanced set, a manipulative item without technique, an unknown technique', async () => {
    const ds = await check(
      withItems(
        [
          ...balanced.slice(0, 3),
          { id: 'd', set: 'b', verdict: 'manipulative', difficulty: 2 },
          ...balanced.slice(4),
          { id: 'x', set: 'a', verdict: 'manipulative', technique: 'telepathy', difficulty: 1 },
        ],
        [...ids8, 'x'],
      ),
    );
    expect(codes(ds)).toEqual([
      'SCN022 error items[3]',
      'SCN022 error items[8].technique',
      'SCN022 error items',
      'SCN022 error items',
      'SCN022 error items',
    ]);
    const messages = ds.map((d) => d.message).join('\n');
    expect(messages).toContain("Set 'a' has 2 true and 3 manipulative");
    expect(messages).toContain("The manipulative items of sets 'a' and 'b' differ");
    expect(messages).toContain("No item uses 'discrediting'");
  });

  it('SCN022: sets of unequal difficulty are not parallel', async () => {
    const ds = await check(
      withItems([...balanced.slice(0, 3), { ...balanced[3], difficulty: 3 }, ...balanced.slice(4)]),
    );
    expect(ds.map((d) => d.message)).toEqual([
      "The manipulative items of sets 'a' and 'b' differ: 2 items (difficulty 3) against 2 (difficulty 4).",
    ]);
  });

  it('SCN009: an item without its explanation in a language', async () => {
    const ds = await check((files) => {
      withItems(balanced)(files);
      files['scenarios/discernment/locales/en.json'] = JSON.stringify({
        items: {
          ...Object.fromEntries(
            ids8.map((id) => [id, { author: 'A', text: 'T', explanation: 'E' }]),
          ),
          a: { author: 'A', text: 'T' },
        },
      });
    });
    expect(codes(ds)).toEqual(['SCN009 error items.a.explanation']);
  });
});

describe('a language added by files (not shipped complete)', () => {
  const FY = 'scenarios/proef/locales/fy.json';

  it('a partial language gives warnings, never errors: the story still plays, with its texts where it has them', async () => {
    const files = contentFiles();
    files[FY] = JSON.stringify({ title: 'Proef yn it Frysk' });
    const content = await loadContent(memorySource(files), undefined, ['nl', 'en', 'fy']);
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(content.diagnostics.some((d) => d.code === 'SCN009' && d.message.includes(FY))).toBe(
      true,
    );
    expect(content.diagnostics.find((d) => d.message.includes(FY))?.hint).toMatch(/Dutch/);
    expect(content.scenarios.map((s) => s.scenario.id)).toEqual(['proef']);
    expect(content.scenarios[0]?.locales.fy).toEqual({ title: 'Proef yn it Frysk' });
  });

  it('missing files and broken JSON of an added language only warn (SCN017, SCN001)', async () => {
    const files = contentFiles();
    files[FY] = '{ "title": ';
    const content = await loadContent(memorySource(files), undefined, ['nl', 'en', 'fy']);
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(codes(content.diagnostics)).toEqual(
      expect.arrayContaining([
        'SCN001 warning ',
        'SCN017 warning ', // scenarios/techniques/locales/fy.json
      ]),
    );
    expect(content.scenarios).toHaveLength(1);
  });

  it('the same gaps in English, a language shipped complete, are errors', async () => {
    const files = contentFiles();
    files['scenarios/proef/locales/en.json'] = JSON.stringify({ title: 'Trial' });
    const content = await loadContent(memorySource(files));
    expect(codes(content.diagnostics)).toContain('SCN009 error summary');
  });
});

describe("a story's own case and start", () => {
  it('SCN020: a start neighbourhood the town does not have; SCN009: a case without its text', async () => {
    const found = await check(
      withScenario((s) => {
        (s as Record<string, unknown>).simulation = { startArea: 'nergens' };
        (s as Record<string, unknown>).realCase = 'realCase';
      }),
    );
    expect(codes(found)).toEqual(
      expect.arrayContaining(['SCN020 error simulation.startArea', 'SCN009 error realCase']),
    );
  });
});

describe('partialLanguageFiles', () => {
  it('names, per added language, the files its findings are in; shipped languages are left out', () => {
    const d = (file: string, message = 'x') =>
      ({ code: 'SCN009', severity: 'warning', file, path: '', message, hint: '' }) as const;
    expect(
      Object.fromEntries(
        partialLanguageFiles([
          d('locales/fy.json'),
          d(
            'scenarios/mast/scenario.json',
            "The text key 'a' has no text in scenarios/mast/locales/fy.json.",
          ),
          d('scenarios/mast/locales/fy.json'),
          d('scenarios/mast/locales/en.json'),
          d('scenarios/mast/scenario.json', 'No locale here.'),
        ]),
      ),
    ).toEqual({ fy: ['locales/fy.json', 'scenarios/mast/locales/fy.json'] });
  });
});

describe('partialLanguageNotice', () => {
  it('names up to three files; with more it says how many and names three, never ending in "…"', () => {
    const files = (n: number) =>
      Array.from({ length: n }, (_, i) => `scenarios/s${String(i)}/locales/fy.json`);
    expect(partialLanguageNotice('fy', files(2))).toEqual({
      key: 'notice.partialLanguage',
      values: { lang: 'fy', count: 2, files: files(2).join(', ') },
    });
    const many = partialLanguageNotice('fy', files(7));
    expect(many.key).toBe('notice.partialLanguageMany');
    expect(many.values).toEqual({ lang: 'fy', count: 7, files: files(3).join(', ') });
    expect(many.values.files).not.toContain('…');
  });
});

describe('contentLoader: the chosen story first, the others after', () => {
  /** The content with a second story ('tweede', a copy of 'proef'), and every file read, in order. */
  function twoStories(): { source: ContentSource; reads: string[]; files: Files } {
    const files = contentFiles();
    const copy = (from: string): string =>
      (files[from] ?? '').replace('"id": "proef"', '"id": "tweede"');
    files['scenarios/tweede/scenario.json'] = copy(SCENARIO);
    files['scenarios/tweede/locales/nl.json'] = files[NL] ?? '';
    files['scenarios/tweede/locales/en.json'] = files['scenarios/proef/locales/en.json'] ?? '';
    files['scenarios/index.json'] = JSON.stringify({ format: 1, scenarios: ['proef', 'tweede'] });
    const reads: string[] = [];
    const inner = memorySource(files);
    return {
      files,
      reads,
      source: {
        read: (path) => {
          reads.push(path);
          return inner.read(path);
        },
      },
    };
  }

  it('story() reads and checks that story alone (with the index, catalogue and town), all() adds the others without reading it again', async () => {
    const { source, reads } = twoStories();
    const loader = contentLoader(source, ['nl', 'en']);
    const first = await loader.story('proef');
    expect(first?.diagnostics).toEqual([]);
    expect(first?.scenarios.map((s) => s.scenario.id)).toEqual(['proef']);
    expect(first?.discernment.discernment).toBeUndefined();
    expect(reads.filter((r) => r.includes('tweede'))).toEqual([]);
    const all = await loader.all();
    expect(all.scenarios.map((s) => s.scenario.id)).toEqual(['proef', 'tweede']);
    expect(all.diagnostics).toEqual([]);
    // Every file once: the first story's checks are reused.
    expect(reads.length).toBe(new Set(reads).size);
  });

  it('a story the index does not list gives undefined (the page then loads everything)', async () => {
    const { source } = twoStories();
    expect(await contentLoader(source).story('derde')).toBeUndefined();
  });

  it("a broken other story is only found by all(); the chosen one's findings are its own", async () => {
    const { source, files } = twoStories();
    files['scenarios/tweede/scenario.json'] = '{ "format": 1, ';
    const loader = contentLoader(source, ['nl', 'en']);
    expect((await loader.story('proef'))?.diagnostics).toEqual([]);
    const all = await loader.all();
    expect(all.scenarios.map((s) => s.scenario.id)).toEqual(['proef']);
    expect(codes(all.diagnostics)).toEqual(['SCN001 error ']);
    expect(all.diagnostics[0]?.file).toBe('scenarios/tweede/scenario.json');
  });

  it('waits at its pause between the checks of a story (shape, texts, graph, wording)', async () => {
    const { source } = twoStories();
    let pauses = 0;
    const loader = contentLoader(source, ['nl', 'en'], () => {
      pauses += 1;
      return Promise.resolve();
    });
    await loader.story('proef');
    expect(pauses).toBe(4);
  });
});
