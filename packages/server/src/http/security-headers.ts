/**
 * The security headers of every response, in one place for both runtimes: the Hono app sets them
 * (Node, and what a Cloudflare cooperative's object answers), and scripts/cloudflare-assets.ts
 * writes the same into the `_headers` of the files Cloudflare serves itself.
 * docs/operations.md, "Request limits and security headers", explains each.
 */

/** On every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Powerful features no Refdesk page uses, off for the page and anything it embeds. */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()';

/** The parts of every page's CSP: only this site's own scripts, styles, sockets; no plugins. */
const BASE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // 'self' covers ws: and wss: of the same host (CSP Level 3).
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/**
 * The console (and any other HTML page of the site): no inline script or style, and no site may
 * frame it (clickjacking a signed-in librarian).
 */
export const CONSOLE_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...BASE_CSP, "style-src 'self'", "frame-ancestors 'none'"].join('; '),
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * A demo library page (`/demo/:library`): its one inline `<style>` allowed by hash, framed by this
 * site only.
 *
 * @example
 * c.header('Content-Security-Policy', demoPageHeaders(await styleHash)['Content-Security-Policy']);
 */
export function demoPageHeaders(styleHash: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      ...BASE_CSP,
      `style-src 'self' '${styleHash}'`,
      "frame-ancestors 'self'",
    ].join('; '),
    'X-Frame-Options': 'SAMEORIGIN',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/** The widget's files: library sites on other origins load them (CORS for the module chunks). */
export const WIDGET_ASSET_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/**
 * `sha256-...` of a text, as a CSP source for an inline `<style>` or `<script>`.
 *
 * @example
 * await cspHash('body { margin: 0 }'); // "sha256-..."
 */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
