// Finding 9 of security issue #19 over real HTTP: every page carries a strict CSP and framing
// rules. The console's own headers and behaviour under its CSP are tested in Chromium
// (packages/console/test/security-headers.test.ts); the demo page and the API are here.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/runtime/node/server.ts';
import { startTestServer } from '../support/test-server.ts';

describe('security: response headers', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('finding 9: a demo page allows only its own scripts, its one inline style by hash, and framing by this site', async () => {
    const response = await fetch(`${server.url}/demo/springfield`);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    // No inline script; the inline style is exactly the one the CSP names.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}'`);
  });

  it('finding 9: API answers are never sniffed into pages and leak no full referrer', async () => {
    const response = await fetch(`${server.url}/api/me`);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});
