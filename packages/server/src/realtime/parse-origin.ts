import type { OriginParts } from '../core/libraries/origin-policy.ts';

/**
 * Parses an origin with WHATWG `URL` (Node and workerd alike), for the core's origin policy.
 *
 * @example
 * isOriginAllowed(library, origin, parseOrigin);
 */
export function parseOrigin(text: string): OriginParts | undefined {
  try {
    const { protocol, hostname, port } = new URL(text);
    return { protocol, hostname, port };
  } catch {
    return undefined;
  }
}
