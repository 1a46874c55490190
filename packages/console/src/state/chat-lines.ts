import type {
  ChatMessageView,
  ClientMessageId,
  ResponderClientFrameInput,
} from '@refdesk/protocol/responder';
import type { ChatLine, ChatView } from './desk-types.ts';

/**
 * A stored message as a chat line.
 *
 * @example
 * const line = lineFromMessage(frame.message);
 */
export function lineFromMessage(message: ChatMessageView): ChatLine {
  const line: ChatLine = {
    key: message.id,
    seq: message.seq,
    authorRole: message.authorRole,
    displayName: message.displayName,
    text: message.text,
    sentAt: message.sentAt,
    internal: message.internal,
    delivery: 'stored',
  };
  if (message.clientMessageId) line.clientMessageId = message.clientMessageId;
  return line;
}

/** Stored lines by seq, then the ones still on their way in the order they were written. */
function ordered(lines: ChatLine[]): ChatLine[] {
  const stored = lines.filter((line) => line.seq !== null);
  stored.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return [...stored, ...lines.filter((line) => line.seq === null)];
}

/**
 * Adds a stored message. Its echo replaces my pending line with the same client message id; a
 * message already present (same seq) is not added twice.
 *
 * @example
 * chat.lines = mergeMessage(chat.lines, frame.message);
 */
export function mergeMessage(lines: ChatLine[], message: ChatMessageView): ChatLine[] {
  const incoming = lineFromMessage(message);
  const rest = lines.filter(
    (line) =>
      line.seq !== message.seq &&
      !(message.clientMessageId && line.clientMessageId === message.clientMessageId),
  );
  return ordered([...rest, incoming]);
}

/** The server stored my message: it keeps its place at `seq`. */
export function ackLine(
  lines: ChatLine[],
  clientMessageId: string,
  seq: number,
  messageId: string,
): ChatLine[] {
  if (lines.some((line) => line.seq === seq && line.clientMessageId !== clientMessageId)) {
    return lines;
  }
  return ordered(
    lines.map((line) =>
      line.clientMessageId === clientMessageId && line.seq === null
        ? { ...line, seq, key: messageId, delivery: 'stored' }
        : line,
    ),
  );
}

/** A refused message stays visible, marked, so its text is not lost. */
export function failLine(lines: ChatLine[], clientMessageId: string): ChatLine[] {
  return lines.map((line) =>
    line.clientMessageId === clientMessageId && line.seq === null
      ? { ...line, delivery: 'failed' }
      : line,
  );
}

/** A full transcript from the server, keeping my lines it does not have yet. */
export function linesFromTranscript(
  transcript: ChatMessageView[],
  previous: ChatLine[],
): ChatLine[] {
  let lines = transcript.map(lineFromMessage);
  for (const line of previous) {
    if (line.seq !== null) continue;
    if (transcript.some((message) => message.clientMessageId === line.clientMessageId)) continue;
    lines = [...lines, line];
  }
  return ordered(lines);
}

/** The frames that send my still-pending lines again, e.g. after a reconnect. */
export function pendingFrames(chats: ChatView[]): ResponderClientFrameInput[] {
  return chats.flatMap((chat) =>
    chat.lines
      .filter((line) => line.delivery === 'pending' && line.clientMessageId)
      .map((line) => ({
        type: line.internal ? ('note' as const) : ('send' as const),
        chatId: chat.chatId,
        clientMessageId: line.clientMessageId as ClientMessageId,
        text: line.text,
      })),
  );
}
