import type { LibraryRef } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { type SearchablePage, searchPolicyPages } from './policy-search.ts';

const library = (id: string): LibraryRef => ({ id, name: `${id} Library` }) as LibraryRef;
const page = (
  id: string,
  sections: Record<string, string>,
  staffOnly?: string,
): SearchablePage => ({
  library: library(id),
  sections,
  ...(staffOnly === undefined ? {} : { staffOnly }),
});

describe('searchPolicyPages', () => {
  it('matches words in any case and ranks sections by how often they occur', () => {
    const hits = searchPolicyPages(
      [
        page('a', { renewals: 'Renew once.' }),
        page('b', { renewals: 'Renew online; renewals renew twice.', alerts: 'No renewals today' }),
      ],
      'RENEW',
    );
    expect(hits.map((hit) => [hit.library.id, hit.section])).toEqual([
      ['b', 'renewals'],
      ['a', 'renewals'],
      ['b', 'alerts'],
    ]);
  });

  it('searches the staff-only text only when the page carries it', () => {
    const pages = [page('a', {}, 'Guest wifi password: bookworm'), page('b', {})];
    expect(searchPolicyPages(pages, 'wifi')).toEqual([
      { library: library('a'), section: 'staffOnly', snippet: 'Guest wifi password: bookworm' },
    ]);
  });

  it('cuts a long section to about 200 characters around the first match, at spaces', () => {
    const text = `${'lorem ipsum '.repeat(30)}interlibrary loan is free ${'dolor sit '.repeat(30)}`;
    const [hit] = searchPolicyPages([page('a', { interlibraryLoan: text })], 'loan');
    expect(hit?.snippet).toMatch(/^….*interlibrary loan is free.*…$/);
    expect(hit?.snippet.length).toBeLessThanOrEqual(202);
    // Whole words at both ends.
    expect(hit?.snippet).toMatch(/^…(lorem|ipsum) .* (dolor|sit)…$/);
  });

  it('treats the query as text, not as a pattern', () => {
    const pages = [page('a', { databases: 'Ask for (a) C++ book.' })];
    expect(searchPolicyPages(pages, 'c++ (a)')).toHaveLength(1);
    expect(searchPolicyPages(pages, '.*')).toEqual([]);
  });
});
