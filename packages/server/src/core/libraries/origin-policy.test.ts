import { describe, expect, it } from 'vitest';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import { library } from '../../storage/contract/fixtures.ts';
import { isOriginAllowed } from './origin-policy.ts';

const allowing = (...allowedOrigins: string[]) => {
  const base = library();
  return library({ settings: { ...base.settings, allowedOrigins } });
};

describe('isOriginAllowed', () => {
  it('allows every page, even one without an origin, when the library allows *', () => {
    expect(isOriginAllowed(allowing('*'), undefined, parseOrigin)).toBe(true);
    expect(isOriginAllowed(allowing('*'), 'https://anywhere.example', parseOrigin)).toBe(true);
  });

  it('allows a listed origin and refuses others, and a page that sends no origin', () => {
    const lib = allowing('https://lib-a.example');
    expect(isOriginAllowed(lib, 'https://lib-a.example', parseOrigin)).toBe(true);
    expect(isOriginAllowed(lib, 'https://evil.example', parseOrigin)).toBe(false);
    expect(isOriginAllowed(lib, 'http://lib-a.example', parseOrigin)).toBe(false);
    expect(isOriginAllowed(lib, undefined, parseOrigin)).toBe(false);
  });

  it('lets an entry without a port allow every port of its scheme and host', () => {
    const lib = allowing('http://localhost');
    expect(isOriginAllowed(lib, 'http://localhost:5173', parseOrigin)).toBe(true);
    expect(isOriginAllowed(lib, 'https://localhost:5173', parseOrigin)).toBe(false);
    expect(
      isOriginAllowed(allowing('http://localhost:3000'), 'http://localhost:5173', parseOrigin),
    ).toBe(false);
  });

  it('refuses an origin that is not a URL, and ignores entries that are not', () => {
    expect(isOriginAllowed(allowing('not a url'), 'not a url!', parseOrigin)).toBe(false);
    expect(isOriginAllowed(allowing('lib-a.example'), 'https://lib-a.example', parseOrigin)).toBe(
      false,
    );
  });
});
