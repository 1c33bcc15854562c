import { townFile } from './content-files';
import type { Diagnostic } from './diagnostics';
import { DiagnosticCode as C } from './diagnostics';
import type { ScenarioContext } from './scenario-context';
import { diagnostic } from './validate-file';

/** Meters the simulated residents set: they differ per game, so no move may depend on them. */
const SIMULATED_METERS: readonly string[] = ['reach', 'trust'];

/**
 * Structure checks of one scenario: ids, targets, reachability, dead ends, endings,
 * variables, accounts, techniques and the town. Pure; meaning only (shape is already checked).
 */
export function lintGraph(ctx: ScenarioContext): Diagnostic[] {
  return [...checkIds(ctx), ...checkReferences(ctx), ...checkNodes(ctx), ...checkReachability(ctx)];
}

function report(ctx: ScenarioContext, d: Omit<Diagnostic, 'file' | 'line' | 'column'>): Diagnostic {
  return diagnostic({ ...d, file: ctx.file }, ctx.parsed);
}

function checkIds(ctx: ScenarioContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { scenario } = ctx;
  if (scenario.id !== ctx.folderId) {
    out.push(
      report(ctx, {
        code: C.IdMismatch,
        severity: 'error',
        path: 'id',
        message: `The scenario's id is '${scenario.id}' but its folder is 'scenarios/${ctx.folderId}'.`,
        hint: `Make them the same: set "id": "${ctx.folderId}", or rename the folder.`,
      }),
    );
  }
  const duplicates = (ids: readonly string[], path: (i: number) => string, what: string): void => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) {
        out.push(
          report(ctx, {
            code: C.DuplicateId,
            severity: 'error',
            path: path(i),
            message: `The ${what} id '${id}' is used twice.`,
            hint: `Give each ${what} its own id, for example '${id}_2'.`,
          }),
        );
      }
      seen.add(id);
    });
  };
  duplicates(
    scenario.nodes.map((n) => n.id),
    (i) => `nodes[${String(i)}].id`,
    'node',
  );
  duplicates(
    scenario.accounts.map((a) => a.id),
    (i) => `accounts[${String(i)}].id`,
    'account',
  );
  scenario.nodes.forEach((node, n) => {
    duplicates(
      (node.choices ?? []).map((c) => c.id),
      (i) => `nodes[${String(n)}].choices[${String(i)}].id`,
      'move',
    );
  });
  return out;
}

function checkReferences(ctx: ScenarioContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { scenario } = ctx;
  const nodeIds = new Set(scenario.nodes.map((n) => n.id));
  // A post may come from one of the scenario's own accounts or from the town's recurring ones.
  const accountIds = new Set([
    ...scenario.accounts.map((a) => a.id),
    ...(ctx.town?.accounts ?? []).map((a) => a.id),
  ]);
  const names = new Set([
    'followers',
    'credibility',
    'reach',
    'trust',
    ...Object.keys(scenario.variables ?? {}),
  ]);
  const known = [...names].join(', ');
  const nodeList = [...nodeIds].slice(0, 12).join(', ');

  if (!nodeIds.has(scenario.start)) {
    out.push(
      report(ctx, {
        code: C.UnknownTarget,
        severity: 'error',
        path: 'start',
        message: `"start" names node '${scenario.start}', which does not exist.`,
        hint: `Use the id of an existing node: ${nodeList}.`,
      }),
    );
  }
  if (ctx.town === undefined) {
    out.push(
      report(ctx, {
        code: C.UnknownTown,
        severity: 'error',
        path: 'town',
        message: `The town '${scenario.town}' has no profile (scenarios/towns/${scenario.town}.json).`,
        hint: 'Use an existing town such as "lindewaard", or add its profile file.',
      }),
    );
  }
  const startArea = scenario.simulation?.startArea;
  const areaIds = (ctx.town?.neighbourhoods ?? []).map((n) => n.id);
  if (startArea !== undefined && ctx.town !== undefined && !areaIds.includes(startArea)) {
    out.push(
      report(ctx, {
        code: C.UnknownNeighbourhood,
        severity: 'error',
        path: 'simulation.startArea',
        message: `The rumour starts in '${startArea}', which is not a neighbourhood of ${ctx.town.name}.`,
        hint: `Use one of: ${areaIds.join(', ')}.`,
      }),
    );
  }
  const townPath = townFile(scenario.town);
  const checkAuthor = (author: string, path: string): void => {
    if (accountIds.has(author)) return;
    const sameButCase = [...accountIds].find((id) => id === author.toLowerCase().trim());
    const list = [...accountIds].map((id) => `'${id}'`).join(', ');
    out.push(
      report(ctx, {
        code: C.UnknownAccount,
        severity: 'error',
        path,
        message: `This post is written by '${author}', but neither the story's "accounts" in ${ctx.file} nor the town profile ${townPath} has an account with that id.`,
        hint:
          sameButCase === undefined
            ? `Write the id of one of these accounts: ${list}; or add an account with "id": "${author}" to "accounts" in ${ctx.file}.`
            : `Write '${sameButCase}': account ids are written in lower case, exactly as in "accounts".`,
      }),
    );
  };
  scenario.nodes.forEach((node, n) => {
    const at = `nodes[${String(n)}]`;
    (node.feed ?? []).forEach((post, p) => {
      checkAuthor(post.author, `${at}.feed[${String(p)}].author`);
    });
    (node.choices ?? []).forEach((choice, c) => {
      const cp = `${at}.choices[${String(c)}]`;
      if (!nodeIds.has(choice.to)) {
        out.push(
          report(ctx, {
            code: C.UnknownTarget,
            severity: 'error',
            path: `${cp}.to`,
            message: `Move '${choice.id}' goes to node '${choice.to}', which does not exist.`,
            hint: `Use the id of an existing node (${nodeList}), or add a node with id '${choice.to}'.`,
          }),
        );
      }
      if (choice.post) checkAuthor(choice.post.author, `${cp}.post.author`);
      for (const name of Object.keys(choice.requires ?? {}).filter((n) =>
        SIMULATED_METERS.includes(n),
      )) {
        out.push(
          report(ctx, {
            code: C.SimulatedCondition,
            severity: 'error',
            path: `${cp}.requires.${name}`,
            message: `Move '${choice.id}' depends on '${name}', which the simulation sets.`,
            hint: 'Use followers, credibility or a variable of your own (set it with "effects") instead.',
          }),
        );
      }
      for (const [kind, record] of [
        ['effects', choice.effects],
        ['requires', choice.requires],
      ] as const) {
        for (const name of Object.keys(record ?? {})) {
          if (!names.has(name)) {
            out.push(
              report(ctx, {
                code: C.UnknownVariable,
                severity: 'error',
                path: `${cp}.${kind}.${name}`,
                message: `Move '${choice.id}' uses '${name}', which is neither a meter nor a declared variable.`,
                hint: `Use one of: ${known}; or declare it under "variables", e.g. "variables": { "${name}": 0 }.`,
              }),
            );
          }
        }
      }
      (choice.techniques ?? []).forEach((t, i) => {
        if (!ctx.techniqueIds.has(t)) {
          out.push(
            report(ctx, {
              code: C.UnknownTechnique,
              severity: 'error',
              path: `${cp}.techniques[${String(i)}]`,
              message: `Technique '${t}' is not in the tactic catalogue.`,
              hint: `Use one of: ${[...ctx.techniqueIds].join(', ')}; or add '${t}' to scenarios/techniques/catalogue.json with its text in every locale.`,
            }),
          );
        }
      });
    });
  });
  return out;
}

