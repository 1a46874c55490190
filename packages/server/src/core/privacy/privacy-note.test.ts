import { describe, expect, it } from 'vitest';
import { privacyNote } from './privacy-note.ts';

const DEFAULTS = { identifierDays: 90, transcriptDays: 365, redactMessages: true };

describe('privacyNote', () => {
  it('says what the library keeps, for how long, from its settings', () => {
    expect(privacyNote(DEFAULTS, 'none', 'en')).toBe(
      'Your name, email and the page you chat from are deleted 90 days after the chat. The conversation is deleted after 365 days. Email addresses, phone and card numbers you type are removed with your name. Your network address is not stored.',
    );
    const short = privacyNote(
      { identifierDays: 30, transcriptDays: null, redactMessages: false },
      'subnet',
      'en-US',
      'Questions? Ask at the desk.',
    );
    expect(short).toContain('deleted 30 days after');
    expect(short).toContain('The conversation is not kept after the chat.');
    expect(short).not.toContain('card numbers');
    expect(short).toContain('Only the network your address belongs to is stored');
    expect(short.endsWith('Questions? Ask at the desk.')).toBe(true);
  });

  it('speaks the patron’s language, and English when it has no words for it', () => {
    expect(privacyNote(DEFAULTS, 'full', 'fr-CA')).toMatch(/^Votre nom.*effacés 90 jours/);
    expect(privacyNote(DEFAULTS, 'none', 'es')).toContain('se borran 90 días');
    expect(privacyNote(DEFAULTS, 'none', 'ar')).toContain('90');
    expect(privacyNote(DEFAULTS, 'none', 'de')).toMatch(/^Your name/);
    expect(privacyNote(DEFAULTS, 'none', null)).toMatch(/^Your name/);
  });

  it('ends with the address of the library’s full policy, introduced in the patron’s language', () => {
    const url = 'https://springfield.example/privacy';
    expect(privacyNote(DEFAULTS, 'none', 'en', 'Ask at the desk.', url)).toMatch(
      /Ask at the desk\. The library’s full privacy policy: https:\/\/springfield\.example\/privacy$/,
    );
    expect(privacyNote(DEFAULTS, 'none', 'es', '', url)).toContain(
      `completa de la biblioteca: ${url}`,
    );
    expect(privacyNote(DEFAULTS, 'none', 'fr', '', url)).toContain(`de la bibliothèque : ${url}`);
    expect(privacyNote(DEFAULTS, 'none', 'ar', '', url)).toContain(`للمكتبة: ${url}`);
    expect(privacyNote(DEFAULTS, 'none', 'en', '', '')).not.toContain('policy');
  });
});
