import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const temp = mkdtempSync(path.join(tmpdir(), 'gm-check-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

async function check(...args: string[]): Promise<{ code: number; lines: string[] }> {
  try {
    const { stdout } = await run(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-scenarios.ts', ...args],
      { cwd: root },
    );
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, lines: e.stdout.trim().split('\n') };
  }
}

/** A copy of the shipped scenario in a temp folder, with `edit` applied to its scenario.json text. */
function brokenCopy(name: string, edit: (text: string) => string): string {
  const folder = path.join(temp, name);
  cpSync(path.join(root, 'scenarios/marktplein'), folder, { recursive: true });
  const file = path.join(folder, 'scenario.json');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return file;
}

describe('npm run check:scenarios', () => {
  it('passes the shipped scenarios with exit code 0', async () => {
    const { code, lines } = await check();
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^0 error\(s\), 0 warning\(s\); \d+ scenario\(s\) passed\.$/);
  });

  it('prints one line per finding with code, severity, file:line:column, path, message and fix; exit 1', async () => {
    const file = brokenCopy('marktplein', (text) =>
      text.replace(/"to": "([a-z_]+)"/, '"to": "nergens"'),
    );
    const { code, lines } = await check(file);
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/^[1-9]\d* error\(s\), \d+ warning\(s\); FAILED: /);
    expect(lines.join('\n')).not.toMatch(/passed/);
    const finding = lines.find((l) => l.startsWith('SCN004'));
    expect(finding).toMatch(
      /^SCN004 error .*marktplein\/scenario\.json:\d+:\d+ nodes #\d+ \(id '[a-z_]+'\) › choices #\d+ \(id '[a-z_]+'\) › to: Move '.+' goes to node 'nergens', which does not exist\. Fix: /,
    );
  });

  it('reports invalid JSON with its line and column', async () => {
    const file = brokenCopy('kapot', (text) => text.replace('"format": 1,', '"format": 1'));
    const { code, lines } = await check(file);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(
      /^SCN001 error .*kapot\/scenario\.json:\d+:\d+ \(whole file\): This is not valid JSON: Expected ',' or '}'/,
    );
  });
});
