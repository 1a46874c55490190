import type { BroadcastChannelLike } from './types.ts';

/** What one tab tells the others of the same site about the shared conversation. */
export type TabMessage = { type: 'started' } | { type: 'cleared' } | { type: 'read'; seq: number };

export interface TabSync {
  post(message: TabMessage): void;
  close(): void;
}

/**
 * Keeps the tabs of a site on one conversation. Storage holds the conversation itself; the
 * channel only says that it changed, so each tab re-reads what it needs.
 *
 * @example
 * const sync = createTabSync(new BroadcastChannel('refdesk:springfield'), onMessage);
 * sync.post({ type: 'started' });
 */
export function createTabSync(
  channel: BroadcastChannelLike | null,
  onMessage: (message: TabMessage) => void,
): TabSync {
  if (channel) {
    // Only same-origin pages share a channel; a malformed message is ignored by the receiver.
    channel.onmessage = ({ data }) => data && onMessage(data as TabMessage);
  }
  return {
    post(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // A closed channel: the other tabs catch up from storage on their next reload.
      }
    },
    close() {
      if (channel) channel.onmessage = null;
      channel?.close();
    },
  };
}