function checkNodes(ctx: ScenarioContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.scenario.nodes.forEach((node, n) => {
    const hasChoices = (node.choices ?? []).length > 0;
    if (!hasChoices && node.ending === undefined) {
      out.push(
        report(ctx, {
          code: C.DeadEnd,
          severity: 'error',
          path: `nodes[${String(n)}]`,
          message: `Node '${node.id}' has no moves and is not an ending: the player would be stuck.`,
          hint: 'Give it "choices", or make it an ending with "ending": { "title": "…", "kind": "fizzled" }.',
        }),
      );
    }
    (node.choices ?? []).forEach((choice, c) => {
      if (choice.to !== node.id) return;
      // The player could take this move again and again: the story would stand still for ever.
      out.push(
        report(ctx, {
          code: C.SelfLoop,
          severity: 'error',
          path: `nodes[${String(n)}].choices[${String(c)}].to`,
          message: `Move '${choice.id}' of node '${node.id}' leads back to node '${node.id}' itself: the player could make it again and again, and the story would not move on.`,
          hint: `Let '${choice.id}' go to another node (the next step of the story), or remove the move.`,
        }),
      );
    });
    if (hasChoices && node.ending !== undefined) {
      out.push(
        report(ctx, {
          code: C.DeadEnd,
          severity: 'error',
          path: `nodes[${String(n)}].ending`,
          message: `Node '${node.id}' has both moves and an ending; a node is one or the other.`,
          hint: 'Remove "ending", or remove "choices" and let other nodes lead here.',
        }),
      );
    }
  });
  return out;
}

function checkReachability(ctx: ScenarioContext): Diagnostic[] {
  const { scenario } = ctx;
  const next = new Map(scenario.nodes.map((n) => [n.id, (n.choices ?? []).map((c) => c.to)]));
  const reachable = closure([scenario.start], (id) => next.get(id) ?? []);
  const back = new Map<string, string[]>();
  for (const [from, targets] of next)
    for (const to of targets) back.set(to, [...(back.get(to) ?? []), from]);
  const canEnd = closure(
    scenario.nodes.filter((n) => n.ending).map((n) => n.id),
    (id) => back.get(id) ?? [],
  );

  const out: Diagnostic[] = [];
  scenario.nodes.forEach((node, n) => {
    if (!reachable.has(node.id)) {
      out.push(
        report(ctx, {
          code: C.UnreachableNode,
          severity: 'warning',
          path: `nodes[${String(n)}]`,
          message: `No path from the start node '${scenario.start}' leads to node '${node.id}'.`,
          hint: `Let a move go to it ("to": "${node.id}"), or remove the node.`,
        }),
      );
    } else if (!canEnd.has(node.id) && (node.choices ?? []).length > 0) {
      out.push(
        report(ctx, {
          code: C.NoEndingReachable,
          severity: 'error',
          path: `nodes[${String(n)}]`,
          message: `From node '${node.id}' no ending can be reached: the player would go round in circles.`,
          hint: 'Add a move from this node (or one it leads to) towards a node with an "ending".',
        }),
      );
    }
  });
  return out;
}

function closure(start: readonly string[], step: (id: string) => readonly string[]): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of step(id))
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  }
  return seen;
}
