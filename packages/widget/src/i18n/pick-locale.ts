/** The locales with a catalogue. */
export const LOCALES = ['en', 'es', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The supported locale closest to a language tag (`fr-CA` -> `fr`), English otherwise. Kept apart
 * from the catalogues so the loader can use it without pulling them in.
 *
 * @example
 * pickLocale(document.documentElement.lang); // 'es' for lang="es-MX"
 */
export function pickLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language) ?? 'en';
}
