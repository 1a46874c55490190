import { Hono } from 'hono';
import * as v from 'valibot';
import { managesAccounts } from '../../core/accounts/account-permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { auditView } from '../people-view.ts';
import { requireResponder } from '../session-auth.ts';

const QuerySchema = v.object({
  before: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0))),
  limit: v.optional(
    v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(200)),
    '50',
  ),
});

/**
 * The audit log of account changes, `GET /api/audit?before=&limit=`, newest first: a coordinator
 * reads the cooperative's, a library admin their library's.
 */
export function auditRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { me, home } = requireResponder(deps, c);
    if (!managesAccounts(me))
      throw new HttpError('forbidden', 'Only library admins and coordinators read the audit log.');
    const query = v.safeParse(QuerySchema, c.req.query());
    if (!query.success)
      throw new HttpError('validation', 'before and limit must be whole numbers (limit 1 to 200).');
    const coordinator = me.roles.includes('coordinator');
    const records = deps.stores.audit.auditEntries({
      cooperativeId: home.cooperativeId,
      ...(coordinator ? {} : { libraryId: me.libraryId }),
      ...(query.output.before === undefined ? {} : { before: query.output.before }),
      limit: query.output.limit,
    });
    return c.json({ entries: records.map((record) => auditView(deps.stores.directory, record)) });
  });
  return app;
}
