import { townFile } from './content-files';
import type { ContentSource } from './content-source';
import { type Diagnostic, DiagnosticCode as C } from './diagnostics';
import { type Town, TownSchema } from './town-schema';
import { diagnostic, validateFile } from './validate-file';

/** Loads a town profile and checks that its neighbourhoods refer to each other correctly. */
export async function loadTown(
  source: ContentSource,
  id: string,
): Promise<{ readonly town: Town | undefined; readonly diagnostics: readonly Diagnostic[] }> {
  const file = townFile(id);
  const text = await source.read(file);
  if (text === null) return { town: undefined, diagnostics: [] }; // the scenario reports SCN014
  const result = validateFile(text, file, TownSchema);
  if (!result.ok) return { town: undefined, diagnostics: result.diagnostics };
  const ids = new Set(result.data.neighbourhoods.map((n) => n.id));
  const diagnostics: Diagnostic[] = [];
  result.data.neighbourhoods.forEach((area, a) => {
    area.neighbours.forEach((other, i) => {
      if (!ids.has(other)) {
        diagnostics.push(
          diagnostic(
            {
              code: C.UnknownNeighbourhood,
              severity: 'error',
              file,
              path: `neighbourhoods[${String(a)}].neighbours[${String(i)}]`,
              message: `Neighbourhood '${area.id}' borders '${other}', which is not a neighbourhood of ${result.data.name}.`,
              hint: `Use one of: ${[...ids].join(', ')}.`,
            },
            result.parsed,
          ),
        );
      }
    });
  });
  const seenAccounts = new Set<string>();
  result.data.accounts.forEach((account, a) => {
    if (seenAccounts.has(account.id)) {
      diagnostics.push(
        diagnostic(
          {
            code: C.DuplicateId,
            severity: 'error',
            file,
            path: `accounts[${String(a)}].id`,
            message: `Two town accounts have the id '${account.id}'.`,
            hint: 'Give every account its own id.',
          },
          result.parsed,
        ),
      );
    }
    seenAccounts.add(account.id);
  });
  const areaIds = new Set<string>();
  result.data.neighbourhoods.forEach((area, a) => {
    if (areaIds.has(area.id)) {
      diagnostics.push(
        diagnostic(
          {
            code: C.DuplicateId,
            severity: 'error',
            file,
            path: `neighbourhoods[${String(a)}].id`,
            message: `Two neighbourhoods have the id '${area.id}'.`,
            hint: 'Give every neighbourhood its own id.',
          },
          result.parsed,
        ),
      );
    }
    areaIds.add(area.id);
  });
  if (result.data.id !== id) {
    diagnostics.push(
      diagnostic(
        {
          code: C.IdMismatch,
          severity: 'error',
          file,
          path: 'id',
          message: `The town's id is '${result.data.id}' but its file is named '${id}.json'.`,
          hint: `Set "id": "${id}", or rename the file.`,
        },
        result.parsed,
      ),
    );
  }
  return {
    town: diagnostics.length === 0 ? result.data : undefined,
    diagnostics: [...result.warnings, ...diagnostics],
  };
}
