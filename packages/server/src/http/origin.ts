import type { Library } from '../core/model.ts';

/** Whether a page at `origin` may open patron sockets and send offline questions for the library. */
export function isOriginAllowed(library: Library, origin: string | undefined): boolean {
  const allowed = library.settings.allowedOrigins;
  if (allowed.includes('*')) return true;
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return allowed.some((entry) => {
    if (entry === origin) return true;
    // An entry without a port allows every port of that scheme and host (local development).
    try {
      const allowedUrl = new URL(entry);
      return (
        allowedUrl.port === '' &&
        allowedUrl.protocol === url.protocol &&
        allowedUrl.hostname === url.hostname
      );
    } catch {
      return false;
    }
  });
}
