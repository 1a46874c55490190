import type { ParseOrigin } from '../libraries/origin-policy.ts';
import { type Provisioned, refuse } from './provisioning-result.ts';

/**
 * The allowed origins a library stores, from what a person typed: `*`, an origin, or any URL of
 * the site (`https://library.example/catalogue?q=1` keeps `https://library.example`). Lower-cased,
 * duplicates dropped. A missing scheme or a non-web scheme is refused with the entry named.
 *
 * @example
 * allowedOrigins(['https://Lib.example/chat'], parseOrigin); // { ok: true, value: ['https://lib.example'] }
 */
export function allowedOrigins(
  entries: readonly string[],
  parseOrigin: ParseOrigin,
  field = 'allowedOrigins',
): Provisioned<string[]> {
  const origins: string[] = [];
  for (const [index, raw] of entries.entries()) {
    const entry = raw.trim();
    if (entry === '') continue;
    if (entry === '*') {
      origins.push('*');
      continue;
    }
    const where = `${field}.${index}`;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
      return refuse('invalid', where, `"${entry}" has no scheme: write https://${entry}`);
    }
    const parts = parseOrigin(entry);
    if (!parts || !/^https?:$/.test(parts.protocol) || parts.hostname === '') {
      return refuse('invalid', where, `"${entry}" is not a web address (http:// or https://)`);
    }
    origins.push(`${parts.protocol}//${parts.hostname}${parts.port ? `:${parts.port}` : ''}`);
  }
  return { ok: true, value: [...new Set(origins.map((origin) => origin.toLowerCase()))] };
}
