import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BENCH_PASSWORD, benchResponderEmail } from '../bench/bench-constants.ts';
import { seedBench } from '../bench/bench-seed.ts';
import { type ChaosPatron, createChaosPatron } from './support/chaos-patron.ts';
import { type ChaosResponder, createChaosResponder } from './support/chaos-responder.ts';
import { type ServerProcess, startServerProcess } from './support/server-process.ts';
import { signIn } from './support/socket-client.ts';

const CHATS = 40;
// Every patron comes from 127.0.0.1: more new chats than one address may open for real.
const MANY_PATRONS = { REFDESK_BUDGET_SCALE: '1000' };
const RESPONDERS = 10;
const MESSAGES = 10;
/** The server is killed once this many patron messages were acknowledged: mid-exchange. */
const KILL_AFTER = (CHATS * MESSAGES) / 3;
const SETTLE_MS = 30_000;

const range = (n: number) => Array.from({ length: n }, (_, index) => index);
let folder = '';
const running: ServerProcess[] = [];
const clients: { drop(): void }[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.drop();
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

/** Resolves once `done()` holds, checked whenever a client hears something; false after `ms`. */
function waitFor(done: () => boolean, ms: number, listen: (wake: () => void) => void) {
  return new Promise<boolean>((resolve) => {
    const guard = setTimeout(() => resolve(done()), ms);
    listen(() => {
      if (!done()) return;
      clearTimeout(guard);
      resolve(true);
    });
  });
}

/** What each side had acknowledged when the server died, chat by chat. */
function acknowledgedAt(patrons: ChaosPatron[], responders: ChaosResponder[]) {
  const answers = new Map<string, string[]>();
  for (const responder of responders) {
    for (const [chatId, ids] of responder.acked) answers.set(chatId, [...ids]);
  }
  return { patrons: patrons.map((patron) => [...patron.acked]), answers };
}

describe('kill -9 of the server in the middle of many chats', () => {
  it('loses no acknowledged message, and every chat resumes on both sides after the restart', {
    timeout: 90_000,
  }, async () => {
    folder = mkdtempSync(join(tmpdir(), 'refdesk-crash-load-'));
    const dataPath = join(folder, 'refdesk.db');
    await seedBench(dataPath, { responders: RESPONDERS, maxChats: CHATS / RESPONDERS });
    const first = await startServerProcess(dataPath, MANY_PATRONS);
    running.push(first);
    const cookies = await Promise.all(
      range(RESPONDERS).map(
        async (index) =>
          (await signIn(first.url, benchResponderEmail(index), BENCH_PASSWORD)).cookie,
      ),
    );
    let wake: () => void = () => undefined;
    const progress = () => wake();
    const responders = cookies.map((cookie, index) =>
      createChaosResponder(first.url, cookie, index, RESPONDERS, progress),
    );
    const patrons = range(CHATS).map((index) =>
      createChaosPatron(first.url, index, MESSAGES, progress),
    );
    clients.push(...responders, ...patrons);
    for (const client of [...responders, ...patrons]) client.connect();

    const acked = () => patrons.reduce((sum, patron) => sum + patron.acked.size, 0);
    const loaded = await waitFor(
      () => acked() >= KILL_AFTER,
      SETTLE_MS,
      (w) => {
        wake = w;
      },
    );
    first.child.kill('SIGKILL');
    const before = acknowledgedAt(patrons, responders);
    const midExchange = patrons.filter((patron) => !patron.done()).length;
    await first.exited;
    running.length = 0;

    const second = await startServerProcess(dataPath, MANY_PATRONS);
    running.push(second);
    for (const client of [...responders, ...patrons]) client.connect(second.url);
    const finished = await waitFor(
      () => patrons.every((p) => p.done()),
      SETTLE_MS,
      (w) => {
        wake = w;
      },
    );

    expect({ loaded, midExchange: midExchange > CHATS / 2, finished }).toEqual({
      loaded: true,
      midExchange: true,
      finished: true,
    });
    const missing: string[] = [];
    patrons.forEach((patron, index) => {
      for (const id of before.patrons[index] ?? []) {
        if (!patron.log.has(id)) missing.push(`patron ${patron.index} lost ${id}`);
      }
      for (const problem of patron.log.problems(patron.acked)) {
        missing.push(`patron ${patron.index}: ${problem}`);
      }
    });
    for (const responder of responders) {
      for (const [chatId, chat] of responder.chats) {
        const answers = before.answers.get(chatId) ?? [];
        const acknowledged = [...(patrons[chat.patron]?.acked ?? []), ...answers];
        for (const problem of chat.log.problems(acknowledged)) {
          missing.push(`librarian of patron ${chat.patron}: ${problem}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
