import { DEMO_COOPERATIVE_ID, DEMO_RESPONDERS } from '../../storage/demo-seed.ts';
import type { Stores } from '../../storage/open-storage.ts';
import { CliError, type RegisterCommands } from '../cli-context.ts';
import { dataPathOf } from '../node-cli-context.ts';
import { readServeSettings } from '../serve-settings.ts';

const INIT_FIRST =
  'run `refdesk init --cooperative "<name>" --coordinator <email>` first (or check --data / REFDESK_DATA).';

/**
 * `refdesk serve`: the production start. Never seeds demo data, serves no /demo pages, refuses a
 * database holding the demo logins (unless --allow-demo), a missing one (init creates it), and a
 * non-loopback address without an https REFDESK_PUBLIC_URL.
 */
export const registerServeCommands: RegisterCommands = (program, ctx) => {
  program
    .command('serve')
    .description('run Refdesk in production (no demo data; see docs/operations.md)')
    .option('--host <address>', 'listening address (default: HOST or 127.0.0.1)')
    .option('--port <number>', 'listening port (default: PORT or 8787)')
    .option('--allow-demo', 'start even though the database holds the demo logins')
    .action(async (flags: { host?: string; port?: string; allowDemo?: boolean }) => {
      const { settings, problems } = readServeSettings(process.env, flags);
      const first = problems[0];
      if (first) {
        const usage = first.variable.startsWith('--');
        throw new CliError(`${first.variable} ${first.message}: ${first.fix}.`, usage ? 2 : 1);
      }
      const dataPath = dataPathOf(program);
      // Loaded here: the other commands start faster without the server's modules.
      const { startNodeServer } = await import('../../runtime/node/server.ts');
      const { stopOnSignals } = await import('../../runtime/node/stop-on-signals.ts');
      const { createNodeLogger } = await import('../../runtime/node/logger.ts');
      const { envTuning } = await import('../../runtime/node/env-tuning.ts');
      // One JSON line per event on standard output (LOG_LEVEL: debug, info, warn, error).
      const logger = createNodeLogger();
      const tuning = envTuning(process.env);
      const server = await startNodeServer({
        ...tuning,
        host: settings.host,
        port: settings.port,
        dataPath,
        seed: false,
        missing: { refuse: INIT_FIRST },
        logger,
        proxy: { trustProxy: settings.trustProxy, publicUrl: settings.publicUrl },
        check: (stores) => {
          if (!flags.allowDemo && holdsDemo(stores)) {
            throw new CliError(
              `${dataPath} holds the demo cooperative or its logins, whose password is published: use a database made by \`refdesk init\`, or pass --allow-demo to start anyway.`,
            );
          }
        },
      });
      stopOnSignals(server, logger);
      logger.info('server.started', {
        url: server.url,
        port: server.port,
        data: dataPath,
        metricsToken: tuning.metrics?.token !== undefined,
      });
      const publicUrl = settings.publicUrl ?? server.url;
      ctx.print(
        { url: server.url, publicUrl, dataPath, pid: process.pid },
        `Refdesk is running at ${server.url}  (public: ${publicUrl}, data: ${dataPath})\n` +
          `  Responder console: ${publicUrl}/console/\n  Health: ${server.url}/healthz`,
      );
    });
};

function holdsDemo(stores: Stores): boolean {
  if (stores.directory.cooperative(DEMO_COOPERATIVE_ID)) return true;
  return DEMO_RESPONDERS.some((responder) => stores.accounts.accountByEmail(responder.email));
}
