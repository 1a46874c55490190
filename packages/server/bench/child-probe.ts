import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** What the bench's parent process asks a server child over IPC; `done` answers each but `stop`. */
export type ProbeRequest =
  | { type: 'gc' | 'profile-start' | 'loop-delay'; id: number }
  | { type: 'profile-stop'; id: number; path: string }
  | { type: 'stop' };
/** What a server child tells its parent. */
export type ProbeReply =
  | { type: 'ready'; url: string }
  | { type: 'done'; id: number; loopDelay?: LoopDelay };

/** The event loop's delay since the last reading, ms (a 10 ms timer's lateness, sampled). */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

const FULL_GC = { type: 'major', execution: 'sync', flavor: 'last-resort' };

/**
 * Makes a server child measurable by the bench: it announces its URL, runs a full garbage
 * collection when asked (so RSS is read after one; the child runs with `--expose-gc`), reports its
 * event loop's delay since the last time it was asked, records a
 * CPU profile of its main thread between two requests, and stops cleanly.
 *
 * @example
 * installProbe(url, () => server.close());
 */
export function installProbe(url: string, stop: () => Promise<void>): void {
  const send = (reply: ProbeReply) => process.send?.(reply);
  const session = new Session();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const handle = async (request: Exclude<ProbeRequest, { type: 'stop' }>) => {
    if (request.type === 'loop-delay') {
      const ms = (ns: number) => ns / 1e6;
      const loopDelay = {
        p50: ms(delay.percentile(50)),
        p99: ms(delay.percentile(99)),
        max: ms(delay.max),
      };
      delay.reset();
      send({ type: 'done', id: request.id, loopDelay });
      return;
    }
    if (request.type === 'gc') {
      // The last-resort flavour also gives back the young generation that a burst of connections
      // grew, so RSS shows what the server keeps, not what it churned through.
      (globalThis as { gc?: (options: object) => void }).gc?.(FULL_GC);
    } else if (request.type === 'profile-start') {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    } else if (request.type === 'profile-stop') {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(request.path, JSON.stringify(profile));
      session.disconnect();
    }
    send({ type: 'done', id: request.id });
  };
  const fail = (error: unknown) => {
    console.error('[bench] probe failed', error);
    process.exit(1);
  };
  process.on('message', (request: ProbeRequest) => {
    if (request.type !== 'stop') handle(request).catch(fail);
    else stop().then(() => process.exit(0), fail);
  });
  // The parent went away: do not linger.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url });
}
