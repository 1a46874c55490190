import { hashToken } from '../hash-token.ts';

/**
 * A short, stable stand-in for a personal value (a patron's email) in a log line: the first 16 hex
 * digits of its SHA-256, after trimming and lower-casing, so one address always logs the same.
 *
 * @example
 * logger.info('mail.not_sent', { to: hashForLog(message.to) });
 */
export function hashForLog(value: string): string {
  return `sha256:${hashToken(value.trim().toLowerCase()).slice(0, 16)}`;
}
