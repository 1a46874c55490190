import type { ErrorCode } from '@refdesk/protocol';
import { type PatronLanguage, patronLanguage } from './patron-language.ts';

/** The error codes a patron's socket can receive. */
export const PATRON_ERROR_CODES = [
  'bad_frame',
  'frame_too_large',
  'protocol_version',
  'rate_limited',
  'limit_reached',
  'unknown_library',
  'origin_not_allowed',
  'not_found',
  'invalid_state',
  'session_expired',
  'validation',
  'internal',
] as const satisfies readonly ErrorCode[];
type PatronErrorCode = (typeof PATRON_ERROR_CODES)[number];

/**
 * What a patron reads for each refusal, in the languages other than English; in English the
 * server's own, more precise message goes out.
 */
export const PATRON_ERROR_TEXTS: Record<
  Exclude<PatronLanguage, 'en'>,
  Record<PatronErrorCode, string>
> = {
  es: {
    bad_frame: 'No se pudo leer lo que se envió. Vuelva a intentarlo.',
    frame_too_large: 'El mensaje es demasiado largo.',
    protocol_version: 'Vuelva a cargar la página para actualizar el chat.',
    rate_limited: 'Demasiados mensajes a la vez. Espere un momento.',
    limit_reached: 'Demasiadas solicitudes desde esta conexión. Vuelva a intentarlo más tarde.',
    unknown_library: 'El chat de esta biblioteca no está disponible.',
    origin_not_allowed: 'El chat aún no está configurado en este sitio web.',
    not_found: 'No se encontró lo que pidió.',
    invalid_state: 'Eso no se puede hacer en este chat ahora.',
    session_expired: 'Esa conversación ya no se puede continuar; puede empezar otra.',
    validation: 'Revise lo que escribió.',
    internal: 'Algo salió mal. Vuelva a intentarlo.',
  },
  fr: {
    bad_frame: 'Ce qui a été envoyé n’a pas pu être lu. Veuillez réessayer.',
    frame_too_large: 'Le message est trop long.',
    protocol_version: 'Rechargez la page pour mettre la discussion à jour.',
    rate_limited: 'Trop de messages à la fois. Patientez un instant.',
    limit_reached: 'Trop de demandes depuis cette connexion. Réessayez plus tard.',
    unknown_library: 'La discussion de cette bibliothèque n’est pas disponible.',
    origin_not_allowed: 'La discussion n’est pas encore installée sur ce site.',
    not_found: 'Ce que vous demandez est introuvable.',
    invalid_state: 'Ce n’est pas possible dans cette discussion pour le moment.',
    session_expired:
      'Cette conversation ne peut plus reprendre ; vous pouvez en commencer une autre.',
    validation: 'Vérifiez ce que vous avez saisi.',
    internal: 'Un problème est survenu. Veuillez réessayer.',
  },
  ar: {
    bad_frame: 'تعذّرت قراءة ما أُرسل. يُرجى المحاولة مرة أخرى.',
    frame_too_large: 'الرسالة طويلة جدًا.',
    protocol_version: 'أعد تحميل الصفحة لتحديث المحادثة.',
    rate_limited: 'رسائل كثيرة في وقت واحد. انتظر لحظة.',
    limit_reached: 'طلبات كثيرة من هذا الاتصال. حاول مرة أخرى لاحقًا.',
    unknown_library: 'محادثة هذه المكتبة غير متاحة.',
    origin_not_allowed: 'لم تُعدّ المحادثة على هذا الموقع بعد.',
    not_found: 'لم يُعثر على ما طلبته.',
    invalid_state: 'لا يمكن فعل ذلك في هذه المحادثة الآن.',
    session_expired: 'لم يعد ممكنًا استئناف تلك المحادثة؛ يمكنك بدء محادثة جديدة.',
    validation: 'يُرجى التحقق مما أدخلته.',
    internal: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  },
};

/**
 * The `message` of an error frame to a patron: in their widget's language when Refdesk speaks it
 * (the code stays what clients switch on), else the server's English message.
 *
 * @example
 * peer.send({ type: 'error', code, message: patronErrorMessage(code, message, session.locale) });
 */
export function patronErrorMessage(
  code: ErrorCode,
  english: string,
  locale: string | null | undefined,
): string {
  const language = patronLanguage(locale);
  if (language === 'en') return english;
  const texts: Partial<Record<ErrorCode, string>> = PATRON_ERROR_TEXTS[language];
  return texts[code] ?? english;
}
