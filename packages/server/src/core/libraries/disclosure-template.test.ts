import { describe, expect, it } from 'vitest';
import { disclosureTemplate, STANDARD_DISCLOSURES } from './disclosure-template.ts';

const cooperative = {
  disclosureTemplate: 'A librarian from {responderLibrary}',
  disclosures: {
    fr: 'Un bibliothécaire de {responderLibrary}',
    'es-MX': 'Un bibliotecario',
    de: ' ',
  },
};

describe('disclosureTemplate', () => {
  it('picks the exact tag, then the language, then a variant of the language', () => {
    expect(disclosureTemplate(cooperative, 'es-MX')).toBe('Un bibliotecario');
    expect(disclosureTemplate(cooperative, 'fr-CA')).toContain('Un bibliothécaire');
    expect(disclosureTemplate(cooperative, 'es')).toBe('Un bibliotecario');
  });

  it('falls back to the default for an unknown, blank or missing language', () => {
    expect(disclosureTemplate(cooperative, 'ar')).toBe(cooperative.disclosureTemplate);
    expect(disclosureTemplate(cooperative, 'de')).toBe(cooperative.disclosureTemplate);
    expect(disclosureTemplate(cooperative, null)).toBe(cooperative.disclosureTemplate);
  });

  it('translates the unchanged standard disclosure, English for other languages', () => {
    const standard = { disclosureTemplate: STANDARD_DISCLOSURES.en, disclosures: {} };
    for (const lang of ['es', 'fr', 'ar'] as const) {
      expect(disclosureTemplate(standard, `${lang}-XX`)).toBe(STANDARD_DISCLOSURES[lang]);
      expect(STANDARD_DISCLOSURES[lang]).toMatch(/\{responderLibrary\}.*\{patronLibrary\}/);
    }
    expect(disclosureTemplate(standard, 'de')).toBe(STANDARD_DISCLOSURES.en);
  });
});
