import { describe, expect, it } from 'vitest';
import { PATRON_ERROR_CODES, PATRON_ERROR_TEXTS, patronErrorMessage } from './patron-error-text.ts';

describe('the patron error catalogue', () => {
  it.each(['es', 'fr', 'ar'] as const)('words every error a patron can meet in %s', (lang) => {
    expect(Object.keys(PATRON_ERROR_TEXTS[lang]).sort()).toEqual([...PATRON_ERROR_CODES].sort());
    for (const code of PATRON_ERROR_CODES) {
      expect(PATRON_ERROR_TEXTS[lang][code].trim(), `${lang}.${code}`).not.toBe('');
    }
  });

  it('keeps the English message for English, other languages and staff-only codes', () => {
    expect(patronErrorMessage('rate_limited', 'Slow down.', 'es-MX')).toBe(
      'Demasiados mensajes a la vez. Espere un momento.',
    );
    expect(patronErrorMessage('rate_limited', 'Slow down.', 'en-GB')).toBe('Slow down.');
    expect(patronErrorMessage('rate_limited', 'Slow down.', null)).toBe('Slow down.');
    expect(patronErrorMessage('csrf', 'Bad token.', 'fr')).toBe('Bad token.');
  });
});
