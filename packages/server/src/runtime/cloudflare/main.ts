// The Cloudflare composition root: the Worker wrangler.jsonc points at. It serves the built widget
// and console, and hands every other request to the Durable Object of the request's cooperative.
import { type Context, Hono } from 'hono';
import { serveAsset } from './assets.ts';
import { type CloudflareEnv, cooperativeFor } from './env.ts';

export { CooperativeServer } from './cooperative-server.ts';

type WorkerEnv = { Bindings: CloudflareEnv };

// Paths the cooperative's object answers; wrangler.jsonc `run_worker_first` lists the same. (A
// Worker module may export handlers and classes only.)
const COOPERATIVE_PATHS = ['/healthz', '/api/*', '/ws/*', '/demo/*'] as const;

async function toCooperative(c: Context<WorkerEnv>): Promise<Response> {
  const lookup = cooperativeFor(new URL(c.req.url).hostname, c.env);
  if (!lookup.ok) {
    console.error(JSON.stringify({ level: 'error', message: lookup.error }));
    return c.json({ error: { code: 'internal', message: 'Refdesk is misconfigured.' } }, 500);
  }
  return c.env.COOPERATIVES.getByName(lookup.cooperativeId).fetch(c.req.raw);
}

const worker = new Hono<WorkerEnv>();
for (const path of COOPERATIVE_PATHS) worker.all(path, toCooperative);
worker.all('*', (c) => serveAsset(c.req.raw, c.env.ASSETS));

export default { fetch: worker.fetch } satisfies ExportedHandler<CloudflareEnv>;
