import type { ErrorCode } from '@refdesk/protocol';
import type { LogFields } from '../core/ports/index.ts';

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500> = {
  bad_frame: 400,
  validation: 400,
  protocol_version: 400,
  frame_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  limit_reached: 429,
  unauthorized: 401,
  session_expired: 401,
  forbidden: 403,
  csrf: 403,
  origin_not_allowed: 403,
  unknown_library: 404,
  not_found: 404,
  invalid_state: 409,
  already_taken: 409,
  conflict: 409,
  internal: 500,
};

/**
 * The one error a route throws to abort a request; the app's `onError` turns it into
 * `{ error: { code, message } }` with the code's HTTP status.
 *
 * @example
 * if (!library) throw new HttpError('unknown_library', `No library "${id}".`);
 * throw new HttpError('rate_limited', 'Slow down.', { reason: 'address' }); // `log` goes to the log only
 */
export class HttpError extends Error {
  readonly code: ErrorCode;
  /** Fields for the one log line of this refusal (a reason, an origin), never sent to the client. */
  readonly log: LogFields | undefined;
  /** Sent as `Retry-After` (seconds) with a 429. */
  readonly retryAfterSeconds: number | undefined;
  constructor(code: ErrorCode, message: string, log?: LogFields, retryAfterSeconds?: number) {
    super(message);
    this.code = code;
    this.log = log;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return STATUS[this.code];
  }
}
