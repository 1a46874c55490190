import pino from 'pino';
import { parseLogLevel } from '../../core/logging/json-logger.ts';
import { REDACTED, redactPaths } from '../../core/logging/redact.ts';
import type { LogFields, Logger, LogLevel } from '../../core/ports/index.ts';

export interface NodeLoggerOptions {
  /** Default: `LOG_LEVEL` from the environment, else `info`. */
  level?: LogLevel;
  /** Default: standard output. */
  destination?: pino.DestinationStream;
}

function wrap(log: pino.Logger): Logger {
  const at =
    (level: LogLevel) =>
    (event: string, fields?: LogFields): void => {
      if (!log.isLevelEnabled(level)) return;
      if (fields) log[level](fields, event);
      else log[level](event);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (bindings) => wrap(log.child(bindings)),
  };
}

/**
 * The Node runtime's logger: pino writing one JSON line per event to standard output, in the
 * shape Cloudflare's `createJsonLogger` writes too (level as a word, ISO time, `event`), with
 * secrets and message text redacted. No pretty-printing: pipe through `pino-pretty` to read it.
 *
 * @example
 * const logger = createNodeLogger({ level: 'debug' });
 * logger.info('server.started', { url });
 */
export function createNodeLogger(options: NodeLoggerOptions = {}): Logger {
  const level = options.level ?? parseLogLevel(process.env.LOG_LEVEL);
  const log = pino(
    {
      level,
      messageKey: 'event',
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: redactPaths(), censor: REDACTED },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return wrap(log);
}
