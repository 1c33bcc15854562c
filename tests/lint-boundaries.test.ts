import path from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the (existing) file at `file`, and returns the rule ids that fire. */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('folder boundaries are enforced by lint', () => {
  it.each([
    ['src/engine/sim/random.ts', "import * as Phaser from 'phaser';\nexport const x = Phaser;\n"],
    [
      'src/engine/sim/random.ts',
      "import { createAppStore } from '../store/app-store';\nexport const x = createAppStore;\n",
    ],
    [
      'src/ui/shared/dom.ts',
      "import { createTownMap } from '../../game/create-town-map';\nexport const x = createTownMap;\n",
    ],
    ['src/store/persistence.ts', "import { h } from '../ui/shared/dom';\nexport const x = h;\n"],
    [
      'src/content/schema.ts',
      "import { reduce } from '../engine/reducer';\nexport const x = reduce;\n",
    ],
    [
      'src/i18n/create-i18n.ts',
      "import { SCENARIO_FORMAT } from '../content/schema';\nexport const x = SCENARIO_FORMAT;\n",
    ],
  ])('%s may not import across a boundary', async (file, code) => {
    expect(await rulesFor(file, code)).toContain('no-restricted-imports');
  });

  it('keeps chance and the clock out of the engine', async () => {
    const rules = await rulesFor(
      'src/engine/sim/random.ts',
      'export const a = Math.random();\nexport const b = Date.now();\n',
    );
    expect(rules).toEqual(
      expect.arrayContaining(['no-restricted-properties', 'no-restricted-globals']),
    );
  });

  it('allows what the architecture allows', async () => {
    expect(
      await rulesFor(
        'src/game/keys.ts',
        "import * as Phaser from 'phaser';\nexport const x = Phaser.AUTO;\n",
      ),
    ).toEqual([]);
  });
});
