/**
 * A CPU load to test beside: starts busy processes (two by default, one per core of a 2-core
 * machine) and stops them again by their process ids.
 *
 *   node scripts/cpu-load.mjs start [--workers 2]   # prints the ids, remembers them
 *   node scripts/cpu-load.mjs stop                  # stops exactly those ids
 *   node scripts/cpu-load.mjs run -- npm test       # load on, run the command, load off
 *
 * The ids live in .cpu-load.pids (git-ignored), so `stop` never touches other processes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PID_FILE = path.resolve(import.meta.dirname, '..', '.cpu-load.pids');
const BUSY = 'for (;;) { Math.sqrt(Math.random()); }';

function start(workers) {
  if (existsSync(PID_FILE)) throw new Error(`${PID_FILE} exists: run "stop" first`);
  const pids = Array.from({ length: workers }, () => {
    const child = spawn(process.execPath, ['-e', BUSY], { detached: true, stdio: 'ignore' });
    child.unref();
    return child.pid;
  });
  writeFileSync(PID_FILE, `${pids.join('\n')}\n`);
  console.log(`cpu-load: ${String(workers)} busy processes: ${pids.join(', ')}`);
  return pids;
}

function stop() {
  if (!existsSync(PID_FILE)) {
    console.log('cpu-load: nothing to stop');
    return;
  }
  const pids = readFileSync(PID_FILE, 'utf8').split('\n').filter(Boolean).map(Number);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error; // already gone
    }
  }
  rmSync(PID_FILE);
  console.log(`cpu-load: stopped ${pids.join(', ')}`);
}

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const [command] = process.argv.slice(2);
const workers = option('--workers', 2);
if (command === 'start') start(workers);
else if (command === 'stop') stop();
else if (command === 'run') {
  const dash = process.argv.indexOf('--');
  const [program, ...args] = dash === -1 ? [] : process.argv.slice(dash + 1);
  if (program === undefined) throw new Error('usage: cpu-load.mjs run -- <command …>');
  start(workers);
  const began = Date.now();
  const child = spawn(program, args, { stdio: 'inherit' });
  const finish = (code) => {
    stop();
    console.log(
      `cpu-load: "${[program, ...args].join(' ')}" took ${((Date.now() - began) / 60_000).toFixed(1)} min, exit ${String(code)}`,
    );
    process.exit(code ?? 1);
  };
  child.on('exit', finish);
  process.on('SIGINT', () => child.kill('SIGINT'));
} else {
  console.error('usage: node scripts/cpu-load.mjs start [--workers N] | stop | run -- <command …>');
  process.exit(2);
}
