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
import { fillTemplate, type PatronLanguage, patronLanguage } from './patron-language.ts';
import { systemLineText } from './system-line-text.ts';
import { TRANSCRIPT_EMAIL_WORDS } from './transcript-email-words.ts';

/** The stores a transcript email reads. */
export interface TranscriptEmailStores {
  transcripts: TranscriptStore;
  directory: Directory;
}

const DEFAULT_MAX_PER_CHAT = 3;

/**
 * The transcript a patron asked for, as a plain-text email from their library: every message
 * they saw, never an internal note, in the language of their widget (`locale`; English for
 * others), the service's own lines included. Undefined when the chat is unknown.
 *
 * @example
 * const email = transcriptEmail(stores, chatId, 'pat@example.org', 'es-MX');
 * if (email) await mailer.send(email);
 */
export function transcriptEmail(
  stores: TranscriptEmailStores,
  chatId: ChatId,
  to: string,
  locale?: string | null,
): OutgoingEmail | undefined {
  const chat = stores.transcripts.chat(chatId);
  const library = chat && stores.directory.library(chat.libraryId);
  if (!chat || !library) return undefined;
  const language = patronLanguage(locale);
  const words = TRANSCRIPT_EMAIL_WORDS[language];
  const time = formatter(library, language, { timeStyle: 'short' });
  const line = (message: MessageRecord) => {
    const who = message.authorRole === 'patron' ? words.you : message.displayName;
    const text = message.systemLine ? systemLineText(message.systemLine, language) : message.text;
    return `[${time.format(message.sentAt)}] ${who}: ${text}`;
  };
  const date = formatter(library, language, { dateStyle: 'long', timeStyle: 'short' });
  const values = {
    library: library.name,
    date: date.format(chat.createdAt),
    zone: library.timezone,
  };
  const text = [
    fillTemplate(words.subject, values),
    fillTemplate(words.started, values),
    '',
    ...stores.transcripts.messages(chat.id, false).map(line),
    '',
    '--',
    fillTemplate(words.footer, values),
    library.settings.privacyNote,
  ].join('\n');
  return {
    to,
    subject: headerText(fillTemplate(words.subject, values)),
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
    transcriptRequested(chatId, email, locale) {
      const count = sent.get(chatId) ?? 0;
      if (count >= max) {
        deps.logger.info('transcript not sent: limit reached', { chatId });
        return;
      }
      // Bounded memory: forget the oldest chats first (Map keeps insertion order).
      if (sent.size >= 10_000) for (const old of [...sent.keys()].slice(0, 1000)) sent.delete(old);
      sent.set(chatId, count + 1);
      const message = transcriptEmail(deps.stores, chatId, email, locale);
      if (!message) return;
      deps.mailer.send(message).then(
        () => deps.logger.info('transcript sent', { chatId }),
        (error: unknown) =>
          deps.logger.error('transcript not sent', { chatId, error: String(error) }),
      );
    },
  };
}

function formatter(
  library: Library,
  language: PatronLanguage,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  try {
    const locale = language === 'en' ? 'en-US' : language;
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: library.timezone });
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  }
}
