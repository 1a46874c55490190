import { describe, expect, it } from 'vitest';
import { allowedSite, allowedSites } from './allowed-sites.ts';

describe('allowed sites as a webmaster types them', () => {
  it.each([
    ['www.library.org', 'https://www.library.org'],
    ['https://library.org/page?x', 'https://library.org'],
    ['  HTTPS://WWW.Library.org/  ', 'https://www.library.org'],
    ['http://localhost:5173/demo', 'http://localhost:5173'],
    ['library.org:8443', 'https://library.org:8443'],
    ['https://library.org:443', 'https://library.org'],
    ['*', '*'],
  ])('keeps the site of %s: %s', (typed, origin) => {
    expect(allowedSite(typed)).toEqual({ ok: true, origin });
  });

  it.each([
    ['ftp://files.library.org', /not a website address \(it starts with ftp:\)/],
    ['www library org', /is not a/],
    ['https://', /is not a web address/],
    ['https://user:pw@library.org', /not a site's address/],
  ])('refuses %s in words', (typed, error) => {
    const result = allowedSite(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('drops empty lines and duplicates, and names the line that is wrong', () => {
    expect(allowedSites(['www.library.org', '', 'https://www.library.org/x'])).toEqual({
      ok: true,
      origins: ['https://www.library.org'],
    });
    expect(allowedSites(['www.library.org', '', 'mailto://x'])).toEqual({
      ok: false,
      error: expect.stringMatching(/^Line 3: “mailto:\/\/x” is not a website address/),
    });
  });
});
