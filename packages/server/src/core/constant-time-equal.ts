/**
 * Whether two secrets (a CSRF token, an admin token) are equal, in a time that does not depend on
 * where they first differ.
 *
 * @example
 * if (!constantTimeEqual(header, session.csrfToken)) throw new HttpError(403, 'csrf', ...);
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return difference === 0;
}
