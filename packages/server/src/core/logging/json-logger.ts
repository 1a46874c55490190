import type { LogFields, Logger, LogLevel } from '../ports/index.ts';
import { redactFields } from './redact.ts';

const RANK: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50 };

/** Reads `LOG_LEVEL`: one of the four levels (default `info`); anything else is an error. */
export function parseLogLevel(value: string | undefined): LogLevel {
  const level = (value ?? 'info').trim().toLowerCase() || 'info';
  if (level in RANK) return level as LogLevel;
  throw new Error(`LOG_LEVEL must be debug, info, warn or error (got "${value}").`);
}

export interface JsonLoggerOptions {
  /** Receives one JSON line (no newline). */
  write(line: string, level: LogLevel): void;
  /** Milliseconds since the epoch, for `time`. */
  now(): number;
  /** Lines below this level are dropped (default `info`). */
  level?: LogLevel;
  bindings?: LogFields;
}

/**
 * A {@link Logger} writing the shape pino writes on Node (`level`, `time`, bindings, fields,
 * `event`), for runtimes without pino (Cloudflare: `console.log`) and for tests.
 *
 * @example
 * const logger = createJsonLogger({ write: (line) => console.log(line), now: () => Date.now() });
 * logger.warn('socket.refused', { code: 'origin_not_allowed' });
 */
export function createJsonLogger(options: JsonLoggerOptions): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const bindings = options.bindings ? redactFields(options.bindings) : {};
  const line =
    (level: LogLevel) =>
    (event: string, fields?: LogFields): void => {
      if (RANK[level] < threshold) return;
      const time = new Date(options.now()).toISOString();
      const record = { level, time, ...bindings, ...(fields && redactFields(fields)), event };
      options.write(JSON.stringify(record), level);
    };
  return {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    child: (more) => createJsonLogger({ ...options, bindings: { ...bindings, ...more } }),
  };
}

/** Drops every line (tests that do not read the log). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
