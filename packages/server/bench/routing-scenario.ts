import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type WebSocket from 'ws';
import {
  BENCH_ORIGIN,
  benchLibraryId,
  benchQuestion,
  benchResponderEmail,
  questionPatron,
} from './bench-constants.ts';
import { startServerChild } from './children.ts';
import { firstFrame, openWebSocket } from './load-target.ts';
import { mapConcurrently } from './map-concurrently.ts';
import { signIn } from './ours-target.ts';
import { type Percentiles, percentiles } from './percentiles.ts';

const TIERS = ['local', 'group', 'cooperative'] as const;
type Tier = (typeof TIERS)[number];
type Frame = { type?: string } & Record<string, unknown>;

export interface RoutingPlan {
  patrons: number;
  libraries: number;
  /** Libraries per group (libraries / groupSize groups). */
  groupSize: number;
  /** Librarians per library. */
  perLibrary: number;
  /** Chats waiting for a librarian at once, at most. */
  waiting: number;
  limitMs: number;
}

export interface RoutingResult {
  patrons: number;
  libraries: number;
  groups: number;
  responders: number;
  /** Chats accepted, and how long it took from the first question to the last acceptance. */
  chats: number;
  seconds: number;
  chatsPerSecond: number;
  /** Declines sent (each one withdraws an offer; a tier declined by all rolls up at once). */
  declines: number;
  /** Per tier a chat was meant to be accepted at: question -> assigned, question -> first answer. */
  byTier: Record<Tier, { chats: number; assignedMs: Percentiles; answeredMs: Percentiles }>;
  /** Chats offered at their tier to the librarian meant to take them, and taken. */
  acceptedAtTheirTier: number;
  complete: boolean;
}

const serverEntry = join(import.meta.dirname, 'server-child.ts');
const SETUP_MS = 60_000;

/**
 * Issue #18's routing scenario: `libraries` libraries in groups of `groupSize`, `perLibrary`
 * librarians each, all online for the cooperative; patron `i` belongs to library `i % libraries`
 * and its chat is meant to be taken at tier `i % 3`: at once by a librarian of its own library
 * (local), after its library's librarians all decline by one of another library of its group
 * (group), or after its group declines too by a library of another group (cooperative). Every
 * offer at a tier below the chat's is declined, so each tier rolls up as soon as its last
 * librarian says no. Measures question -> assigned and question -> first answer per tier.
 *
 * @example
 * const routing = await runRoutingScenario({ patrons: 1000, libraries: 20, groupSize: 5, perLibrary: 2, waiting: 40, limitMs: 180_000 }, log);
 */
