import type { ChatSnapshot } from '../client/types.ts';

/** Which screen the panel shows. */
export type View = 'prechat' | 'chat' | 'ended' | 'offline' | 'offline-sent';

/**
 * The screen for a snapshot. The leave-a-question form replaces the chat whenever nobody can take
 * it: when the server says so, or when the library is unavailable before the first question.
 *
 * @example
 * computeView(client.getSnapshot()); // 'prechat'
 */
export function computeView(s: ChatSnapshot): View {
  if (s.received.offlineQuestion) return 'offline-sent';
  if (s.chatState === 'queued' || s.chatState === 'active') return 'chat';
  if (s.chatState === 'ended') return s.offline ? 'offline' : 'ended';
  const asked = s.messages.length > 0;
  if (s.offline || (s.library && !s.library.available && !asked)) return 'offline';
  return asked ? 'chat' : 'prechat';
}
