import type { ChatId, SampleSettings } from '@refdesk/protocol';
import type { SampleCandidate, SampledSubject } from '../ports/index.ts';
import { createSeededRandom, shuffled } from './seeded-random.ts';

/** The rule a cooperative starts with: monthly, 2 chats per responder, 5 per library. */
export const DEFAULT_SAMPLE_SETTINGS: SampleSettings = {
  period: 'monthly',
  perResponder: 2,
  perLibrary: 5,
};

/** A chat the draw took, whom it counts for in the rotation, and why (shown to reviewers). */
export interface SamplePick {
  chatId: ChatId;
  /** `responder:<id>` or `library:<id>`. */
  subject: string;
  reason: string;
}

export interface DrawSampleInput {
  seed: string;
  /** The period's key: picks of earlier draws in the same period count against its quotas. */
  period: string;
  settings: SampleSettings;
  candidates: readonly SampleCandidate[];
  /** Chats earlier draws took, all periods: who was sampled least (and longest ago) goes first. */
  history: readonly SampledSubject[];
  responderName(id: string): string;
  libraryName(id: string): string;
}

/**
 * The rotating random sample, as a pure function of its input: the same seed, candidates and
 * history give the same picks. Responders first, then libraries (of the responder who
 * answered), each in rounds: every subject with a chat left gets its k-th chat before any gets a
 * (k+1)-th, up to its quota for the period; within a round, subjects sampled least often (then
 * least recently) go first, ties in seeded random order. A library's chats rotate over its
 * responders. A chat is taken once.
 *
 * @example
 * const picks = drawSample({ seed, period: '2026-11', settings, candidates, history, responderName, libraryName });
 */
export function drawSample(input: DrawSampleInput): SamplePick[] {
  const random = createSeededRandom(input.seed);
  const candidates = [...input.candidates].sort(
    (a, b) => a.createdAt - b.createdAt || (a.chatId < b.chatId ? -1 : a.chatId > b.chatId ? 1 : 0),
  );
  const taken = new Set<ChatId>();
  const perResponderTaken = new Map<string, number>();
  const picks: SamplePick[] = [];
  const take = (chat: SampleCandidate, subject: string, reason: string) => {
    taken.add(chat.chatId);
    perResponderTaken.set(chat.responderId, (perResponderTaken.get(chat.responderId) ?? 0) + 1);
    picks.push({ chatId: chat.chatId, subject, reason });
  };
  const pickOne = (pool: SampleCandidate[]) => pool[Math.floor(random() * pool.length)];

  rounds(
    input,
    random,
    'responder',
    input.settings.perResponder,
    candidates,
    (chat) => chat.responderId,
    taken,
    (pool, id) => {
      const chat = pickOne(pool);
      if (chat) take(chat, `responder:${id}`, `responder sample for ${input.responderName(id)}`);
    },
  );
  rounds(
    input,
    random,
    'library',
    input.settings.perLibrary,
    candidates,
    (chat) => chat.libraryId,
    taken,
    (pool, id) => {
      // Rotate over the library's responders: the one with the fewest chats taken goes next.
      const fewest = Math.min(...pool.map((chat) => perResponderTaken.get(chat.responderId) ?? 0));
      const chat = pickOne(
        pool.filter((one) => (perResponderTaken.get(one.responderId) ?? 0) === fewest),
      );
      if (chat) take(chat, `library:${id}`, `library sample for ${input.libraryName(id)}`);
    },
  );
  return picks;
}

function rounds(
  input: DrawSampleInput,
  random: () => number,
  kind: 'responder' | 'library',
  quota: number,
  candidates: readonly SampleCandidate[],
  keyOf: (chat: SampleCandidate) => string,
  taken: ReadonlySet<ChatId>,
  pick: (pool: SampleCandidate[], id: string) => void,
): void {
  const pools = new Map<string, SampleCandidate[]>();
  for (const chat of candidates) {
    const key = keyOf(chat);
    pools.set(key, [...(pools.get(key) ?? []), chat]);
  }
  const subject = (id: string) => `${kind}:${id}`;
  const have = new Map<string, number>();
  for (const one of input.history) {
    if (one.period === input.period) have.set(one.subject, (have.get(one.subject) ?? 0) + 1);
  }
  const order = rotationOrder([...pools.keys()].map(subject), input.history, random);
  for (let round = 0; round < quota; round++) {
    for (const key of order) {
      if ((have.get(key) ?? 0) > round) continue;
      const id = key.slice(kind.length + 1);
      const pool = (pools.get(id) ?? []).filter((chat) => !taken.has(chat.chatId));
      if (pool.length === 0) continue;
      pick(pool, id);
      have.set(key, (have.get(key) ?? 0) + 1);
    }
  }
}

/** Least sampled first, then least recently sampled, ties in seeded random order. */
function rotationOrder(
  subjects: readonly string[],
  history: readonly SampledSubject[],
  random: () => number,
): string[] {
  const count = new Map<string, number>();
  const last = new Map<string, number>();
  for (const one of history) {
    count.set(one.subject, (count.get(one.subject) ?? 0) + 1);
    last.set(one.subject, Math.max(last.get(one.subject) ?? 0, one.drawnAt));
  }
  return shuffled([...subjects].sort(), random).sort(
    (a, b) => (count.get(a) ?? 0) - (count.get(b) ?? 0) || (last.get(a) ?? 0) - (last.get(b) ?? 0),
  );
}
