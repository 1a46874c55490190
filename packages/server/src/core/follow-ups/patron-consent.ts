import type { Millis, Responder } from '../model.ts';
import type { LiveChat } from '../room/live-state.ts';

/** The patron's answer to passing their email on with a referral: asked, then given or refused. */
export interface PatronConsent {
  askedAt: Millis;
  /** Null while the patron has not answered. */
  granted: boolean | null;
  answeredAt: Millis | null;
}

type Words = {
  ask: (responder: string) => string;
  yes: readonly string[];
  no: readonly string[];
  granted: string;
  refused: string;
};

/**
 * What the patron reads and may answer, in the languages the widget speaks (en, es, fr, ar). A
 * reply counts only while the question is open and only when it is one of these words, so an
 * ordinary message is never taken for an answer.
 */
const WORDS: Record<string, Words> = {
  en: {
    ask: (who) =>
      `${who} would like to pass your question to a library outside our cooperative that can answer it. May we give them your email address so they can reply to you directly? Reply YES or NO.`,
    yes: ['yes', 'y', 'ok', 'yes please', 'i agree'],
    no: ['no', 'n', 'no thanks', 'no thank you'],
    granted: 'Thank you: your email will be passed on with your question.',
    refused: 'Understood: your email will not be passed on. Our library will relay any answer.',
  },
  es: {
    ask: (who) =>
      `${who} quiere enviar su pregunta a una biblioteca fuera de nuestra cooperativa que puede responderla. ¿Podemos darles su correo electrónico para que le respondan directamente? Responda SÍ o NO.`,
    yes: ['sí', 'si', 'vale', 'de acuerdo'],
    no: ['no', 'no gracias'],
    granted: 'Gracias: su correo se enviará junto con su pregunta.',
    refused:
      'Entendido: no compartiremos su correo. Nuestra biblioteca le hará llegar la respuesta.',
  },
  fr: {
    ask: (who) =>
      `${who} souhaite transmettre votre question à une bibliothèque hors de notre coopérative qui peut y répondre. Pouvons-nous lui donner votre adresse e-mail pour qu’elle vous réponde directement ? Répondez OUI ou NON.`,
    yes: ['oui', "d'accord", 'd’accord', 'ok'],
    no: ['non', 'non merci'],
    granted: 'Merci : votre adresse sera transmise avec votre question.',
    refused:
      'Entendu : votre adresse ne sera pas transmise. Notre bibliothèque vous relaiera la réponse.',
  },
  ar: {
    ask: (who) =>
      `يود ${who} إحالة سؤالك إلى مكتبة خارج تعاونيتنا يمكنها الإجابة عنه. هل نعطيها عنوان بريدك الإلكتروني لترد عليك مباشرة؟ أجب بنعم أو لا.`,
    yes: ['نعم', 'موافق', 'yes'],
    no: ['لا', 'no'],
    granted: 'شكراً لك: سيُرسَل بريدك الإلكتروني مع سؤالك.',
    refused: 'حسناً: لن نشارك بريدك الإلكتروني، وستنقل مكتبتنا إليك الإجابة.',
  },
};

/** The language of the chat's patron (their widget's locale), among those the words cover. */
export function patronLanguage(chat: Pick<LiveChat, 'patrons'>): string {
  for (const session of chat.patrons) {
    const language = session.locale?.split('-')[0]?.toLowerCase();
    if (language && WORDS[language]) return language;
  }
  return 'en';
}

/**
 * The consent question the responder triggers, in the patron's language.
 *
 * @example
 * chat.consent = { askedAt: now, granted: null, answeredAt: null };
 * systemMessage(ctx, chat, consentQuestion(chat, responder));
 */
export function consentQuestion(
  chat: Pick<LiveChat, 'patrons'>,
  responder: Pick<Responder, 'displayName'>,
): string {
  return wordsOf(chat).ask(responder.displayName);
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
): { consent: PatronConsent; confirmation: string } | undefined {
  if (!asked || asked.granted !== null) return undefined;
  const reply = text
    .trim()
    .toLowerCase()
    .replace(/[.!?¡¿。]+$/u, '')
    .trim();
  const answers = [wordsOf(chat), WORDS.en as Words];
  const granted = answers.some((w) => w.yes.includes(reply))
    ? true
    : answers.some((w) => w.no.includes(reply))
      ? false
      : undefined;
  if (granted === undefined) return undefined;
  const words = wordsOf(chat);
  return {
    consent: { ...asked, granted, answeredAt: now },
    confirmation: granted ? words.granted : words.refused,
  };
}

function wordsOf(chat: Pick<LiveChat, 'patrons'>): Words {
  return WORDS[patronLanguage(chat)] ?? (WORDS.en as Words);
}
