/** A chat message as a client keeps it. */
export interface LoggedMessage {
  seq: number;
  authorRole: string;
  text: string;
  clientMessageId?: string | undefined;
}

/** A client's view of one chat's messages, deduplicated by seq only, in the order first seen. */
export interface MessageLog {
  add(message: LoggedMessage): void;
  /** Forgets everything (a responder's new transcript replaces its view). */
  reset(): void;
  maxSeq(): number;
  messages(): LoggedMessage[];
  /** Whether a message with this client id is in the log. */
  has(clientMessageId: string): boolean;
  /**
   * What is wrong with the log: seqs out of order or missing, or an acknowledged message absent or
   * present more than once. Empty when all is well.
   */
  problems(acknowledged: Iterable<string>): string[];
}

/**
 * Creates an empty log.
 *
 * @example
 * const log = createMessageLog();
 * log.add({ seq: 1, authorRole: 'patron', text: 'Hi', clientMessageId: 'q' });
 * expect(log.problems(['q'])).toEqual([]);
 */
export function createMessageLog(): MessageLog {
  const bySeq = new Map<number, LoggedMessage>();
  const order: number[] = [];
  const ids = new Set<string>();
  return {
    add(message) {
      if (bySeq.has(message.seq)) return;
      bySeq.set(message.seq, message);
      order.push(message.seq);
      if (message.clientMessageId) ids.add(message.clientMessageId);
    },
    reset() {
      bySeq.clear();
      order.length = 0;
      ids.clear();
    },
    maxSeq: () => order.reduce((max, seq) => Math.max(max, seq), 0),
    messages: () => order.map((seq) => bySeq.get(seq)).filter((m) => m !== undefined),
    has: (clientMessageId) => ids.has(clientMessageId),
    problems(acknowledged) {
      const found: string[] = [];
      order.forEach((seq, index) => {
        if (seq !== index + 1) found.push(`seq ${seq} arrived in place ${index + 1}`);
      });
      const counts = new Map<string, number>();
      for (const message of bySeq.values()) {
        const id = message.clientMessageId;
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const id of acknowledged) {
        const count = counts.get(id) ?? 0;
        if (count !== 1) found.push(`acknowledged ${id} appears ${count} times`);
      }
      return found;
    },
  };
}
