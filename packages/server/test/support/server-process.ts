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
}

/**
 * Runs `node src/runtime/node/main.ts` as its own process on a free port, as `pnpm start` does, and
 * resolves once it prints its URL. `env` adds variables (`REFDESK_TRUST_PROXY`, ...); `argv` runs
 * another start, e.g. `[CLI_ENTRY, 'serve']`.
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
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        resolve({ url: match[1], child, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then(({ code }) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
}
