/**
 * npm run record:playthroughs [scenario ids...]
 * Writes tests/playthroughs/<id>.json: for every ending of every scenario, the shortest way there
 * (and on the short route, the festival endings), with what it must lead to. Review the diff
 * before committing: a changed golden file means the story plays differently now.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { createWorld } from '../src/engine/world';
import { checkContent } from '../src/tools/check-content';
import { fileSource } from '../src/tools/file-source';
import {
  mostTechniquesPath,
  record,
  shortestPathsToEndings,
} from '../src/tools/golden-playthroughs';

const root = path.resolve(import.meta.dirname, '..');
const wanted = process.argv.slice(2);
const content = await checkContent(fileSource(root));
mkdirSync(path.join(root, 'tests/playthroughs'), { recursive: true });
for (const loaded of content.scenarios) {
  const id = loaded.scenario.id;
  if (wanted.length > 0 && !wanted.includes(id)) continue;
  const world = createWorld(loaded.scenario, loaded.town);
  const full = [...shortestPathsToEndings(world, 'full')].map(([ending, moves]) =>
    record(world, `to ${ending}`, moves),
  );
  const short = [...shortestPathsToEndings(world, 'short')].map(([ending, moves]) =>
    record(world, `short route to ${ending}`, moves, 'short'),
  );
  const most = record(world, 'most techniques', mostTechniquesPath(world));
  const file = path.join(root, `tests/playthroughs/${id}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ scenario: id, playthroughs: [...full, ...short, most] }, null, 2)}\n`,
  );
  console.log(
    `wrote ${path.relative(root, file)}: ${String(full.length)} full, ${String(short.length)} short`,
  );
}
