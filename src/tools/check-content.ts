import type { ContentSource } from '../content/content-source';
import { type Diagnostic, DiagnosticCode as C } from '../content/diagnostics';
import { type LoadedContent, loadContent } from '../content/load-content';
import type { LoadedScenario, ScenarioLocation } from '../content/load-scenario';
import { explore } from '../engine/explore';
import { createWorld } from '../engine/world';

/**
 * The full content check: everything the game checks when it loads, plus a walk of every path
 * through the real engine (SCN016). Used by `npm run check:scenarios` and the test suite.
 */
export async function checkContent(
  source: ContentSource,
  locations?: readonly ScenarioLocation[],
): Promise<LoadedContent> {
  const content = await loadContent(source, locations);
  const walks = content.scenarios.flatMap(checkPaths);
  return { ...content, diagnostics: [...content.diagnostics, ...walks] };
}

/** Walks every path; reports move sequences that leave the player with no move and no ending. */
export function checkPaths(loaded: LoadedScenario): Diagnostic[] {
  const result = explore(createWorld(loaded.scenario, loaded.town));
  const file = `scenarios/${loaded.scenario.id}/scenario.json`;
  const out: Diagnostic[] = result.stuckPaths.slice(0, 5).map((path) => ({
    code: C.StrandedPath,
    severity: 'error',
    file,
    path: 'nodes',
    message: `After the moves ${path.map((m) => `'${m}'`).join(' → ') || '(none)'} no move is available and the game has not ended.`,
    hint: 'Loosen a "requires" on that node, or add a move without "requires" so there is always a way on.',
  }));
  if (result.truncated) {
    out.push({ code: C.StrandedPath, severity: 'warning', file, path: 'nodes',
      message: 'The scenario has too many paths (or one too long) to walk them all; not every path was checked.',
      hint: 'Shorten loops, or check that every loop has a way out towards an ending.' });
  }
  return out;
}
