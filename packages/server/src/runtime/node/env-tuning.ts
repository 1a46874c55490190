import {
  DEFAULT_ABUSE_LIMITS,
  DEFAULT_REPORT_LIMITS,
  parseBudgetScale,
  scaleLimits,
} from '../../core/budgets/abuse-budgets.ts';
import type { NodeServerOptions } from './server.ts';

/** The server options an operator tunes through the environment, read the same by start and serve. */
export type EnvTuning = Pick<NodeServerOptions, 'room' | 'limits'> & {
  metrics: { token: string | undefined };
};

/**
 * `REFDESK_METRICS_TOKEN` (remote scrapes of /metrics) and `REFDESK_BUDGET_SCALE` (every abuse
 * budget multiplied, e.g. `2` for a large cooperative behind one address).
 *
 * @example
 * startNodeServer({ ...envTuning(process.env), port, host, dataPath, seed: false });
 */
export function envTuning(env: Record<string, string | undefined>): EnvTuning {
  const scale = parseBudgetScale(env.REFDESK_BUDGET_SCALE);
  return {
    metrics: { token: env.REFDESK_METRICS_TOKEN || undefined },
    room: { budgets: scaleLimits(DEFAULT_ABUSE_LIMITS, scale) },
    limits: { reports: scaleLimits(DEFAULT_REPORT_LIMITS, scale) },
  };
}
