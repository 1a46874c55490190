import type { StaffNotificationKind } from '@refdesk/protocol';
import type { FollowUpRecord, Library, Millis, Responder } from '../model.ts';
import type { OutgoingEmail } from '../ports/index.ts';
import { headerText } from './header-text.ts';

type Words = {
  subject: (library: string) => string;
  body: (who: string, when: string) => string;
  team: (library: string) => string;
};

const ENGLISH: Words = {
  subject: (library) => `We received your question to ${library}`,
  body: (who, when) => `${who} will answer you by ${when}.`,
  team: (library) => `A librarian of ${library}`,
};

/** The acknowledgement in the languages Refdesk speaks to patrons; English for the rest. */
const ACKNOWLEDGEMENTS: Record<string, Words> = {
  en: ENGLISH,
  fr: {
    subject: (library) => `Nous avons bien reçu votre question à ${library}`,
    body: (who, when) => `${who} vous répondra d’ici le ${when}.`,
    team: (library) => `Un ou une bibliothécaire de ${library}`,
  },
  es: {
    subject: (library) => `Hemos recibido su pregunta a ${library}`,
    body: (who, when) => `${who} le responderá antes del ${when}.`,
    team: (library) => `Un bibliotecario de ${library}`,
  },
  ar: {
    subject: (library) => `تلقّينا سؤالك إلى ${library}`,
    body: (who, when) => `سيجيبك ${who} قبل ${when}.`,
    team: (library) => `أحد أمناء ${library}`,
  },
};

/**
 * A date and time in the library's time zone and the reader's language, e.g.
 * "Wednesday, December 9, 2026 at 5:00 PM CST".
 */
export function formatDue(at: Millis, library: Library, locale = 'en'): string {
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: library.timezone,
  };
  try {
    return new Intl.DateTimeFormat(locale, options).format(at);
  } catch {
    return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(at);
  }
}

/**
 * The patron's acknowledgement of a follow-up: who will answer (the claimant, or a librarian of
 * the library) and by when, in the patron's language when Refdesk speaks it.
 *
 * @example
 * const email = followUpAcknowledgementEmail({ followUp, library, dueAt, claimant });
 */
export function followUpAcknowledgementEmail(input: {
  followUp: FollowUpRecord;
  library: Library;
  dueAt: Millis;
  claimant?: Pick<Responder, 'displayName'> | undefined;
  locale?: string;
}): OutgoingEmail {
  const language = (input.locale ?? 'en').split('-')[0]?.toLowerCase() ?? 'en';
  const known = ACKNOWLEDGEMENTS[language];
  const words = known ?? ENGLISH;
  const locale = known ? language : 'en';
  const { library, followUp } = input;
  const who = input.claimant ? input.claimant.displayName : words.team(library.name);
  return {
    to: followUp.contactEmail,
    subject: headerText(words.subject(library.name)),
    text: [
      words.body(who, formatDue(input.dueAt, library, locale)),
      '',
      library.name,
      '',
      '---',
      ...followUp.question.split('\n').map((line) => `> ${line}`),
    ].join('\n'),
    fromName: headerText(library.name),
  };
}

/**
 * The "due today" reminder to the responder who claimed a follow-up.
 *
 * @example
 * await mailer.send(followUpReminderEmail({ followUp, library, to: claimant.email, dueAt }));
 */
export function followUpReminderEmail(input: {
  followUp: FollowUpRecord;
  library: Library;
  to: string;
  dueAt: Millis;
}): OutgoingEmail {
  const { followUp, library } = input;
  return {
    to: input.to,
    subject: headerText(`Follow-up due ${formatDue(input.dueAt, library)}`),
    text: [
      `The follow-up you claimed for ${library.name} is due ${formatDue(input.dueAt, library)}.`,
      '',
      ...followUp.question.split('\n').map((line) => `> ${line}`),
    ].join('\n'),
    fromName: 'Refdesk',
  };
}

const KIND_TEXT: Record<StaffNotificationKind, string> = {
  new_follow_up: 'New follow-up',
  referral: 'Referral',
  offline_question: 'Offline question',
  reminder: 'Due today',
  overdue: 'Overdue',
};

/**
 * One library's hourly digest to one responder: a line per notification.
 *
 * @example
 * mailer.send(followUpDigestEmail({ library, to: ana.email, items }));
 */
export function followUpDigestEmail(input: {
  library: Library;
  to: string;
  items: { kind: StaffNotificationKind; question: string }[];
}): OutgoingEmail {
  const { library, items } = input;
  const lines = items.map(
    (item) => `- ${KIND_TEXT[item.kind]}: ${item.question.split('\n')[0]?.slice(0, 120) ?? ''}`,
  );
  return {
    to: input.to,
    subject: headerText(`${library.name}: ${items.length} follow-up notification(s)`),
    text: [...lines, '', 'Open the follow-ups page of the Refdesk console to work them.'].join(
      '\n',
    ),
    fromName: 'Refdesk',
  };
}
