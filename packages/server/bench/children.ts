import { type ChildProcess, fork } from 'node:child_process';
import type { LoopDelay, ProbeReply, ProbeRequest } from './child-probe.ts';
import type { LoadReply, LoadRequest } from './load.ts';

export interface ServerChild {
  pid: number;
  url: string;
  /** Runs a full garbage collection in the server. */
  gc(): Promise<void>;
  /** The server's event-loop delay since the last call. */
  loopDelay(): Promise<LoopDelay>;
  /** Starts a CPU profile of the server's main thread. */
  startProfile(): Promise<void>;
  /** Stops it and writes it (`.cpuprofile` JSON) to `path`. */
  stopProfile(path: string): Promise<void>;
  /** Stops it cleanly (a CPU profile, if any, is written) and waits for the exit. */
  stop(): Promise<void>;
  /** Kills it (SIGKILL: no goodbye to any socket, nothing flushed) and waits for the exit. */
  kill(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/**
 * Forks a server entry (server-child.ts or raw-relay.ts) with `--expose-gc` and waits for its URL.
 *
 * @example
 * const server = await startServerChild(join(here, 'raw-relay.ts'), {});
 */
export function startServerChild(entry: string, env: Record<string, string>): Promise<ServerChild> {
  const child = fork(entry, [], {
    env: { ...process.env, ...env },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const waiting = new Map<number, (reply: Extract<ProbeReply, { type: 'done' }>) => void>();
  const ask = (
    request:
      | { type: 'gc' | 'profile-start' | 'loop-delay' }
      | { type: 'profile-stop'; path: string },
  ) =>
    new Promise<Extract<ProbeReply, { type: 'done' }>>((done) => {
      const id = nextId++;
      waiting.set(id, done);
      child.send({ ...request, id } satisfies ProbeRequest);
    });
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    const gone = exited(child);
    if (child.connected) child.send({ type: 'stop' } satisfies ProbeRequest);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${entry} exited (${code}) before it was ready`)),
    );
    child.on('message', (reply: ProbeReply) => {
      if (reply.type === 'done') {
        waiting.get(reply.id)?.(reply);
        waiting.delete(reply.id);
        return;
      }
      resolve({
        pid: child.pid ?? 0,
        url: reply.url,
        gc: () => ask({ type: 'gc' }).then(() => undefined),
        loopDelay: () =>
          ask({ type: 'loop-delay' }).then((done) => done.loopDelay ?? { p50: 0, p99: 0, max: 0 }),
        startProfile: () => ask({ type: 'profile-start' }).then(() => undefined),
        stopProfile: (path) => ask({ type: 'profile-stop', path }).then(() => undefined),
        stop: () => {
          stopping ??= stop();
          return stopping;
        },
        kill: () => {
          const gone = exited(child);
          child.kill('SIGKILL');
          return gone;
        },
      });
    });
  });
}

/**
 * Forks the load process, runs one request to its result, and lets the parent measure the server
 * at each checkpoint before the load goes on.
 *
 * @example
 * const reply = await runLoad(entry, request, async (name, gc) => sample(name, gc), showProgress);
 */
export function runLoad(
  entry: string,
  request: Extract<LoadRequest, { type: 'run' }>,
  onCheckpoint: (name: string, gc: boolean, loadPid: number) => Promise<void>,
  onProgress: (text: string) => void,
): Promise<Extract<LoadReply, { type: 'result' }>> {
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`load process exited (${code}) without a result`)),
    );
    child.on('message', (reply: LoadReply) => {
      if (reply.type === 'progress') onProgress(reply.text);
      else if (reply.type === 'checkpoint') {
        onCheckpoint(reply.name, reply.gc, child.pid ?? 0).then(
          () => child.send({ type: 'continue' } satisfies LoadRequest),
          (error: unknown) => reject(error),
        );
      } else if (reply.type === 'failed') {
        child.kill();
        reject(new Error(`load process failed: ${reply.error}`));
      } else {
        child.disconnect();
        resolve(reply);
      }
    });
    child.send(request);
  });
}
