import { CONSOLE_PAGE_HEADERS } from '../../http/security-headers.ts';

const NOT_FOUND = { error: { code: 'not_found', message: 'No such page.' } };

/**
 * Serves what wrangler's asset handling passed on to the Worker (no file matched): the console's
 * shell for any path under /console/ (it is a single-page app), a JSON 404 like the Node runtime's
 * otherwise. Matching files never reach the Worker: see `run_worker_first` in wrangler.jsonc.
 *
 * @example
 * worker.get('*', (c) => serveAsset(c.req.raw, c.env.ASSETS));
 */
export async function serveAsset(request: Request, assets: Fetcher): Promise<Response> {
  const response = await assets.fetch(request);
  if (response.status !== 404) return response;
  const { pathname } = new URL(request.url);
  if (request.method === 'GET' && pathname.startsWith('/console/')) {
    const shell = await assets.fetch(new URL('/console/', request.url));
    if (shell.ok) {
      const headers = new Headers(shell.headers);
      headers.set('Cache-Control', 'no-cache');
      for (const [name, value] of Object.entries(CONSOLE_PAGE_HEADERS)) headers.set(name, value);
      return new Response(shell.body, { status: 200, headers });
    }
  }
  return Response.json(NOT_FOUND, { status: 404 });
}
