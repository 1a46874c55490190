import { Hono } from 'hono';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { limitBodies } from './body-limits.ts';
import { DEFAULT_HASHING_LIMITS, queueHashing } from './hashing-queue.ts';
import { HttpError } from './http-error.ts';
import { logRefusal, requestLog } from './request-log.ts';
import { accessibilityRoutes } from './routes/accessibility-routes.ts';
import { accountLinkRoutes } from './routes/account-link-routes.ts';
import { archiveRoutes } from './routes/archive-routes.ts';
import { assetRoutes } from './routes/asset-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { blockRoutes } from './routes/block-routes.ts';
import { chatRoutes } from './routes/chat-routes.ts';
import { cooperativeRoutes } from './routes/cooperative-routes.ts';
import { demoRoutes } from './routes/demo-routes.ts';
import {
  followUpPoolRoutes,
  followUpPromiseRoutes,
  staffNotificationRoutes,
} from './routes/follow-up-duty-routes.ts';
import { followUpRoutes } from './routes/follow-up-routes.ts';
import { groupRoutes } from './routes/group-routes.ts';
import { ipModeRoutes } from './routes/ip-mode-routes.ts';
import { libraryAdminRoutes } from './routes/library-admin-routes.ts';
import { libraryRoutes } from './routes/library-routes.ts';
import { librarySurveyRoutes } from './routes/library-survey-routes.ts';
import { meRoutes } from './routes/me-routes.ts';
import {
  followUpReassignRoutes,
  memberReferralRoutes,
  referralsOutRoutes,
} from './routes/member-referral-routes.ts';
import { metricsRoutes } from './routes/metrics-routes.ts';
import { nowRoutes } from './routes/now-routes.ts';
import { patronRequestRoutes } from './routes/patron-request-routes.ts';
import { peopleRoutes } from './routes/people-routes.ts';
import { policyRoutes } from './routes/policy-routes.ts';
import { chatQualityRoutes, qualityRoutes } from './routes/quality-routes.ts';
import { qualitySampleRoutes } from './routes/quality-sample-routes.ts';
import { reportRoutes } from './routes/report-routes.ts';
import { responderRoutes } from './routes/responder-routes.ts';
import { retentionRoutes } from './routes/retention-routes.ts';
import { scheduleAdminRoutes } from './routes/schedule-admin-routes.ts';
import { scheduleRoutes } from './routes/schedule-routes.ts';
import { scriptRoutes } from './routes/script-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { shiftChangeRoutes } from './routes/shift-change-routes.ts';
import { socketRoutes } from './routes/socket-routes.ts';
import { widgetSettingsRoutes } from './routes/widget-settings-routes.ts';
import { COMMON_HEADERS, CONSOLE_PAGE_HEADERS } from './security-headers.ts';
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
  app.use('*', ...requestLog(deps));
  app.use('*', async (c, next) => {
    c.set('publicOrigin', deps.publicOrigin?.(c));
    await next();
    for (const [name, value] of Object.entries(COMMON_HEADERS)) c.header(name, value);
    // Every HTML page gets a CSP; the demo pages set their own (demo-routes.ts).
    const html = c.res.headers.get('content-type')?.startsWith('text/html');
    if (html && !c.res.headers.has('content-security-policy')) {
      for (const [name, value] of Object.entries(CONSOLE_PAGE_HEADERS)) c.header(name, value);
    }
  });
  // Before anything reads a body: sizes are checked while bodies stream in.
  app.use('*', limitBodies());
  app.get('/healthz', (c) => c.json({ ok: true }));
  if (deps.metricsEndpoint) app.route('/metrics', metricsRoutes(deps, deps.metricsEndpoint));
  app.use('/api/*', loadSession(deps), checkCsrf());
  app.use('/ws/responder', loadSession(deps));
  app.route('/api', sessionRoutes(deps));
  app.route('/api/me', meRoutes(deps));
  app.route('/api/people', peopleRoutes(deps));
  app.route('/api/audit', auditRoutes(deps));
  app.route('/api', accountLinkRoutes(deps));
  app.route('/api/libraries', libraryRoutes(deps));
  app.route('/api/libraries', widgetSettingsRoutes(deps));
  app.route('/api/libraries', libraryAdminRoutes(deps));
  app.route('/api/groups', groupRoutes(deps));
  app.route('/api/cooperative', cooperativeRoutes(deps));
  app.route('/api', policyRoutes(deps));
  app.route('/api/scripts', scriptRoutes(deps));
  app.route('/api/follow-ups', followUpRoutes(deps));
  app.route('/api/chats', chatRoutes(deps));
  app.route('/api/responders', responderRoutes(deps));
  app.route('/api/schedules', scheduleRoutes(deps));
  app.route('/api/schedules', scheduleAdminRoutes(deps));
  app.route('/api/schedules', shiftChangeRoutes(deps));
  app.route('/api/now', nowRoutes(deps));
  app.route('/api', retentionRoutes(deps));
  app.route('/api/libraries', patronRequestRoutes(deps));
  app.route('/api/libraries', followUpPromiseRoutes(deps));
  app.route('/api/follow-up-notifications', staffNotificationRoutes(deps));
  app.route('/api/follow-up-pool', followUpPoolRoutes(deps));
  app.route('/api/reports', reportRoutes(deps));
  app.route('/api/transcripts', archiveRoutes(deps));
  app.route('/api/chats', chatQualityRoutes(deps));
  app.route('/api/quality', qualityRoutes(deps));
  const blocks = blockRoutes(deps);
  app.route('/api/chats', blocks.chats);
  app.route('/api/blocks', blocks.blocks);
  app.route('/api/libraries', ipModeRoutes(deps));
  app.route('/api/quality', qualitySampleRoutes(deps));
  app.route('/api/libraries', librarySurveyRoutes(deps));
  app.route('/api/follow-ups', memberReferralRoutes(deps));
  app.route('/api/libraries', referralsOutRoutes(deps));
  app.route('/api/follow-up-pool', followUpReassignRoutes(deps));
  app.route('/ws', socketRoutes(deps));
  if (deps.demo) app.route('/demo', demoRoutes(deps));
  app.route('/accessibility', accessibilityRoutes());
  app.route('/', assetRoutes(deps));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'No such page.' } }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      logRefusal(c, error);
      deps.metrics?.count('refdesk_refusals_total', { surface: 'http', code: error.code });
      if (error.retryAfterSeconds !== undefined)
        c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json({ error: { code: error.code, message: error.message } }, error.status as 400);
    }
    c.get('log').error('http.failed', {
      method: c.req.method,
      path: c.req.path,
      error: String(error),
    });
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on our side.' } },
      500,
    );
  });
  return app;
}
