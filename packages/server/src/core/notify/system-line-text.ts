import type { SystemLine, SystemLineCode } from '@refdesk/protocol';
import { fillTemplate, type PatronLanguage, patronLanguage } from './patron-language.ts';

/**
 * The service's own chat lines in every patron language. English is also what librarians read
 * in the console and what is stored as the message's text.
 */
export const SYSTEM_LINE_TEXTS: Record<PatronLanguage, Record<SystemLineCode, string>> = {
  en: {
    joined: '{name} ({library}) joined the chat.',
    taking_over: "{name} from the patron's library is taking over.",
    transferring: '{name} is transferring you to {to}. Please stay in the chat.',
    transferring_cooperative:
      '{name} is transferring you to the cooperative. Please stay in the chat.',
    consent_ask:
      '{name} would like to pass your question to a library outside our cooperative that can answer it. May we give them your email address so they can reply to you directly? Reply YES or NO.',
    consent_granted: 'Thank you: your email will be passed on with your question.',
    consent_refused:
      'Understood: your email will not be passed on. Our library will relay any answer.',
  },
  es: {
    joined: '{name} ({library}) se unió al chat.',
    taking_over: '{name}, de su biblioteca, continúa el chat.',
    transferring: '{name} le está transfiriendo a {to}. Por favor, no cierre el chat.',
    transferring_cooperative:
      '{name} le está transfiriendo a la cooperativa. Por favor, no cierre el chat.',
    consent_ask:
      '{name} quiere enviar su pregunta a una biblioteca fuera de nuestra cooperativa que puede responderla. ¿Podemos darles su correo electrónico para que le respondan directamente? Responda SÍ o NO.',
    consent_granted: 'Gracias: su correo se enviará junto con su pregunta.',
    consent_refused:
      'Entendido: no compartiremos su correo. Nuestra biblioteca le hará llegar la respuesta.',
  },
  fr: {
    joined: '{name} ({library}) a rejoint la discussion.',
    taking_over: '{name}, de votre bibliothèque, prend le relais.',
    transferring: '{name} vous transfère à {to}. Merci de rester dans la discussion.',
    transferring_cooperative:
      '{name} vous transfère à la coopérative. Merci de rester dans la discussion.',
    consent_ask:
      '{name} souhaite transmettre votre question à une bibliothèque hors de notre coopérative qui peut y répondre. Pouvons-nous lui donner votre adresse e-mail pour qu’elle vous réponde directement ? Répondez OUI ou NON.',
    consent_granted: 'Merci : votre adresse sera transmise avec votre question.',
    consent_refused:
      'Entendu : votre adresse ne sera pas transmise. Notre bibliothèque vous relaiera la réponse.',
  },
  ar: {
    joined: 'انضم {name} ({library}) إلى المحادثة.',
    taking_over: 'يتولى {name} من مكتبتك المحادثة الآن.',
    transferring: 'يحوّلك {name} إلى {to}. يُرجى البقاء في المحادثة.',
    transferring_cooperative: 'يحوّلك {name} إلى التعاونية. يُرجى البقاء في المحادثة.',
    consent_ask:
      'يود {name} إحالة سؤالك إلى مكتبة خارج تعاونيتنا يمكنها الإجابة عنه. هل نعطيها عنوان بريدك الإلكتروني لترد عليك مباشرة؟ أجب بنعم أو لا.',
    consent_granted: 'شكراً لك: سيُرسَل بريدك الإلكتروني مع سؤالك.',
    consent_refused: 'حسناً: لن نشارك بريدك الإلكتروني، وستنقل مكتبتنا إليك الإجابة.',
  },
};

/**
 * A system line's text in the language of a widget's locale (English for librarians and for
 * locales without a catalogue).
 *
 * @example
 * systemLineText({ code: 'joined', params: { name: 'Ana', library: 'Springfield' } }, 'es');
 */
export function systemLineText(line: SystemLine, locale?: string | null): string {
  return fillTemplate(SYSTEM_LINE_TEXTS[patronLanguage(locale)][line.code], line.params);
}
