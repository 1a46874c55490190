// The real Refdesk server, in process, serving the built console: what a librarian's browser meets.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type NodeServerOptions,
  startNodeServer,
} from '../../../server/src/runtime/node/server.ts';

const CONSOLE_DIR = join(import.meta.dirname, '..', '..');
const DIST_INDEX = join(CONSOLE_DIR, 'dist', 'index.html');

/** An email the server handed to its mailer. */
export interface SentEmail {
  to: string;
  subject: string;
  text: string;
  replyTo?: string;
  fromName?: string;
}

export interface ConsoleServer {
  url: string;
  /** Every email the server sent (follow-up replies, problem reports), in order. */
  emails: SentEmail[];
  close(): Promise<void>;
}

/**
 * Builds the console when dist/ is missing (CI builds before testing), then starts the server on
 * a free port of 127.0.0.1 with the demo seeded into an in-memory database.
 */
export async function startConsoleServer(
  options: { clock?: NodeServerOptions['clock'] } = {},
): Promise<ConsoleServer> {
  if (!existsSync(DIST_INDEX)) {
    console.warn('console dist/ missing: building it for the browser tests');
    const { build } = await import('vite');
    await build({ root: CONSOLE_DIR, logLevel: 'warn' });
  }
  const emails: SentEmail[] = [];
  const server = await startNodeServer({
    port: 0,
    host: '127.0.0.1',
    dataPath: ':memory:',
    seed: true,
    ...(options.clock ? { clock: options.clock } : {}),
    logger: { info: () => undefined, error: (message, data) => console.error(message, data) },
    mailer: {
      async send(email) {
        emails.push(email);
      },
    },
  });
  return { url: server.url, emails, close: () => server.close() };
}
