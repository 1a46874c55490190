import type { ChatId } from '@refdesk/protocol';

/** Messages the room asks the runtime to deliver outside the chat (email). Failures are the runtime's to log. */
export interface Notifier {
  /** Whether a transport can deliver email: false when the runtime only logs messages. */
  readonly canEmail: boolean;
  /** `locale` is the requesting widget's: the email is written in its language when Refdesk speaks it. */
  transcriptRequested(chatId: ChatId, email: string, locale?: string | null): void;
}
