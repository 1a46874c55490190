import type { SystemLine } from '@refdesk/protocol';
import type { Millis, Responder } from '../model.ts';
import { type PatronLanguage, patronLanguage } from '../notify/patron-language.ts';
import type { LiveChat } from '../room/live-state.ts';

/** The patron's answer to passing their email on with a referral: asked, then given or refused. */
export interface PatronConsent {
  askedAt: Millis;
  /** Null while the patron has not answered. */
  granted: boolean | null;
  answeredAt: Millis | null;
}

/** The replies that answer the consent question, per patron language. */
type Words = { yes: readonly string[]; no: readonly string[] };

/**
 * A reply counts only while the question is open and only when it is one of these words (in the
 * patron's language or in English), so an ordinary message is never taken for an answer. The
 * question and confirmations are system lines (`consent_ask`, `consent_granted`, `consent_refused`).
 */
const WORDS: Record<PatronLanguage, Words> = {
  en: {
    yes: ['yes', 'y', 'ok', 'yes please', 'i agree'],
    no: ['no', 'n', 'no thanks', 'no thank you'],
  },
  es: { yes: ['sí', 'si', 'vale', 'de acuerdo'], no: ['no', 'no gracias'] },
  fr: { yes: ['oui', "d'accord", 'd’accord', 'ok'], no: ['non', 'non merci'] },
  ar: { yes: ['نعم', 'موافق', 'yes'], no: ['لا', 'no'] },
};

/**
 * The consent question the responder triggers, as a system line each patron reads in their language.
 *
 * @example
 * chat.consent = { askedAt: now, granted: null, answeredAt: null };
 * systemMessage(ctx, chat, consentQuestion(responder));
 */
export function consentQuestion(responder: Pick<Responder, 'displayName'>): SystemLine {
  return { code: 'consent_ask', params: { name: responder.displayName } };
}

/**
 * Reads a patron's message as an answer to an open consent question: the new consent and the
 * confirmation to show, or undefined when the message is not an answer (or nothing was asked).
 *
 * @example
 * const answer = consentAnswer(chat, chat.consent, frame.text, clock.now());
 * if (answer) { chat.consent = answer.consent; systemMessage(ctx, chat, answer.confirmation); }
 */
export function consentAnswer(
  chat: Pick<LiveChat, 'patrons'>,
  asked: PatronConsent | undefined,
  text: string,
  now: Millis,
): { consent: PatronConsent; confirmation: SystemLine } | undefined {
  if (!asked || asked.granted !== null) return undefined;
  const reply = text
    .trim()
    .toLowerCase()
    .replace(/[.!?¡¿。]+$/u, '')
    .trim();
  const answers = [wordsOf(chat), WORDS.en];
  const granted = answers.some((w) => w.yes.includes(reply))
    ? true
    : answers.some((w) => w.no.includes(reply))
      ? false
      : undefined;
  if (granted === undefined) return undefined;
  return {
    consent: { ...asked, granted, answeredAt: now },
    confirmation: { code: granted ? 'consent_granted' : 'consent_refused', params: {} },
  };
}

/** The words of the first patron socket's language (their widget's locale). */
function wordsOf(chat: Pick<LiveChat, 'patrons'>): Words {
  const [session] = chat.patrons;
  return WORDS[patronLanguage(session?.locale)];
}
