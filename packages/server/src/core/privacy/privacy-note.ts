import type { IpMode, RetentionSettings } from '@refdesk/protocol';

type Lang = 'en' | 'es' | 'fr' | 'ar';

interface Words {
  identifiers(days: number): string;
  transcript(days: number | null): string;
  redacted: string;
  address: Record<IpMode, string>;
  /** Introduces the address of the library's full policy, which the widget shows as a link. */
  policy: string;
}

const WORDS: Record<Lang, Words> = {
  en: {
    identifiers: (d) =>
      `Your name, email and the page you chat from are deleted ${d} days after the chat.`,
    transcript: (d) =>
      d === null
        ? 'The conversation is not kept after the chat.'
        : `The conversation is deleted after ${d} days.`,
    redacted: 'Email addresses, phone and card numbers you type are removed with your name.',
    address: {
      none: 'Your network address is not stored.',
      subnet: 'Only the network your address belongs to is stored, and deleted with your name.',
      full: 'Your network address is stored, and deleted with your name.',
    },
    policy: 'The library’s full privacy policy:',
  },
  es: {
    identifiers: (d) =>
      `Su nombre, su correo y la página desde la que escribe se borran ${d} días después del chat.`,
    transcript: (d) =>
      d === null
        ? 'La conversación no se guarda después del chat.'
        : `La conversación se borra a los ${d} días.`,
    redacted: 'Los correos, teléfonos y números de tarjeta que escriba se eliminan con su nombre.',
    address: {
      none: 'Su dirección de red no se guarda.',
      subnet: 'Solo se guarda la red de su dirección, y se borra con su nombre.',
      full: 'Su dirección de red se guarda, y se borra con su nombre.',
    },
    policy: 'Política de privacidad completa de la biblioteca:',
  },
  fr: {
    identifiers: (d) =>
      `Votre nom, votre courriel et la page d’où vous écrivez sont effacés ${d} jours après la discussion.`,
    transcript: (d) =>
      d === null
        ? 'La conversation n’est pas conservée après la discussion.'
        : `La conversation est effacée après ${d} jours.`,
    redacted:
      'Les courriels, numéros de téléphone et de carte que vous tapez sont retirés avec votre nom.',
    address: {
      none: 'Votre adresse réseau n’est pas enregistrée.',
      subnet: 'Seul le réseau de votre adresse est enregistré, et effacé avec votre nom.',
      full: 'Votre adresse réseau est enregistrée, et effacée avec votre nom.',
    },
    policy: 'Politique de confidentialité complète de la bibliothèque :',
  },
  ar: {
    identifiers: (d) =>
      `يُحذف اسمك وبريدك الإلكتروني والصفحة التي تراسلنا منها بعد ${d} يومًا من المحادثة.`,
    transcript: (d) =>
      d === null ? 'لا تُحفظ المحادثة بعد انتهائها.' : `تُحذف المحادثة بعد ${d} يومًا.`,
    redacted: 'تُزال عناوين البريد وأرقام الهواتف والبطاقات التي تكتبها مع اسمك.',
    address: {
      none: 'لا يُحفظ عنوان شبكتك.',
      subnet: 'تُحفظ الشبكة التي ينتمي إليها عنوانك فقط، وتُحذف مع اسمك.',
      full: 'يُحفظ عنوان شبكتك، ويُحذف مع اسمك.',
    },
    policy: 'سياسة الخصوصية الكاملة للمكتبة:',
  },
};

/**
 * The widget's note on what is kept and for how long, written from the library's actual
 * retention settings and IP mode, in the patron's language (English when it has no words for
 * it). The library's own note, if any, follows it, then the address of its full policy (the
 * widget makes web addresses links): nothing here is a promise the code does not keep.
 *
 * @example
 * privacyNote({ identifierDays: 90, transcriptDays: 365, redactMessages: true }, 'none', 'fr-CA');
 */
export function privacyNote(
  retention: RetentionSettings,
  ipMode: IpMode,
  locale: string | null | undefined,
  libraryNote = '',
  policyUrl = '',
): string {
  const lang = (locale ?? 'en').slice(0, 2).toLowerCase();
  const words = WORDS[lang in WORDS ? (lang as Lang) : 'en'];
  return [
    words.identifiers(retention.identifierDays),
    words.transcript(retention.transcriptDays),
    retention.redactMessages ? words.redacted : '',
    words.address[ipMode],
    libraryNote.trim(),
    policyUrl && `${words.policy} ${policyUrl}`,
  ]
    .filter(Boolean)
    .join(' ');
}
