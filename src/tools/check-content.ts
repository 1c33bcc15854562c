import type { ContentSource } from '../content/content-source';
import { type Diagnostic, DiagnosticCode as C } from '../content/diagnostics';
import { type LoadedContent, loadContent } from '../content/load-content';
import type { LoadedScenario, ScenarioLocation } from '../content/load-scenario';
import { explore } from '../engine/explore';
import { createWorld } from '../engine/world';
import { longestShortRouteMinutes, READING_WPM } from './content-stats';
import { oneMoveNodes } from './short-route-choices';

/**
 * The full content check: everything the game checks when it loads, plus a walk of every path
 * through the real engine (SCN016). Used by `npm run check:scenarios` and the test suite.
 */
export async function checkContent(
  source: ContentSource,
  locations?: readonly ScenarioLocation[],
  languages?: readonly string[],
): Promise<LoadedContent> {
  const content = await loadContent(source, locations, languages);
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
  out.push(...checkShortRoute(loaded, file));
  if (result.truncated) {
    out.push({
      code: C.StrandedPath,
      severity: 'warning',
      file,
      path: 'nodes',
      message:
        'The scenario has too many paths (or one too long) to walk them all; not every path was checked.',
      hint: 'Shorten loops, or check that every loop has a way out towards an ending.',
    });
  }
  return out;
}

/** Decisions a festival visitor can make in about five minutes. */
export const SHORT_ROUTE_MAX_MOVES = 6;
/** Minutes a festival visitor gives the game (design: the 5-minute route). */
export const SHORT_ROUTE_MAX_MINUTES = 5;

/** The short route (moves marked `short`) must exist and be short; every path on it must end. */
function checkShortRoute(loaded: LoadedScenario, file: string): Diagnostic[] {
  const hasShort = loaded.scenario.nodes.some((n) =>
    (n.choices ?? []).some((c) => c.short === true),
  );
  if (!hasShort) {
    return [
      {
        code: C.ShortRoute,
        severity: 'warning',
        file,
        path: 'nodes',
        message: 'No move is marked "short", so festival play would have to use the full story.',
        hint: 'Mark the moves of a route of at most six decisions with "short": true.',
      },
    ];
  }
  const result = explore(createWorld(loaded.scenario, loaded.town), 1, 200_000, 60, 'short');
  const out: Diagnostic[] = result.stuckPaths.slice(0, 3).map((path) => ({
    code: C.ShortRoute,
    severity: 'error' as const,
    file,
    path: 'nodes',
    message: `On the short route, after ${path.map((m) => `'${m}'`).join(' → ') || '(none)'} no move is available.`,
    hint: 'Mark a move at that node "short", or loosen its "requires".',
  }));
  out.push(
    ...oneMoveNodes(createWorld(loaded.scenario, loaded.town)).map((node): Diagnostic => ({
      code: C.ShortRoute,
      severity: 'error',
      file,
      path: `nodes[${String(loaded.scenario.nodes.findIndex((n) => n.id === node.nodeId))}]`,
      message: `On the short route, node '${node.nodeId}' (after ${node.path.map((m) => `'${m}'`).join(' → ') || 'the start'}) offers only one move, '${node.move}': that is not a choice.`,
      hint: `Mark a second move of node '${node.nodeId}' "short": true (or, if it has only one, add one), so festival visitors choose between at least two.`,
    })),
  );
  const minutes = longestShortRouteMinutes(loaded);
  if (minutes > SHORT_ROUTE_MAX_MINUTES) {
    out.push({
      code: C.ShortRoute,
      severity: 'warning',
      file,
      path: 'nodes',
      message: `The longest short-route path takes about ${minutes.toFixed(1)} minutes to read and choose (at ${String(READING_WPM)} words a minute); festival play should take at most ${String(SHORT_ROUTE_MAX_MINUTES)}.`,
      hint: 'Let the short route skip a step (mark moves that lead straight on), or shorten the texts on it.',
    });
  }
  if (result.longestPath > SHORT_ROUTE_MAX_MOVES) {
    out.push({
      code: C.ShortRoute,
      severity: 'warning',
      file,
      path: 'nodes',
      message: `The short route can take ${String(result.longestPath)} decisions; festival play should take at most ${String(SHORT_ROUTE_MAX_MOVES)} (about five minutes).`,
      hint: 'Mark fewer moves "short", or let short moves lead more directly to an ending.',
    });
  }
  return out;
}
