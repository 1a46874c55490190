import {
  type LibraryRef,
  POLICY_SECTION_KEYS,
  type PolicySearchHit,
  type PolicySectionKey,
} from '@refdesk/protocol';

/** One library's page as the search sees it; `staffOnly` only when the searcher may read it. */
export interface SearchablePage {
  library: LibraryRef;
  sections: Record<string, string>;
  staffOnly?: string;
}

const MAX_WORDS = 10;
const SNIPPET_LENGTH = 200;
const SNIPPET_LEAD = 60;

/**
 * Finds the sections that contain every word of the query, in any case, ranked by how often the
 * words occur (then library, then template order), each with a plain-text snippet around the
 * first match.
 *
 * @example
 * searchPolicyPages(pages, 'guest wifi'); // [{ library, section: 'staffOnly', snippet: '…Guest WiFi password…' }]
 */
export function searchPolicyPages(
  pages: readonly SearchablePage[],
  query: string,
  limit = 50,
): PolicySearchHit[] {
  const words = [...new Set(query.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const patterns = words.map((word) => new RegExp(escapeRegExp(word), 'giu'));
  const scored: { hit: PolicySearchHit; score: number; order: number }[] = [];
  for (const page of pages) {
    const sections: [PolicySectionKey, string][] = POLICY_SECTION_KEYS.map((key) => [
      key,
      page.sections[key] ?? '',
    ]);
    if (page.staffOnly !== undefined) sections.push(['staffOnly', page.staffOnly]);
    for (const [section, raw] of sections) {
      const text = raw.replace(/\s+/g, ' ').trim();
      const matches = patterns.map((pattern) => [...text.matchAll(pattern)]);
      if (matches.some((found) => found.length === 0)) continue;
      const first = Math.min(...matches.map((found) => found[0]?.index ?? 0));
      scored.push({
        hit: { library: page.library, section, snippet: snippet(text, first) },
        score: matches.reduce((sum, found) => sum + found.length, 0),
        order: scored.length,
      });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.hit);
}

/** About 200 characters around `at`, cut at spaces, with an ellipsis where text was left out. */
function snippet(text: string, at: number): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  let start = Math.max(0, at - SNIPPET_LEAD);
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  start = Math.max(0, end - SNIPPET_LENGTH);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
