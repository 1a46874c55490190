// The Node composition root: `node packages/server/src/runtime/node/main.ts` (what `pnpm start` runs).
import { resolve } from 'node:path';
import {
  DEFAULT_ABUSE_LIMITS,
  DEFAULT_REPORT_LIMITS,
  parseBudgetScale,
  scaleLimits,
} from '../../core/budgets/abuse-budgets.ts';
import { DEMO_PASSWORD, DEMO_RESPONDERS } from '../../storage/demo-seed.ts';
import { startNodeServer } from './server.ts';

const logger = {
  info: (message: string, data?: Record<string, unknown>) =>
    console.log(`[refdesk] ${message}`, data ? JSON.stringify(data) : ''),
  error: (message: string, data?: Record<string, unknown>) =>
    console.error(`[refdesk] ${message}`, data ? JSON.stringify(data) : ''),
};

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dataPath = resolve(process.env.REFDESK_DATA ?? 'data/refdesk.db');
const proxy = {
  trustProxy: process.env.REFDESK_TRUST_PROXY,
  publicUrl: process.env.REFDESK_PUBLIC_URL,
};
const budgetScale = parseBudgetScale(process.env.REFDESK_BUDGET_SCALE);
const server = await startNodeServer({
  port,
  host,
  dataPath,
  seed: true,
  logger,
  proxy,
  room: { budgets: scaleLimits(DEFAULT_ABUSE_LIMITS, budgetScale) },
  limits: { reports: scaleLimits(DEFAULT_REPORT_LIMITS, budgetScale) },
});

console.log(`
Refdesk is running at ${server.url}  (data: ${dataPath})

  Demo library pages:  ${server.url}/demo/springfield
                       ${server.url}/demo/shelbyville
  Responder console:   ${server.url}/console/
  Health:              ${server.url}/healthz

  Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_RESPONDERS.map((r) => `    ${r.email.padEnd(28)} ${r.displayName} (${r.roles.join(', ')})`).join('\n')}
`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: closing sockets with "going away" and stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  });
}
