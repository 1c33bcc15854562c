import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '../content/load-content';
import type { LoadedScenario } from '../content/load-scenario';
import { checkPaths } from './check-content';
import { createWorld } from '../engine/world';
import { fileSource } from './file-source';
import { oneMoveNodes } from './short-route-choices';

const root = path.resolve(import.meta.dirname, '../..');
const content = await loadContent(fileSource(root));

/** A shipped scenario with one move's `short` flag taken away. */
function withoutShort(id: string, nodeId: string, choiceId: string): LoadedScenario {
  const loaded = content.scenarios.find((s) => s.scenario.id === id);
  if (loaded === undefined) throw new Error(`no scenario ${id}`);
  const nodes = loaded.scenario.nodes.map((n) =>
    n.id !== nodeId
      ? n
      : {
          ...n,
          choices: (n.choices ?? []).map((c) => (c.id === choiceId ? { ...c, short: false } : c)),
        },
  );
  return { ...loaded, scenario: { ...loaded.scenario, nodes } };
}

describe('the short route offers a real choice', () => {
  it('rejects a short route where a node offers one move, naming the node and the fix', () => {
    const findings = checkPaths(withoutShort('zwembad', 'start', 'stukken_lezen'));
    const errors = findings.filter((d) => d.code === 'SCN023' && d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'scenarios/zwembad/scenario.json',
      path: 'nodes[0]',
    });
    expect(errors[0]?.message).toContain("node 'start'");
    expect(errors[0]?.message).toContain("only one move, 'ik_vraag'");
    expect(errors[0]?.hint).toContain('"short": true');
  });

  it('passes every shipped kiosk route', () => {
    expect(content.scenarios.length).toBeGreaterThan(0);
    for (const loaded of content.scenarios)
      expect(oneMoveNodes(createWorld(loaded.scenario, loaded.town)), loaded.scenario.id).toEqual(
        [],
      );
  });
});
