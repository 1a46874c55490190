import type { ChatMessage } from '../client/types.ts';

/**
 * What the live region says: the newest message from a librarian that was not on screen before.
 * Messages present at start (restored after a reload) and replays of ones already seen are never
 * announced again, and the patron's own messages are not read back to them.
 *
 * @example
 * const announce = createAnnouncer(snapshot.messages, (m) => `${m.displayName}: ${m.text}`);
 * liveRegion.textContent = announce(next.messages);
 */
export function createAnnouncer(
  initial: readonly ChatMessage[],
  describe: (message: ChatMessage) => string,
): (messages: readonly ChatMessage[]) => string {
  const seen = new Set(initial.map((m) => m.key));
  let last = '';
  let count = 0;
  return (messages) => {
    for (const message of messages) {
      if (seen.has(message.key)) continue;
      seen.add(message.key);
      // A trailing no-break space on every other message: the same words twice are still news.
      if (message.authorRole !== 'patron') last = describe(message) + (++count % 2 ? '' : '\u00a0');
    }
    return last;
  };
}
