import type {
  AuthorRole,
  ChatAssigned,
  ChatId,
  LibraryRef,
  QueueEntry,
  ResponderServerFrame,
  ResponderStatus,
  Tier,
} from '@refdesk/protocol/responder';

/** One line of a chat as the console shows it: a stored message, or one of mine still on its way. */
export interface ChatLine {
  /** The message id once stored; the client message id before. */
  key: string;
  /** Null until the server stored it. */
  seq: number | null;
  authorRole: AuthorRole;
  displayName: string;
  text: string;
  sentAt: number;
  /** An internal note: responders and reviewers see it, the patron never does. */
  internal: boolean;
  clientMessageId?: string;
  delivery: 'stored' | 'pending' | 'failed';
}

/** `active`: talking; `patron_left`: waiting for my outcome; the chat leaves the desk when ended. */
export type ChatPhase = 'active' | 'patron_left';

export interface ChatView {
  chatId: ChatId;
  homeLibrary: LibraryRef;
  tier: Tier;
  practice: boolean;
  patron: ChatAssigned['patron'];
  startedAt: number;
  lines: ChatLine[];
  patronTyping: boolean;
  phase: ChatPhase;
  /** Patron messages that arrived while another chat was in front. */
  unread: number;
}

export type CoveredChat = Extract<ResponderServerFrame, { type: 'covered_chats' }>['chats'][number];

/** Everything the desk shows that the server tells it. */
export interface DeskData {
  status: ResponderStatus;
  offers: QueueEntry[];
  chats: ChatView[];
  covered: CoveredChat[];
}

/** What the page should do besides re-rendering after a frame. */
export type DeskEffect =
  | { kind: 'offer_arrived'; offer: QueueEntry }
  | { kind: 'chat_opened'; chatId: ChatId }
  | { kind: 'chat_closed'; chatId: ChatId; message: string }
  | { kind: 'notice'; tone: 'info' | 'error'; message: string };

export const emptyDesk: DeskData = { status: 'away', offers: [], chats: [], covered: [] };
