import type { Cooperative } from '../model.ts';

/**
 * The cooperative's disclosure in the patron's language: the exact tag (`es-MX`), else its
 * language (`es`), else any variant of that language, else the default template.
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
  return cooperative.disclosureTemplate;
}
