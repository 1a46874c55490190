import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const entry = join(import.meta.dirname, '..', '..', 'src', 'runtime', 'node', 'main.ts');
/** `refdesk` itself: `[CLI_ENTRY, 'serve']` runs the production start. */
export const CLI_ENTRY = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Every line the process wrote to standard output so far (its JSON log). */
  stdout: string[];
}

/**
 * Runs `node src/runtime/node/main.ts` as its own process on a free port, as `pnpm start` does, and
 * resolves once it logs `server.started`. `env` adds variables (`REFDESK_TRUST_PROXY`, ...); `argv`
 * runs another start, e.g. `[CLI_ENTRY, 'serve']`.
 *
 * @example
 * const server = await startServerProcess('/tmp/x/refdesk.db');
 * server.child.kill('SIGKILL');
 */
export function startServerProcess(
  dataPath: string,
  env: Record<string, string> = {},
  argv: string[] = [entry],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, argv, {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REFDESK_DATA: dataPath, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const stdout: string[] = [];
  let partial = '';
  let errors = '';
  return new Promise((resolve, reject) => {
    let started = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      stdout.push(...lines);
      if (started) return;
      const line = stdout.find((text) => text.includes('"event":"server.started"'));
      const url = line && (JSON.parse(line) as { url?: string }).url;
      if (url) {
        started = true;
        resolve({ url, child, exited, stdout });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    void exited.then(({ code }) =>
      reject(new Error(`server exited (${code}) before listening:\n${stdout.join('\n')}${errors}`)),
    );
  });
}
