/** The allowed sites as typed, made into origins, or the first line that is not a site, in words. */
export type AllowedSitesResult = { ok: true; origins: string[] } | { ok: false; error: string };

const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
const EXAMPLE = 'like https://www.yourlibrary.org';

/**
 * One line of the allowed sites as a webmaster may type it: `*`, an origin, a bare host
 * (`www.library.org` is `https://www.library.org`) or a page's whole address (only its site is
 * kept). Returns the origin, or why the line is not a site.
 *
 * @example
 * allowedSite('https://library.org/page?x'); // { ok: true, origin: 'https://library.org' }
 */
export function allowedSite(
  line: string,
): { ok: true; origin: string } | { ok: false; error: string } {
  const text = line.trim();
  if (text === '*') return { ok: true, origin: '*' };
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: `“${text}” is not a web address. Enter a site ${EXAMPLE}.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      error: `“${text}” is not a website address (it starts with ${url.protocol}). Enter a site ${EXAMPLE}.`,
    };
  }
  if (url.username || url.password || !url.hostname || /\s/.test(text)) {
    return { ok: false, error: `“${text}” is not a site's address. Enter a site ${EXAMPLE}.` };
  }
  return { ok: true, origin: url.origin };
}

/**
 * All lines of the allowed sites: empty lines are dropped, duplicates kept once, and the first line
 * that is not a site is named (with its line number).
 *
 * @example
 * allowedSites(['www.library.org', 'https://library.org/page?x']);
 * // { ok: true, origins: ['https://www.library.org', 'https://library.org'] }
 */
export function allowedSites(lines: readonly string[]): AllowedSitesResult {
  const origins: string[] = [];
  let number = 0;
  for (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    const site = allowedSite(line);
    if (!site.ok) return { ok: false, error: `Line ${number}: ${site.error}` };
    if (!origins.includes(site.origin)) origins.push(site.origin);
  }
  return { ok: true, origins };
}
