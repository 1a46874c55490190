import { CooperativeIdSchema } from '@refdesk/protocol';
import { type Connection, type ConnectionContext, Server, type WSMessage } from 'partyserver';
import * as v from 'valibot';
import { createJsonLogger } from '../../core/logging/json-logger.ts';
import type { Logger } from '../../core/ports/index.ts';
import { DEFAULT_ROOM_CONFIG, type RoomConfig } from '../../core/room/room-context.ts';
import { ADMIN_SETUP_PATH } from './admin-setup.ts';
import { type CooperativeRuntime, startCloudflareCooperative } from './cooperative.ts';
import { type MailApiSettings, type MailEnv, readMailApiSettings } from './mailer.ts';

/**
 * The variables a cooperative's object reads. The Worker's whole environment (env.ts) extends it;
 * declared here, not there, so that the object does not import the bindings that name it.
 */
export interface CooperativeEnv extends MailEnv {
  /** `1`: seed the demo libraries and logins into each cooperative's object that has none. */
  REFDESK_DEMO?: string;
  /**
   * The admin API's bearer token (`wrangler secret put REFDESK_ADMIN_TOKEN`): `refdesk init
   * --remote` sets up a cooperative with it. Unset, the admin API answers 404.
   */
  REFDESK_ADMIN_TOKEN?: string;
}

// The same JSON lines pino writes on Node, through the Workers log (Workers Logs, `wrangler tail`).
const logger: Logger = createJsonLogger({
  write: (line, level) => (level === 'error' ? console.error(line) : console.log(line)),
  now: () => Date.now(),
});

/** The mail settings; a malformed one is logged as an error and mail is only logged, not sent. */
function mailSettings(env: MailEnv): MailApiSettings | undefined {
  const read = readMailApiSettings(env);
  if ('settings' in read) return read.settings;
  logger.error(`mail settings: ${read.error}; emails are logged instead of sent`);
  return undefined;
}

/** The close code a runtime reports for a close frame that carried no status. */
const NO_STATUS = 1005;

function closeQuietly(connection: Connection, code: number, reason: string): void {
  try {
    connection.close(code, reason);
  } catch {
    // Already closed.
  }
}

const isWebSocketUpgrade = (request: Request) =>
  request.headers.get('upgrade')?.toLowerCase() === 'websocket';

/**
 * One cooperative's Durable Object: its own SQLite database and its room, with hibernatable
 * sockets. The Worker sends it every request of the cooperative (named by `idFromName`).
 *
 * Built while the object blocks other events, so every event (a request, a socket frame after
 * hibernation, an alarm) finds the room rebuilt. WebSocket upgrades go through the Hono app first
 * (route, session cookie); PartyServer's own `fetch` then accepts the sockets the app approved.
 *
 * @example
 * // wrangler.jsonc: "durable_objects": { "bindings": [{ "name": "COOPERATIVES", "class_name": "CooperativeServer" }] }
 * const response = await env.COOPERATIVES.getByName('demo-public').fetch(request);
 */
export class CooperativeServer extends Server<CooperativeEnv> {
  static override options = { hibernate: true };
  #cooperative: CooperativeRuntime | undefined;
  readonly #ready: Promise<void>;

  constructor(ctx: DurableObjectState, env: CooperativeEnv) {
    super(ctx, env);
    this.#ready = ctx.blockConcurrencyWhile(() => this.#start());
  }

  async #start(): Promise<void> {
    this.#cooperative = await startCloudflareCooperative({
      // The Worker names objects by validated cooperative ids only.
      cooperativeId: v.parse(CooperativeIdSchema, this.name),
      storage: this.ctx.storage,
      connections: this.getConnections(),
      accept: (request) => super.fetch(request),
      demo: this.env.REFDESK_DEMO === '1',
      config: this.roomConfig(),
      mail: mailSettings(this.env),
      logger,
    });
  }

  /** The room's timings (grace periods, resume window, idle time); a test Worker may shorten them. */
  protected roomConfig(): RoomConfig {
    return DEFAULT_ROOM_CONFIG;
  }

  get #runtime(): CooperativeRuntime {
    if (!this.#cooperative) throw new Error(`cooperative ${this.name} did not start`);
    return this.#cooperative;
  }

  override async fetch(request: Request): Promise<Response> {
    await this.#ready;
    return isWebSocketUpgrade(request) ? this.#runtime.app.fetch(request) : super.fetch(request);
  }

  override async onRequest(request: Request): Promise<Response> {
    if (new URL(request.url).pathname !== ADMIN_SETUP_PATH) return this.#runtime.app.fetch(request);
    const response = await this.#runtime.adminSetup(request, this.env.REFDESK_ADMIN_TOKEN);
    // The cooperative exists now: its room opens as after a restart.
    if (response.status === 201) await this.ctx.blockConcurrencyWhile(() => this.#start());
    return response;
  }

  override onConnect(connection: Connection, context: ConnectionContext): void {
    this.#runtime.sockets.connected(connection, context.request);
  }

  override onMessage(connection: Connection, message: WSMessage): void {
    this.#runtime.sockets.message(connection, message);
  }

  override onClose(connection: Connection, code: number): void {
    this.#runtime.sockets.closed(connection);
    // A close frame without a status (what `ws.close()` sends) is not answered by PartyServer, and
    // the client then waits for its close timeout: answer it, as Node's WebSocket server does.
    if (code === NO_STATUS) closeQuietly(connection, 1000, '');
  }

  override onError(connection: Connection, error: unknown): void {
    logger.error('socket.error', { connection: connection.id, error: String(error) });
    this.#runtime.sockets.closed(connection);
  }

  override onAlarm(): void {
    this.#runtime.clock.alarmRang();
  }
}
