import type { Logger } from '../../core/ports/index.ts';

/**
 * The server's log on standard output and error: `[refdesk] message {"data":...}`.
 *
 * @example
 * consoleLogger.info('listening', { url });
 */
export const consoleLogger: Logger = {
  info: (message, data) => console.log(`[refdesk] ${message}`, data ? JSON.stringify(data) : ''),
  error: (message, data) => console.error(`[refdesk] ${message}`, data ? JSON.stringify(data) : ''),
};
