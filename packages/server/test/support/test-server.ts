import { DEFAULT_ABUSE_LIMITS, scaleLimits } from '../../src/core/budgets/abuse-budgets.ts';
import {
  type NodeServerOptions,
  type RunningServer,
  startNodeServer,
} from '../../src/runtime/node/server.ts';

/**
 * For suites whose many patrons all come from 127.0.0.1 (chaos, fuzz, floods): the abuse budgets
 * still run on every write, a thousand times larger (test/abuse-budgets.test.ts tests them).
 */
export const LIFTED_BUDGETS = { budgets: scaleLimits(DEFAULT_ABUSE_LIMITS, 1000) };

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
