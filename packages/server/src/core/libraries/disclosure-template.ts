import type { Cooperative } from '../model.ts';
import { type PatronLanguage, patronLanguage } from '../notify/patron-language.ts';

/**
 * The standard disclosure a new cooperative starts with, in every patron language: a cooperative
 * that kept it unchanged and wrote no translation of its own gets these.
 */
export const STANDARD_DISCLOSURES: Record<PatronLanguage, string> = {
  en: 'A librarian from {responderLibrary} is helping you on behalf of {patronLibrary}.',
  es: 'Un bibliotecario de {responderLibrary} le atiende en nombre de {patronLibrary}.',
  fr: 'Un bibliothécaire de {responderLibrary} vous aide au nom de {patronLibrary}.',
  ar: 'يساعدك أمين مكتبة من {responderLibrary} نيابةً عن {patronLibrary}.',
};

/**
 * The cooperative's disclosure in the patron's language: the exact tag (`es-MX`), else its
 * language (`es`), else any variant of that language, else the default template (translated
 * when it is the unchanged standard one).
 *
 * @example
 * disclosureTemplate(cooperative, 'fr-CA'); // cooperative.disclosures.fr when there is no fr-CA
 */
export function disclosureTemplate(
  cooperative: Pick<Cooperative, 'disclosureTemplate' | 'disclosures'>,
  locale: string | null | undefined,
): string {
  const { disclosures } = cooperative;
  const chosen = (text: string | undefined) => text !== undefined && text.trim() !== '';
  if (locale) {
    const tag = locale.toLowerCase();
    const language = tag.split('-')[0] ?? tag;
    const tags = Object.keys(disclosures);
    const match =
      tags.find((key) => key.toLowerCase() === tag && chosen(disclosures[key])) ??
      tags.find((key) => key.toLowerCase() === language && chosen(disclosures[key])) ??
      tags.find((key) => key.toLowerCase().split('-')[0] === language && chosen(disclosures[key]));
    if (match !== undefined) return disclosures[match] ?? cooperative.disclosureTemplate;
  }
  return cooperative.disclosureTemplate === STANDARD_DISCLOSURES.en
    ? STANDARD_DISCLOSURES[patronLanguage(locale)]
    : cooperative.disclosureTemplate;
}
