import type { Locale } from '../i18n/pick-locale.ts';

/** The launcher's words in each locale: the loader carries these few, the panel loads the rest. */
const TEXT: Record<Locale, [label: string, unread: string]> = {
  en: ['Chat with a librarian', '{n} unread'],
  es: ['Chatea con un bibliotecario', '{n} sin leer'],
  fr: ['Discuter avec un bibliothécaire', '{n} non lu(s)'],
  ar: ['تحدّث مع أمين مكتبة', '{n} غير مقروءة'],
};

export interface LauncherText {
  label: string;
  unread: string;
  dir: 'ltr' | 'rtl';
}

/**
 * The launcher's label (the page's own wins) and unread template in a locale.
 *
 * @example
 * launcherText('es'); // { label: 'Chatea con un bibliotecario', ... }
 */
export function launcherText(locale: Locale, label?: string): LauncherText {
  const [defaultLabel, unread] = TEXT[locale];
  return { label: label || defaultLabel, unread, dir: locale === 'ar' ? 'rtl' : 'ltr' };
}
