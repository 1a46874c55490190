import { SYSTEM_LINE_CODES } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { PATRON_LANGUAGES } from './patron-language.ts';
import { SYSTEM_LINE_TEXTS, systemLineText } from './system-line-text.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the system lines catalogue', () => {
  it.each(PATRON_LANGUAGES)(
    'words every system line code in %s, with the English placeholders',
    (lang) => {
      const texts = SYSTEM_LINE_TEXTS[lang];
      expect(Object.keys(texts).sort()).toEqual([...SYSTEM_LINE_CODES].sort());
      for (const code of SYSTEM_LINE_CODES) {
        expect(texts[code].trim(), `${lang}.${code}`).not.toBe('');
        expect(placeholders(texts[code]), `${lang}.${code}`).toEqual(
          placeholders(SYSTEM_LINE_TEXTS.en[code]),
        );
        if (lang !== 'en')
          expect(texts[code], `${lang}.${code}`).not.toBe(SYSTEM_LINE_TEXTS.en[code]);
      }
    },
  );

  it('fills the params, in the language of a regional locale, English for others', () => {
    const line = { code: 'joined', params: { name: 'Ana', library: 'Springfield' } } as const;
    expect(systemLineText(line, 'es-MX')).toBe('Ana (Springfield) se unió al chat.');
    expect(systemLineText(line, 'ar')).toBe('انضم Ana (Springfield) إلى المحادثة.');
    expect(systemLineText(line, 'de')).toBe('Ana (Springfield) joined the chat.');
    expect(systemLineText(line)).toBe('Ana (Springfield) joined the chat.');
  });
});
