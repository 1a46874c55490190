import type { LogFields, Logger, LoggerInput } from '../ports/index.ts';

/**
 * A full {@link Logger} from one that has at least `info` and `error`: `warn` falls back to
 * `info`, `debug` is dropped, and `child` merges its bindings into each line's fields.
 *
 * @example
 * const logger = toLogger({ info: console.log, error: console.error });
 * logger.child({ requestId }).warn('http.refused', { code: 'csrf' });
 */
export function toLogger(input: LoggerInput): Logger {
  if (input.debug && input.warn && input.child) return input as Logger;
  return bound(input, undefined);
}

function bound(input: LoggerInput, bindings: LogFields | undefined): Logger {
  const merge = (fields?: LogFields) => (bindings ? { ...bindings, ...fields } : fields);
  const warn = input.warn ?? input.info;
  return {
    debug: (event, fields) => input.debug?.(event, merge(fields)),
    info: (event, fields) => input.info(event, merge(fields)),
    warn: (event, fields) => warn.call(input, event, merge(fields)),
    error: (event, fields) => input.error(event, merge(fields)),
    child: (more) => bound(input, { ...bindings, ...more }),
  };
}
