import { describe, expect, it } from 'vitest';
import en from './en.ts';
import { format, loadCatalogue } from './load-catalogue.ts';
import { LOCALES, pickLocale } from './pick-locale.ts';

describe('catalogues', () => {
  it('pick the closest locale and fall back to English', () => {
    expect(pickLocale('fr-CA')).toBe('fr');
    expect(pickLocale('ES')).toBe('es');
    expect(pickLocale('ar_EG')).toBe('ar');
    expect(pickLocale('de')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('all have every key of the English one, filled in', async () => {
    for (const locale of LOCALES) {
      const catalogue = await loadCatalogue(locale);
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      expect(Object.values(catalogue).every((text) => text.length > 0)).toBe(true);
    }
  });

  it('include a right-to-left one', async () => {
    expect((await loadCatalogue('ar')).dir).toBe('rtl');
    expect((await loadCatalogue('fr')).dir).toBe('ltr');
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(format(en.queue, { position: 2, wait: '40 seconds' })).toBe(
      'You are number 2 in line; typical wait about 40 seconds',
    );
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