export async function runRoutingScenario(
  plan: RoutingPlan,
  progress: (text: string) => void,
): Promise<RoutingResult> {
  const folder = mkdtempSync(join(tmpdir(), 'refdesk-routing-'));
  const responders = plan.libraries * plan.perLibrary;
  const server = await startServerChild(serverEntry, {
    BENCH_DATA: join(folder, 'refdesk.db'),
    BENCH_RESPONDERS: String(responders),
    BENCH_MAX_CHATS: String(plan.patrons),
    BENCH_LIBRARIES: String(plan.libraries),
    BENCH_GROUP_SIZE: String(plan.groupSize),
    BENCH_RELAY: 'ours',
  });
  const sockets: WebSocket[] = [];
  try {
    const url = server.url;
    const wanted = (patron: number): Tier => TIERS[patron % 3] ?? 'local';
    const home = (patron: number) => patron % plan.libraries;
    /** The librarian meant to take patron `i`'s chat, at its tier. */
    const taker = (patron: number) => {
      const own = home(patron);
      const group = Math.floor(own / plan.groupSize) * plan.groupSize;
      const library =
        wanted(patron) === 'local'
          ? own
          : wanted(patron) === 'group'
            ? group + ((own - group + 1) % plan.groupSize)
            : (own + plan.groupSize) % plan.libraries;
      return library + plan.libraries * (Math.floor(patron / plan.libraries) % plan.perLibrary);
    };
    const asked: number[] = [];
    const assigned: number[] = [];
    const answered: number[] = [];
    let declines = 0;
    let assignedCount = 0;
    let answeredCount = 0;
    let acceptedAtTheirTier = 0;
    let wake: () => void = () => undefined;

    const cookies: string[] = [];
    await mapConcurrently(responders, 8, async (index) => {
      cookies[index] = await signIn(url, benchResponderEmail(index));
    });
    await mapConcurrently(responders, 20, async (index) => {
      const ws = await openWebSocket(`${url}/ws/responder`, { cookie: cookies[index] ?? '' });
      sockets.push(ws);
      ws.on('error', () => undefined);
      const ready = firstFrame(ws, (f) => (f.type === 'status' ? true : undefined), SETUP_MS);
      const handled = new Set<string>();
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as Frame;
        if (frame.type === 'offer') {
          const offer = frame.offer as { chatId: string; question: string; tier: Tier };
          const patron = questionPatron(offer.question);
          const key = `${offer.chatId}|${offer.tier}`;
          if (patron === undefined || handled.has(key)) return;
          if (offer.tier !== wanted(patron)) {
            handled.add(key);
            declines += 1;
            ws.send(JSON.stringify({ type: 'decline', chatId: offer.chatId }));
          } else if (taker(patron) === index) {
            handled.add(key);
            acceptedAtTheirTier += 1;
            ws.send(JSON.stringify({ type: 'accept', chatId: offer.chatId }));
          }
        } else if (frame.type === 'chat_assigned') {
          const chatId = frame.chatId as string;
          const text = 'Routed through the tiers: how can I help?';
          ws.send(JSON.stringify({ type: 'send', chatId, clientMessageId: 'g', text }));
        }
      });
      ws.send(JSON.stringify({ type: 'hello', protocolVersion: 1 }));
      ws.send(JSON.stringify({ type: 'set_status', status: 'cooperative' }));
      await ready;
    });

    const patrons: WebSocket[] = [];
    progress(`routing: ${plan.patrons} patrons connect`);
    await mapConcurrently(plan.patrons, 100, async (index) => {
      const ws = await openWebSocket(`${url}/ws/patron`, { origin: BENCH_ORIGIN });
      sockets.push(ws);
      ws.on('error', () => undefined);
      const welcome = firstFrame(ws, (f) => (f.type === 'welcome' ? true : undefined), SETUP_MS);
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as Frame;
        if (frame.type === 'assigned' && assigned[index] === undefined) {
          assigned[index] = performance.now();
          assignedCount += 1;
          wake();
        } else if (
          frame.type === 'message' &&
          frame.authorRole === 'responder' &&
          answered[index] === undefined
        ) {
          answered[index] = performance.now();
          answeredCount += 1;
          wake();
        }
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          protocolVersion: 1,
          libraryId: benchLibraryId(home(index)),
        }),
      );
      await welcome;
      patrons[index] = ws;
    });

    progress(`routing: ${plan.patrons} chats through three tiers`);
    let next = 0;
    const askMore = () => {
      while (next < plan.patrons && next - assignedCount < plan.waiting) {
        asked[next] = performance.now();
        const question = benchQuestion(next);
        patrons[next]?.send(JSON.stringify({ type: 'ask', clientMessageId: 'q', question }));
        next += 1;
      }
    };
    const started = performance.now();
    const complete = await new Promise<boolean>((resolve) => {
      const done = () => answeredCount === plan.patrons;
      const timer = setTimeout(() => resolve(done()), plan.limitMs);
      wake = () => {
        askMore();
        if (!done()) return;
        clearTimeout(timer);
        resolve(true);
      };
      wake();
    });
    const lastAssigned = Math.max(started, ...assigned.filter((t) => t !== undefined));
    const seconds = (lastAssigned - started) / 1000;
    const tierOf = (tier: Tier) => {
      const mine = asked.map((_, i) => i).filter((i) => wanted(i) === tier);
      const since = (times: number[]) =>
        mine.filter((i) => times[i] !== undefined).map((i) => (times[i] ?? 0) - (asked[i] ?? 0));
      return {
        chats: mine.filter((i) => assigned[i] !== undefined).length,
        assignedMs: percentiles(since(assigned)),
        answeredMs: percentiles(since(answered)),
      };
    };
    return {
      patrons: plan.patrons,
      libraries: plan.libraries,
      groups: Math.ceil(plan.libraries / plan.groupSize),
      responders,
      chats: assignedCount,
      seconds,
      chatsPerSecond: assignedCount / Math.max(seconds, 1e-9),
      declines,
      byTier: {
        local: tierOf('local'),
        group: tierOf('group'),
        cooperative: tierOf('cooperative'),
      },
      acceptedAtTheirTier,
      complete,
    };
  } finally {
    for (const ws of sockets) ws.terminate();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
