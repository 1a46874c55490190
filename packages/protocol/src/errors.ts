/**
 * Every error code a peer may receive, in an `error` frame or an HTTP error body.
 *
 * @example
 * if (frame.type === 'error' && frame.code === 'rate_limited') slowDown();
 */
export const ERROR_CODES = [
  'bad_frame',
  'frame_too_large',
  /** An HTTP body that is not `application/json`. */
  'unsupported_media_type',
  'protocol_version',
  'rate_limited',
  /** A budget of the sender (new chats, emails) is spent for now: do not retry at once. */
  'limit_reached',
  'unauthorized',
  'forbidden',
  'csrf',
  'unknown_library',
  'origin_not_allowed',
  'not_found',
  'invalid_state',
  'already_taken',
  'session_expired',
  'validation',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** WebSocket close codes. 1000-1011 are RFC 6455's; ours live in 4000-4999. */
export const CloseCode = {
  normal: 1000,
  /** The server is restarting or shutting down: reconnect with backoff. */
  goingAway: 1001,
  /** The first frame declared a protocol version this server does not speak: do not reconnect. */
  protocolVersion: 4000,
  /** No valid responder session: sign in again. */
  unauthorized: 4001,
  /** The library in `hello` does not exist: do not reconnect. */
  unknownLibrary: 4002,
  /** The page's origin is not allowed for that library: do not reconnect. */
  originNotAllowed: 4003,
  /** The resume token is unknown or its window has passed: start a new chat. */
  sessionExpired: 4004,
  /** Too many frames or bytes: reconnect later, with backoff. */
  rateLimited: 4008,
  /** A frame larger than the server accepts. */
  frameTooLarge: 4009,
  /** No `hello` arrived in time. */
  helloTimeout: 4010,
  /**
   * The account's sign-in changed elsewhere (another of its sessions signed out, its password
   * changed) while this socket's own session still holds: reconnect at once; the upgrade checks
   * the session again and answers 4001 if it no longer holds.
   */
  signInChanged: 4011,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/**
 * Whether a close code means the client must not reconnect by itself.
 *
 * @example
 * socket.onclose = (event) => { if (!isFinalCloseCode(event.code)) scheduleReconnect(); };
 */
export function isFinalCloseCode(code: number): boolean {
  return (
    code === CloseCode.protocolVersion ||
    code === CloseCode.unknownLibrary ||
    code === CloseCode.originNotAllowed
  );
}
