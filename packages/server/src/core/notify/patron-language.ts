/** The languages the patron's side speaks: the widget's catalogues and the server's. */
export const PATRON_LANGUAGES = ['en', 'es', 'fr', 'ar'] as const;
export type PatronLanguage = (typeof PATRON_LANGUAGES)[number];

/**
 * The patron language closest to a widget's locale (`fr-CA` -> `fr`), English otherwise.
 *
 * @example
 * patronLanguage('es-MX'); // 'es'
 */
export function patronLanguage(locale: string | null | undefined): PatronLanguage {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return PATRON_LANGUAGES.find((known) => known === language) ?? 'en';
}

/**
 * Fills `{name}` placeholders with plain text.
 *
 * @example
 * fillTemplate('{name} joined the chat.', { name: 'Ana' });
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
