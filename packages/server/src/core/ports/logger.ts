/** How much a log line matters; a logger drops lines below its level (`LOG_LEVEL`). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The fields of one log line (values must be JSON-serialisable). */
export type LogFields = Record<string, unknown>;

/**
 * Structured logging, provided by the runtime: one JSON line per call, the same shape on every
 * runtime (pino on Node, `console.log` on Cloudflare):
 * `{"level":"warn","time":"2026-…Z","requestId":"req_…","code":"csrf","event":"http.refused"}`.
 *
 * The first argument is the event name (`area.what`, documented in docs/operations.md); fields
 * never carry message text, passwords, tokens or cookies (the runtimes redact those keys anyway:
 * core/logging/redact.ts).
 *
 * @example
 * const log = logger.child({ requestId });
 * log.warn('http.refused', { code: 'csrf', reason: 'origin' });
 */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger whose every line also carries `bindings` (a request id, a cooperative). */
  child(bindings: LogFields): Logger;
}

/**
 * What a composition root accepts as a logger: at least `info` and `error` (the port's first
 * shape, still used by tests and embedders); `toLogger` (core/logging/to-logger.ts) completes it.
 */
export type LoggerInput = Pick<Logger, 'info' | 'error'> & Partial<Logger>;
