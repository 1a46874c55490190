import type { Catalogue } from './en.ts';
import type { Locale } from './pick-locale.ts';

/**
 * Loads one catalogue on demand: each is its own chunk, so a page pays for one language only.
 *
 * @example
 * const t = await loadCatalogue('es');
 */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const module =
    locale === 'es'
      ? await import('./es.ts')
      : locale === 'fr'
        ? await import('./fr.ts')
        : locale === 'ar'
          ? await import('./ar.ts')
          : await import('./en.ts');
  return module.default;
}

/**
 * Fills `{name}` placeholders. Values are plain text: the result is rendered as text, never HTML.
 *
 * @example
 * format(t.queue, { position: 2, wait: '40 seconds' });
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}
