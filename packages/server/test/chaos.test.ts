import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_PASSWORD, benchResponderEmail } from '../bench/bench-constants.ts';
import { seedBench } from '../bench/bench-seed.ts';
import { createSeededRandom } from '../src/core/quality/seeded-random.ts';
import { type ChaosPatron, createChaosPatron } from './support/chaos-patron.ts';
import { type ChaosResponder, createChaosResponder } from './support/chaos-responder.ts';
import { signIn } from './support/socket-client.ts';
import { LIFTED_BUDGETS, startTestServer } from './support/test-server.ts';

const CHATS = 200;
const RESPONDERS = 10;
const MESSAGES = 6;
const DROPS = 400;
const SETTLE_MS = 60_000;
const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 2 ** 31);

const range = (n: number) => Array.from({ length: n }, (_, index) => index);
// Pacing of the chaos itself (when the next socket drops), not a wait for an outcome.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every patron finished, and each side has seen every message the server acknowledged to it. */
function settled(patrons: ChaosPatron[], responders: ChaosResponder[]): boolean {
  const patronsSeeTheirs = patrons.every(
    (patron) => patron.done() && [...patron.acked].every((id) => patron.log.has(id)),
  );
  return (
    patronsSeeTheirs &&
    responders.every((responder) =>
      [...responder.acked].every(([chatId, ids]) =>
        [...ids].every((id) => responder.chats.get(chatId)?.log.has(id)),
      ),
    )
  );
}

function problems(patrons: ChaosPatron[], responders: ChaosResponder[]): string[] {
  const found: string[] = [];
  const byPatron = new Map<number, { chatId: string; responder: ChaosResponder }>();
  for (const responder of responders) {
    for (const [chatId, chat] of responder.chats) byPatron.set(chat.patron, { chatId, responder });
  }
  for (const patron of patrons) {
    const held = byPatron.get(patron.index);
    if (!held) {
      found.push(`patron ${patron.index}: no librarian holds the chat`);
      continue;
    }
    const answers = held.responder.acked.get(held.chatId) ?? new Set<string>();
    const acknowledged = [...patron.acked, ...answers];
    const view = held.responder.chats.get(held.chatId)?.log;
    for (const problem of patron.log.problems(acknowledged)) {
      found.push(`patron ${patron.index}: ${problem}`);
    }
    for (const problem of view?.problems(acknowledged) ?? ['no view']) {
      found.push(`librarian of patron ${patron.index}: ${problem}`);
    }
  }
  return found;
}

describe('chaos: sockets dropping and reconnecting at random', () => {
  it('delivers every acknowledged message of 200 chats exactly once and in seq order to both sides', {
    timeout: 120_000,
  }, async () => {
    console.log(`chaos seed ${seed} (CHAOS_SEED=${seed} replays this run)`);
    const folder = mkdtempSync(join(tmpdir(), 'refdesk-chaos-'));
    const dataPath = join(folder, 'refdesk.db');
    await seedBench(dataPath, { responders: RESPONDERS, maxChats: CHATS / RESPONDERS });
    // Many sockets from one address, and librarians answering twenty chats at machine speed.
    const server = await startTestServer(dataPath, {
      connectionLimits: false,
      socketRateScale: 10,
      room: LIFTED_BUDGETS,
    });
    const clients: { drop(): void; connect(): void }[] = [];
    try {
      const cookies = await Promise.all(
        range(RESPONDERS).map(
          async (index) =>
            (await signIn(server.url, benchResponderEmail(index), BENCH_PASSWORD)).cookie,
        ),
      );
      let wake: () => void = () => undefined;
      const progress = () => wake();
      const responders = cookies.map((cookie, index) =>
        createChaosResponder(server.url, cookie, index, RESPONDERS, progress),
      );
      const patrons = range(CHATS).map((index) =>
        createChaosPatron(server.url, index, MESSAGES, progress),
      );
      clients.push(...responders, ...patrons);
      for (const client of clients) client.connect();

      const random = createSeededRandom(String(seed));
      const below = (n: number) => Math.floor(random() * n);
      let drops = 0;
      for (; drops < DROPS && !settled(patrons, responders); drops++) {
        await pause(below(6));
        const victim = clients[below(clients.length)];
        victim?.drop();
        setTimeout(() => victim?.connect(), below(40));
      }
      const done = await new Promise<boolean>((resolve) => {
        const guard = setTimeout(() => resolve(false), SETTLE_MS);
        wake = () => {
          if (!settled(patrons, responders)) return;
          clearTimeout(guard);
          resolve(true);
        };
        wake();
      });

      console.log(`chaos: ${drops} sockets dropped`);
      if (process.env.CHAOS_DEBUG) {
        for (const p of patrons.slice(0, 3))
          console.log(
            'patron',
            p.index,
            p.log.messages().map((m) => `${m.seq}:${m.clientMessageId}`),
            p.errors,
          );
        for (const r of responders.slice(0, 3))
          console.log('responder', r.index, r.chats.size, r.errors.slice(0, 3));
      }
      const unfinished = patrons.filter((patron) => !patron.done()).map((patron) => patron.index);
      expect({ done, unfinished }).toEqual({ done: true, unfinished: [] });
      expect(problems(patrons, responders)).toEqual([]);
      const errors = [...patrons, ...responders].flatMap((client) => client.errors);
      expect(errors).toEqual([]);
    } finally {
      for (const client of clients) client.drop();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
