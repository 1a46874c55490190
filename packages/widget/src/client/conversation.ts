import type { EndReason, PatronChatState, PatronClientFrameInput } from '@refdesk/protocol/patron';
import type { KeyValueStorage } from './storage.ts';
import type { AssignedInfo, ChatMessage, OfflineReason, QueueInfo } from './types.ts';

/** Frames that must reach the server even across reloads: the patron's words. */
export type OutboxFrame = Extract<
  PatronClientFrameInput,
  { type: 'ask' | 'send' | 'offline_question' }
> & { at: number };

/** What survives a reload and is shared by the tabs of a site. */
export interface Conversation {
  token: string | null;
  chatId: string | null;
  chatState: PatronChatState;
  queue: QueueInfo | null;
  assigned: AssignedInfo | null;
  /** Confirmed messages, in seq order. */
  messages: ChatMessage[];
  outbox: OutboxFrame[];
  /** Every message up to this seq has been seen. */
  readSeq: number;
  offline: OfflineReason | null;
  endedReason: EndReason | null;
  /** What the server has confirmed receiving besides messages. */
  received: { survey: boolean; transcript: boolean; offlineQuestion: boolean; erased?: boolean };
}

/** Older conversations are dropped unread: the server's resume window is far shorter. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** The newest messages kept in storage. */
const MAX_STORED_MESSAGES = 300;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
// Enough to render safely: every text is rendered as text, and the server validates what is re-sent.
const isMessage = (m: unknown): m is ChatMessage =>
  isRecord(m) &&
  typeof m.seq === 'number' &&
  typeof m.text === 'string' &&
  typeof m.key === 'string';
const isOutboxFrame = (f: unknown): f is OutboxFrame =>
  isRecord(f) && typeof f.at === 'number' && typeof (f.question ?? f.text) === 'string';

/**
 * A conversation with nothing in it.
 *
 * @example
 * let conversation = emptyConversation();
 */
export const emptyConversation = (): Conversation => ({
  token: null,
  chatId: null,
  chatState: 'none',
  queue: null,
  assigned: null,
  messages: [],
  outbox: [],
  readSeq: 0,
  offline: null,
  endedReason: null,
  received: { survey: false, transcript: false, offlineQuestion: false },
});

/**
 * Reads a stored conversation. Storage is shared with every script of the site and with older
 * versions of this one, so its content is checked; anything unreadable or too old is no conversation.
 *
 * @example
 * const saved = loadConversation(localStorage, 'refdesk:springfield', Date.now());
 */
export function loadConversation(
  storage: KeyValueStorage,
  key: string,
  now: number,
): Conversation | null {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(saved) || saved.v !== 1 || !((saved.savedAt as number) > now - MAX_AGE_MS)) {
    return null;
  }
  const { messages, outbox, token } = saved;
  return {
    ...emptyConversation(),
    ...(saved as Partial<Conversation>),
    token: typeof token === 'string' ? token : null,
    messages: Array.isArray(messages) ? messages.filter(isMessage) : [],
    outbox: Array.isArray(outbox) ? outbox.filter(isOutboxFrame) : [],
  };
}

/**
 * Writes the conversation; the oldest messages go first when it grows long.
 *
 * @example
 * saveConversation(localStorage, 'refdesk:springfield', conversation, Date.now());
 */
export function saveConversation(
  storage: KeyValueStorage,
  key: string,
  conversation: Conversation,
  now: number,
): void {
  // The queue and the assignment are not kept: a resume is always followed by the current one.
  const { queue: _queue, assigned: _assigned, ...kept } = conversation;
  const messages = conversation.messages.slice(-MAX_STORED_MESSAGES);
  storage.setItem(key, JSON.stringify({ ...kept, messages, v: 1, savedAt: now }));
}
