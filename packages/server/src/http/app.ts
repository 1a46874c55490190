import { Hono } from 'hono';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { DEFAULT_HASHING_LIMITS, queueHashing } from './hashing-queue.ts';
import { HttpError } from './http-error.ts';
import { assetRoutes } from './routes/asset-routes.ts';
import { chatRoutes } from './routes/chat-routes.ts';
import { demoRoutes } from './routes/demo-routes.ts';
import { followUpRoutes } from './routes/follow-up-routes.ts';
import { libraryRoutes } from './routes/library-routes.ts';
import { policyRoutes } from './routes/policy-routes.ts';
import { responderRoutes } from './routes/responder-routes.ts';
import { scriptRoutes } from './routes/script-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { socketRoutes } from './routes/socket-routes.ts';
import { widgetSettingsRoutes } from './routes/widget-settings-routes.ts';
import { checkCsrf, loadSession } from './session-auth.ts';

/**
 * The whole HTTP surface of Refdesk as one Hono app, the same on every runtime.
 *
 * @example
 * const app = createApp(deps);
 * const response = await app.request('/healthz');
 */
export function createApp(appDeps: AppDeps): Hono<AppEnv> {
  // Password hashing is memory- and CPU-hard: a burst of sign-ins waits its turn (or gets 429).
  const passwords = queueHashing(appDeps.passwords, appDeps.clock, {
    ...DEFAULT_HASHING_LIMITS,
    ...appDeps.limits?.hashing,
  });
  const deps: AppDeps = { ...appDeps, passwords };
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('publicOrigin', deps.publicOrigin?.(c));
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.use('/api/*', loadSession(deps), checkCsrf());
  app.use('/ws/responder', loadSession(deps));
  app.route('/api', sessionRoutes(deps));
  app.route('/api/libraries', libraryRoutes(deps));
  app.route('/api/libraries', widgetSettingsRoutes(deps));
  app.route('/api', policyRoutes(deps));
  app.route('/api/scripts', scriptRoutes(deps));
  app.route('/api/follow-ups', followUpRoutes(deps));
  app.route('/api/chats', chatRoutes(deps));
  app.route('/api/responders', responderRoutes(deps));
  app.route('/ws', socketRoutes(deps));
  if (deps.demo) app.route('/demo', demoRoutes(deps));
  app.route('/', assetRoutes(deps));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'No such page.' } }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return c.json({ error: { code: error.code, message: error.message } }, error.status as 400);
    }
    deps.logger.error('request failed', { path: c.req.path, error: String(error) });
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on our side.' } },
      500,
    );
  });
  return app;
}
