import {
  type NodeServerOptions,
  type RunningServer,
  startNodeServer,
} from '../../src/runtime/node/server.ts';

export const quietLogger = { info: () => undefined, error: () => undefined };

/** A real server on a free port of 127.0.0.1 with the demo seeded into SQLite. */
export function startTestServer(
  dataPath = ':memory:',
  options: Partial<NodeServerOptions> = {},
): Promise<RunningServer> {
  return startNodeServer({
    port: 0,
    host: '127.0.0.1',
    dataPath,
    seed: true,
    logger: quietLogger,
    ...options,
  });
}
