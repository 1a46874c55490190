import type { ChatMessage, ChatSnapshot } from '../client/types.ts';
import type { Catalogue } from '../i18n/en.ts';
import { format } from '../i18n/load-catalogue.ts';

/**
 * What the one polite live region says, from one snapshot to the next: a librarian's new message,
 * a new place in the queue (not every new wait estimate), the connection lost, the
 * patron's message sent or refused, and the chat's end. Whatever was on screen at start (restored
 * after a reload) is never announced, nor the patron's own words read back to them.
 *
 * @example
 * const announce = createAnnouncer(client.getSnapshot(), t);
 * liveRegion.textContent = announce(next);
 */
export function createAnnouncer(
  initial: ChatSnapshot,
  t: Catalogue,
): (snapshot: ChatSnapshot) => string {
  const seen = new Map(initial.messages.map((m) => [m.key, m.status]));
  let { status, chatState } = initial;
  let position = initial.queue?.position;
  let last = '';
  let count = 0;
  const say = (text: string): void => {
    // A trailing no-break space on every other line: the same words twice are still news.
    last = text + (++count % 2 ? '' : '\u00a0');
  };
  const describe = (m: ChatMessage): string =>
    format(t.announce, { name: m.displayName || t.librarian, text: m.text });
  return (s) => {
    // The connection lost (the banner says when it is back).
    if (s.status !== status && s.status === 'reconnecting') say(t.lost);
    status = s.status;
    const queued = s.chatState === 'queued' ? s.queue?.position : undefined;
    if (queued !== undefined && queued !== position) say(format(t.position, { position: queued }));
    position = queued;
    for (const m of s.messages) {
      const before = seen.get(m.key);
      if (before === m.status) continue;
      seen.set(m.key, m.status);
      if (m.authorRole !== 'patron') {
        if (!before) say(describe(m));
      } else if (m.status === 'failed') say(t.notSentLong);
      else if (m.status === 'sent' && before === 'pending') say(t.sent);
    }
    if (s.chatState === 'ended' && chatState !== 'ended')
      say(format(t.chatEnded, { reason: t[s.endedReason ?? 'responder_ended'] }));
    chatState = s.chatState;
    return last;
  };
}
