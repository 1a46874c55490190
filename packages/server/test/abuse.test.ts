import { fork } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_CONNECTION_LIMITS } from '../src/realtime/connection-limiter.ts';
import type { RunningServer } from '../src/runtime/node/server.ts';
import type { FloodOutcome } from './support/flood-worker.ts';
import { openPacedChats, type PacedChats } from './support/paced-chats.ts';
import { LIFTED_BUDGETS, startTestServer } from './support/test-server.ts';

const ORIGIN = 'http://localhost';
const HELLO = JSON.stringify({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' });
const PHASE_MS = 8_000;
const ROUNDS = 8;

let server: RunningServer;
let chats: PacedChats | undefined;

beforeEach(async () => {
  // In memory: the subject is CPU and sockets, and fsync jitter would swamp the p99 comparison.
  // Four hundred flooding sockets each ask once: the write budgets are another suite's subject.
  server = await startTestServer(':memory:', { room: LIFTED_BUDGETS });
});
afterEach(async () => {
  chats?.close();
  chats = undefined;
  await server.close();
});

const p99 = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.max(0, Math.ceil(samples.length * 0.99) - 1)] ?? 0;

/**
 * The flooding sockets, in a child process at the lowest priority (see `flood-worker.ts`); each
 * `round` floods until `stop` and yields the outcomes of its sockets.
 */
function startFlooder(frames: number) {
  const script = fileURLToPath(new URL('./support/flood-worker.ts', import.meta.url));
  const child = fork(script, [server.url, ORIGIN, String(frames)], { execArgv: [] });
  if (child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
  return {
    round(sockets: number) {
      const outcomes = new Promise<FloodOutcome[]>((resolve) =>
        child.once('message', (sent) => resolve(sent as FloodOutcome[])),
      );
      child.send({ start: sockets });
      return {
        stop: () => {
          child.send({ stop: true });
          return outcomes;
        },
      };
    },
    close: () => child.kill(),
  };
}

describe('a socket that floods the server', () => {
  it('is rate-limited, then closed with 4008, while the p99 of other chats stays within 2x of an unloaded run', {
    timeout: 60_000,
  }, async () => {
    chats = await openPacedChats(server.url, 3);
    const unloaded: number[] = [];
    const loaded: number[] = [];
    const floods: FloodOutcome[] = [];
    const flooder = startFlooder(500);
    // Unloaded and loaded phases alternate, so whatever else the machine runs meanwhile weighs on
    // both samples alike and the ratio measures the flood alone.
    for (let n = 0; n < ROUNDS; n++) {
      unloaded.push(...(await chats.measure(PHASE_MS / ROUNDS)));
      const round = flooder.round(400 / ROUNDS);
      loaded.push(...(await chats.measure(PHASE_MS / ROUNDS)));
      floods.push(...(await round.stop()));
    }
    flooder.close();

    const first = floods[0];
    expect(first?.errors).toContain('rate_limited');
    expect(first?.close).toBe(4008);
    expect(floods.length).toBeGreaterThan(ROUNDS);
    console.log(
      `abuse: p99 ${p99(unloaded).toFixed(2)} ms unloaded, ${p99(loaded).toFixed(2)} ms with ${floods.length} flooding connections`,
    );
    expect(loaded.length).toBeGreaterThan(unloaded.length * 0.9);
    expect(p99(loaded)).toBeLessThanOrEqual(2 * p99(unloaded));
  });
});

describe('a flood of new connections from one address', () => {
  it('is refused beyond the per-address limit with a rate_limited error and 4008, and other chats go on', {
    timeout: 30_000,
  }, async () => {
    chats = await openPacedChats(server.url, 1);
    const { burst, perSecond } = DEFAULT_CONNECTION_LIMITS;
    const attempts = burst * 3;
    const started = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: attempts }, () => {
        const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/patron`, {
          origin: ORIGIN,
        });
        ws.on('error', () => undefined);
        return new Promise<{ welcomed: boolean; errors: string[]; close: number }>((resolve) => {
          const seen = { welcomed: false, errors: [] as string[] };
          ws.on('open', () => ws.send(HELLO));
          ws.on('message', (data) => {
            const frame = JSON.parse(String(data)) as { type: string; code?: string };
            if (frame.type === 'error') seen.errors.push(frame.code ?? '');
            if (frame.type !== 'welcome') return;
            seen.welcomed = true;
            ws.close();
          });
          ws.on('close', (close) => resolve({ ...seen, close }));
        });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const refused = outcomes.filter((outcome) => !outcome.welcomed);
    for (const outcome of refused) {
      expect(outcome).toMatchObject({ errors: ['rate_limited'], close: 4008 });
    }
    // The burst, and what the bucket refilled meanwhile: no more.
    const admitted = outcomes.length - refused.length;
    expect(admitted).toBeLessThanOrEqual(Math.ceil(burst + perSecond * seconds));
    expect(refused.length).toBeGreaterThan(0);
    const after = await chats.measure(1_000);
    expect(after.length).toBeGreaterThan(0);
  });
});
