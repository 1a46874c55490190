import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badDatabases } from './support/database-files.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';

let folder: string;
let dataPath: string;
const running: ServerProcess[] = [];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'refdesk-safety-'));
  dataPath = join(folder, 'refdesk.db');
});
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

async function start(): Promise<ServerProcess> {
  const server = await startServerProcess(dataPath);
  running.push(server);
  return server;
}

/** Starts `pnpm start` on the file, expecting a refusal: its exit code and output. */
async function refusedStart(): Promise<{ code: number | null; output: string }> {
  const error = await startServerProcess(dataPath).then(
    (server) => {
      running.push(server);
      throw new Error('the server started');
    },
    (failure: Error) => failure,
  );
  const code = Number(/server exited \((\d+)\)/.exec(error.message)?.[1]);
  return { code, output: error.message.replace(/^server exited \(\d+\) before listening:\n/, '') };
}

describe('starting on a database file Refdesk did not make', () => {
  it.each([
    ['empty', /is empty \(0 bytes\)/],
    ['random', /is not a SQLite database/],
    ['foreign', /SQLite database of another application/],
    ['damaged', /is damaged/],
  ] as const)(
    'refuses a file that is %s with one line and exit code 1, never a fresh demo',
    async (kind, message) => {
      badDatabases[kind](dataPath);
      const before = readFileSync(dataPath);
      const { code, output } = await refusedStart();
      expect(code).toBe(1);
      expect(output).toMatch(message);
      expect(output.trim().split('\n')).toHaveLength(1);
      expect(output).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
      expect(readFileSync(dataPath).equals(before)).toBe(true);
    },
    40_000,
  );
});

describe('two servers on one data file', () => {
  it('refuses the second while the first runs, and lets it start once the first is killed with -9', async () => {
    const first = await start();
    const { code, output } = await refusedStart();
    expect(code).toBe(1);
    expect(output).toContain(`in use by process ${first.child.pid} (server`);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);

    first.child.kill('SIGKILL');
    await first.exited;
    running.splice(running.indexOf(first), 1);
    const second = await start();
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
