import type {
  PatronClient,
  PatronEvents,
  ResponderClient,
  ResponderEvents,
} from './load-target.ts';

interface Chat {
  assigned: boolean;
  /** The last message number the patron sent. */
  k: number;
  /** When each message still on its way to the librarian was sent (or meant to be: open loop). */
  sentAt: Map<number, number>;
  /** The same, for messages whose ack has not come back (targets that send acks). */
  ackAt: Map<number, number>;
}

export type Phase = 'connect' | 'route' | 'exchange' | 'open';

/**
 * The load process's side of every chat: who is connected, what was sent when, and the counters
 * the phases wait on. Librarian `j` answers every message of the chats `i % R === j` it gets.
 *
 * @example
 * const load = createLoadState(1000, 100);
 * await load.waitFor(() => load.assigned === 1000, 60_000);
 */
export function createLoadState(patrons: number, responders: number) {
  const chats: Chat[] = Array.from({ length: patrons }, () => ({
    assigned: false,
    k: 0,
    sentAt: new Map(),
    ackAt: new Map(),
  }));
  let wake: () => void = () => undefined;
  let phaseStart = 0;
  const state = {
    phase: 'connect' as Phase,
    patronClients: [] as PatronClient[],
    responderClients: [] as ResponderClient[],
    assigned: 0,
    delivered: 0,
    /** Chats that finished the exchange. */
    finished: 0,
    /** The exchange's message count per chat, and whether its time ran out. */
    messages: 0,
    stopSending: false,
    /** Called when a chat is assigned (the route phase asks the next patron). */
    onAssigned: (() => undefined) as () => void,
    samples: [] as number[],
    /** Send -> ack latencies, ms. */
    ackSamples: [] as number[],
    /** Only messages sent (or meant to be) at or after this time are sampled (a warm-up before). */
    recordFrom: 0,
    /** Patron messages sent and not yet delivered to their librarian. */
    pending: 0,
    /** Resolves true once `done()` holds, false if `limitMs` passes first. */
    waitFor(done: () => boolean, limitMs: number): Promise<boolean> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(done()), limitMs);
        wake = () => {
          if (!done()) return;
          clearTimeout(timer);
          resolve(true);
        };
        wake();
      });
    },
    /**
     * Patron `patron` sends its next message. An open loop passes the time it was meant to leave,
     * so a late send (the load process behind) counts against the latency, not against the rate.
     */
    send(patron: number, intendedAt = performance.now()): void {
      const chat = chats[patron];
      if (!chat) return;
      chat.k += 1;
      chat.sentAt.set(chat.k, intendedAt);
      chat.ackAt.set(chat.k, intendedAt);
      state.pending += 1;
      state.patronClients[patron]?.send(chat.k);
    },
    inFlight: () => state.pending,
    responderEvents: {
      message(patron, k) {
        const sentAt = chats[patron]?.sentAt.get(k);
        if (sentAt === undefined) return;
        chats[patron]?.sentAt.delete(k);
        state.pending -= 1;
        if (sentAt >= state.recordFrom) state.samples.push(performance.now() - sentAt);
        state.delivered += 1;
        state.responderClients[patron % responders]?.reply(patron, k);
        wake();
      },
    } satisfies ResponderEvents,
    patronEvents(patron: number): PatronEvents {
      return {
        assigned() {
          const chat = chats[patron];
          if (!chat || chat.assigned) return;
          chat.assigned = true;
          state.assigned += 1;
          state.onAssigned();
          wake();
        },
        ack(k) {
          const chat = chats[patron];
          const sentAt = chat?.ackAt.get(k);
          if (sentAt === undefined) return;
          chat?.ackAt.delete(k);
          if (sentAt >= state.recordFrom) state.ackSamples.push(performance.now() - sentAt);
        },
        reply(k) {
          state.delivered += 1;
          if (state.phase === 'exchange') {
            if (k < state.messages && !state.stopSending) state.send(patron);
            else state.finished += 1;
          }
          wake();
        },
      };
    },
    /** Moves to the next phase, counting its messages from zero. */
    enter(phase: Phase): void {
      state.phase = phase;
      phaseStart = state.delivered;
    },
    describe(): string {
      if (state.phase === 'connect') return `connect ${state.patronClients.length}/${patrons}`;
      if (state.phase === 'route') return `route ${state.assigned}/${patrons}`;
      return `${state.phase} ${state.delivered - phaseStart} messages`;
    },
    closeAll(): void {
      for (const client of state.patronClients) client.close();
      for (const client of state.responderClients) client.close();
    },
  };
  return state;
}

export type LoadState = ReturnType<typeof createLoadState>;
