import path from 'node:path';

import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The engine's purity is enforced by tools, not remembered: each probe below, dropped into an
 * engine file, must fail the build. Browser globals fail twice (tsconfig.pure.json has no DOM lib
 * and no ambient types; lint forbids them by name); what the compiler cannot see (imports, the
 * clock, chance, dynamic import()) fails lint.
 */
const root = path.resolve(import.meta.dirname, '..');
const probeFile = path.join(root, 'src/engine/purity-probe.ts');

interface Probe {
  readonly code: string;
  /** The pure tsconfig rejects it as well (it names a global the ES library does not have). */
  readonly compiler: boolean;
}

const PROBES: readonly Probe[] = [
  { code: "import * as PhaserProbe from 'phaser';", compiler: false },
  { code: "import { createAppStore as storeProbe } from '../store/app-store';", compiler: false },
  { code: 'export const p3 = document.title;', compiler: true },
  { code: 'export const p4 = window.innerWidth;', compiler: true },
  { code: 'export const p5 = Math.random();', compiler: false },
  { code: 'export const p6 = Date.now();', compiler: false },
  { code: "export const p7 = import('phaser');", compiler: false },
  { code: "export const p8 = fetch('scenarios/index.json');", compiler: true },
  { code: 'export const p9 = location.href;', compiler: true },
  { code: 'export const p10 = setTimeout(() => 0, 1);', compiler: true },
  { code: 'export const p11 = requestAnimationFrame(() => 0);', compiler: true },
  { code: "export const p12 = matchMedia('(min-width: 1px)');", compiler: true },
  { code: 'export const p13 = new Image();', compiler: true },
  { code: 'export const p14 = globalThis.document;', compiler: true },
  { code: 'export const p15 = globalThis.localStorage;', compiler: true },
  { code: 'export const p16 = self.crypto;', compiler: true },
];
/** Keeps the two imports used, so the only complaint about them is the boundary. */
const TAIL = 'export const uses = [PhaserProbe, storeProbe];';
const source = [...PROBES.map((p) => p.code), TAIL].join('\n') + '\n';

/** 1-based line numbers of the probes that `flagged` does not report. */
function missed(flagged: ReadonlySet<number>, probes: readonly Probe[]): string[] {
  return probes.filter((p) => !flagged.has(PROBES.indexOf(p) + 1)).map((p) => p.code);
}

const PURITY_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-globals',
  'no-restricted-properties',
  'no-restricted-syntax',
]);

describe('the engine stays pure', () => {
  it('lint rejects every probe', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(source, {
      filePath: path.join(root, 'src/engine/sim/random.ts'),
    });
    const flagged = new Set(
      (result?.messages ?? [])
        .filter((m) => m.ruleId !== null && PURITY_RULES.has(m.ruleId))
        .map((m) => m.line),
    );
    expect(missed(flagged, PROBES)).toEqual([]);
  });

  it('the pure tsconfig rejects every browser global', () => {
    const configPath = path.join(root, 'tsconfig.pure.json');
    const { config } = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
    const host = ts.createCompilerHost(parsed.options);
    const readSource = host.getSourceFile.bind(host);
    host.getSourceFile = (file, language, ...rest) =>
      path.resolve(file) === probeFile
        ? ts.createSourceFile(file, source, language)
        : readSource(file, language, ...rest);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (file) => path.resolve(file) === probeFile || fileExists(file);

    const program = ts.createProgram([...parsed.fileNames, probeFile], parsed.options, host);
    const probe = program.getSourceFile(probeFile);
    if (probe === undefined) throw new Error('the probe file did not join the program');
    const flagged = new Set(
      program
        .getSemanticDiagnostics(probe)
        .map((d) => probe.getLineAndCharacterOfPosition(d.start ?? 0).line + 1),
    );
    expect(
      missed(
        flagged,
        PROBES.filter((p) => p.compiler),
      ),
    ).toEqual([]);
  });
});
