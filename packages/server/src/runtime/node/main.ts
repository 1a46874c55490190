// The Node composition root of the DEMO: `node packages/server/src/runtime/node/main.ts` (what
// `pnpm start` runs). It seeds the demo cooperative; production is `refdesk serve` (src/cli/).
import { resolve } from 'node:path';
import { DEMO_PASSWORD, DEMO_RESPONDERS } from '../../storage/demo-seed.ts';
import { envTuning } from './env-tuning.ts';
import { createNodeLogger } from './logger.ts';
import { isLoopbackHost } from './loopback.ts';
import { startNodeServer } from './server.ts';
import { stopOnSignals } from './stop-on-signals.ts';

// One JSON line per event on standard output (LOG_LEVEL: debug, info, warn, error).
const logger = createNodeLogger();

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dataPath = resolve(process.env.REFDESK_DATA ?? 'data/refdesk.db');
const proxy = {
  trustProxy: process.env.REFDESK_TRUST_PROXY,
  publicUrl: process.env.REFDESK_PUBLIC_URL,
};
const server = await (async () =>
  startNodeServer({
    ...envTuning(process.env),
    port,
    host,
    dataPath,
    seed: true,
    logger,
    proxy,
  }))().catch((error: unknown) => {
  // A bad setting, a database we did not create, a damaged or newer one, one in use, a busy port: one line and
  // exit code 1, never a fresh demo over the file.
  console.error(`refdesk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

logger.info('server.started', {
  url: server.url,
  port: server.port,
  data: dataPath,
  metricsToken: Boolean(process.env.REFDESK_METRICS_TOKEN),
});
// The welcome text is for a person at a terminal; a log collector gets the JSON line above.
if (process.stdout.isTTY) {
  console.log(`
DEMO: Refdesk is running at ${server.url}  (data: ${dataPath})
This is the demo: its logins share a published password. For a real cooperative, see
\`refdesk init\` and \`refdesk serve\` (docs/operations.md, "Running in production").
${isLoopbackHost(host) ? '' : `\nWARNING: HOST=${host} lets other machines reach the demo and its published logins.\n`}
  Demo library pages:  ${server.url}/demo/springfield
                       ${server.url}/demo/shelbyville
  Responder console:   ${server.url}/console/
  Health:              ${server.url}/healthz
  Metrics:             ${server.url}/metrics (from this machine)

  Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_RESPONDERS.map((r) => `    ${r.email.padEnd(28)} ${r.displayName} (${r.roles.join(', ')})`).join('\n')}
`);
}

stopOnSignals(server, logger);
