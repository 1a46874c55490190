import { parseAccept } from 'hono/utils/accept';

/** The content codings the server keeps built files in, best first (`br` is the smaller). */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/**
 * The coding to send a file in, from the request's `Accept-Encoding` and the codings the file is
 * kept in: the one the client weighs highest (`q`, or the `*` entry's), `br` before `gzip` on a
 * tie; none when the client accepts neither (`q=0` refuses). Undefined means the file as it is.
 *
 * @example
 * chooseCoding('gzip, deflate, br, zstd', { br, gzip }); // 'br'
 */
export function chooseCoding(
  acceptEncoding: string | undefined,
  available: Partial<Record<ContentCoding, unknown>>,
): ContentCoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepts = parseAccept(acceptEncoding);
  const weight = (coding: string) =>
    accepts.find((accept) => accept.type.toLowerCase() === coding)?.q ??
    accepts.find((accept) => accept.type === '*')?.q ??
    0;
  let best: { coding: ContentCoding; q: number } | undefined;
  for (const coding of CONTENT_CODINGS) {
    const q = weight(coding);
    if (available[coding] && q > 0 && (!best || q > best.q)) best = { coding, q };
  }
  return best?.coding;
}
