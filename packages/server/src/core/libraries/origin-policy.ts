import type { Library } from '../model.ts';

/** The parts of a parsed origin the policy compares; `port` is '' for the scheme's default. */
export interface OriginParts {
  protocol: string;
  hostname: string;
  port: string;
}

/**
 * Parses an origin or URL text, undefined when it is not one. Injected, because core has no URL
 * parser: the web runtimes pass WHATWG `URL` (see realtime/parse-origin.ts).
 */
export type ParseOrigin = (text: string) => OriginParts | undefined;

/**
 * Whether a page at `origin` may open patron sockets and send offline questions for the
 * library: `*` allows every page, an exact entry its origin, and an entry without a port every
 * port of that scheme and host (local development).
 *
 * @example
 * isOriginAllowed(library, c.req.header('origin'), parseOrigin);
 */
export function isOriginAllowed(
  library: Library,
  origin: string | undefined,
  parseOrigin: ParseOrigin,
): boolean {
  const allowed = library.settings.allowedOrigins;
  if (allowed.includes('*')) return true;
  if (!origin) return false;
  const url = parseOrigin(origin);
  if (!url) return false;
  return allowed.some((entry) => {
    if (entry === origin) return true;
    const allowedUrl = parseOrigin(entry);
    return (
      allowedUrl !== undefined &&
      allowedUrl.port === '' &&
      allowedUrl.protocol === url.protocol &&
      allowedUrl.hostname === url.hostname
    );
  });
}
