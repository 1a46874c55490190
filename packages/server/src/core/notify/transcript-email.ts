import type { ChatId } from '@refdesk/protocol';
import type { Library, MessageRecord } from '../model.ts';
import type {
  Directory,
  Logger,
  Mailer,
  Notifier,
  OutgoingEmail,
  TranscriptStore,
} from '../ports/index.ts';
import { headerText } from './header-text.ts';

/** The stores a transcript email reads. */
export interface TranscriptEmailStores {
  transcripts: TranscriptStore;
  directory: Directory;
}

const DEFAULT_MAX_PER_CHAT = 3;

/**
 * The transcript a patron asked for, as a plain-text email from their library: every message
 * they saw, never an internal note. Undefined when the chat is unknown.
 *
 * @example
 * const email = transcriptEmail(stores, chatId, 'pat@example.org');
 * if (email) await mailer.send(email);
 */
export function transcriptEmail(
  stores: TranscriptEmailStores,
  chatId: ChatId,
  to: string,
): OutgoingEmail | undefined {
  const chat = stores.transcripts.chat(chatId);
  const library = chat && stores.directory.library(chat.libraryId);
  if (!chat || !library) return undefined;
  const time = formatter(library, { timeStyle: 'short' });
  const line = (message: MessageRecord) => {
    const who = message.authorRole === 'patron' ? 'You' : message.displayName;
    return `[${time.format(message.sentAt)}] ${who}: ${message.text}`;
  };
  const text = [
    `Your chat with ${library.name}`,
    `Started ${formatter(library, { dateStyle: 'long', timeStyle: 'short' }).format(chat.createdAt)} (${library.timezone})`,
    '',
    ...stores.transcripts.messages(chat.id, false).map(line),
    '',
    '--',
    `You asked for this transcript in the ${library.name} chat.`,
    library.settings.privacyNote,
  ].join('\n');
  return {
    to,
    subject: headerText(`Your chat with ${library.name}`),
    text: text.trimEnd(),
    fromName: headerText(library.name),
  };
}

/**
 * The room's notifier: sends a requested transcript in the background, logging failures, and at
 * most `maxPerChat` times per chat so a patron's page cannot be turned into a mail cannon.
 *
 * @example
 * const notifier = createTranscriptNotifier({ stores, mailer, logger });
 * createCooperativeRoom({ ...deps, notifier });
 */
export function createTranscriptNotifier(deps: {
  stores: TranscriptEmailStores;
  mailer: Mailer;
  logger: Pick<Logger, 'info' | 'error'>;
  maxPerChat?: number;
}): Notifier {
  const max = deps.maxPerChat ?? DEFAULT_MAX_PER_CHAT;
  const sent = new Map<ChatId, number>();
  return {
    canEmail: !deps.mailer.logOnly,
    transcriptRequested(chatId, email) {
      const count = sent.get(chatId) ?? 0;
      if (count >= max) {
        deps.logger.info('transcript not sent: limit reached', { chatId });
        return;
      }
      // Bounded memory: forget the oldest chats first (Map keeps insertion order).
      if (sent.size >= 10_000) for (const old of [...sent.keys()].slice(0, 1000)) sent.delete(old);
      sent.set(chatId, count + 1);
      const message = transcriptEmail(deps.stores, chatId, email);
      if (!message) return;
      deps.mailer.send(message).then(
        () => deps.logger.info('transcript sent', { chatId }),
        (error: unknown) =>
          deps.logger.error('transcript not sent', { chatId, error: String(error) }),
      );
    },
  };
}

function formatter(library: Library, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: library.timezone });
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  }
}
