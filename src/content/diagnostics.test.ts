import { describe, expect, it } from 'vitest';

import { describePath, formatDiagnostic } from './diagnostics';

const scenario = {
  nodes: [
    { id: 'start', choices: [] },
    {
      id: 'raadsvergadering',
      choices: [
        { id: 'wait', techniques: [] },
        { id: 'ask', techniques: ['emotion', 'mind_control'] },
      ],
    },
  ],
};

describe('describePath: the place in a file for a person', () => {
  it('counts list positions from 1 and names the id found there', () => {
    expect(describePath('nodes[1].choices[1].to', scenario)).toBe(
      "nodes #2 (id 'raadsvergadering') › choices #2 (id 'ask') › to",
    );
  });

  it('names a text in a list by the text', () => {
    expect(describePath('nodes[1].choices[1].techniques[1]', scenario)).toBe(
      "nodes #2 (id 'raadsvergadering') › choices #2 (id 'ask') › techniques #2 ('mind_control')",
    );
  });

  it('without the file, still counts from 1', () => {
    expect(describePath('nodes[0].feed[2].author')).toBe('nodes #1 › feed #3 › author');
  });

  it('leaves a path without lists (a text key, a field) as it is', () => {
    expect(describePath('nodes.start.text')).toBe('nodes.start.text');
    expect(describePath('simulation.startArea', scenario)).toBe('simulation.startArea');
    expect(describePath('choices[0].effects.anger')).toBe('choices #1 › effects.anger');
  });

  it('keeps quoted keys and anything it does not recognise readable', () => {
    expect(describePath('items["a b"][0]')).toBe('items."a b" #1');
    expect(describePath('not a path')).toBe('not a path');
  });
});

describe('formatDiagnostic', () => {
  it('prints the place for a person once, or "(whole file)"', () => {
    const base = {
      code: 'SCN004',
      severity: 'error',
      file: 'scenarios/x/scenario.json',
      message: 'Broken.',
      hint: 'Mend it.',
    } as const;
    expect(formatDiagnostic({ ...base, path: 'nodes[2].choices[0].to', line: 3, column: 4 })).toBe(
      'SCN004 error scenarios/x/scenario.json:3:4 nodes #3 › choices #1 › to: Broken. Fix: Mend it.',
    );
    expect(formatDiagnostic({ ...base, path: '' })).toBe(
      'SCN004 error scenarios/x/scenario.json (whole file): Broken. Fix: Mend it.',
    );
  });
});
