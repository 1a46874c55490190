import type { ChatId } from '@refdesk/protocol';

/** Messages the room asks the runtime to deliver outside the chat (email). Failures are the runtime's to log. */
export interface Notifier {
  transcriptRequested(chatId: ChatId, email: string): void;
}
