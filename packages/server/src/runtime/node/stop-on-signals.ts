import type { LoggerInput } from '../../core/ports/index.ts';
import type { RunningServer } from './server.ts';

/**
 * SIGTERM and SIGINT close the server gracefully (sockets get "going away", the database and its
 * lock are closed), then the process exits: 0, or 1 when closing failed.
 *
 * @example
 * stopOnSignals(await startNodeServer(options), logger);
 */
export function stopOnSignals(server: RunningServer, logger: LoggerInput): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info('server.stopping', { signal });
      server.close().then(
        () => {
          logger.info('server.stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error('server.stop_failed', { error: String(error) });
          process.exit(1);
        },
      );
    });
  }
}
