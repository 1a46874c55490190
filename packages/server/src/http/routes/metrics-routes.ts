import { Hono } from 'hono';
import type { AppDeps, MetricsEndpoint } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { parseAddressRange, parseIpAddress, rangeContains } from '../ip-address.ts';

const LOOPBACK = ['127.0.0.0/8', '::1/128'].map((range) => parseAddressRange(range));
// A request relayed by a proxy the server does not trust comes from loopback too: not local.
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

function isLoopback(address: string): boolean {
  const bytes = parseIpAddress(address);
  return !!bytes && LOOPBACK.some((range) => range !== undefined && rangeContains(range, bytes));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = header?.match(/^Bearer ([^\s]+)$/i)?.[1] ?? '';
  let difference = given.length ^ token.length;
  for (let i = 0; i < Math.max(given.length, token.length); i++) {
    difference |= (given.charCodeAt(i) || 0) ^ (token.charCodeAt(i) || 0);
  }
  return difference === 0;
}

/**
 * `GET /metrics` in the Prometheus text format, for scrapers on the same machine (loopback, not
 * relayed by a proxy) or anyone with `Authorization: Bearer <REFDESK_METRICS_TOKEN>`.
 * Mounted only by runtimes that have metrics (Node); elsewhere `/metrics` is a 404.
 */
export function metricsRoutes(deps: AppDeps, endpoint: MetricsEndpoint) {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const relayed = FORWARDING_HEADERS.some((name) => c.req.header(name) !== undefined);
    const local = !relayed && isLoopback(deps.clientAddress(c));
    const authorization = c.req.header('authorization');
    if (!local) {
      if (!endpoint.token) {
        throw new HttpError('forbidden', 'Metrics are served to this machine only.', {
          reason: 'metrics_not_loopback',
        });
      }
      if (!tokenMatches(authorization, endpoint.token)) {
        throw new HttpError('unauthorized', 'Send Authorization: Bearer <metrics token>.', {
          reason: authorization ? 'metrics_wrong_token' : 'metrics_no_token',
        });
      }
    }
    const { body, contentType } = await endpoint.render();
    c.header('Cache-Control', 'no-store');
    return c.body(body, 200, { 'Content-Type': contentType });
  });
  return app;
}
