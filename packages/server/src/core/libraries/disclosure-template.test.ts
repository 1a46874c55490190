import { describe, expect, it } from 'vitest';
import { disclosureTemplate } from './disclosure-template.ts';

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
});
