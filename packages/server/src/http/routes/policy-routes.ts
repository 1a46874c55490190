import {
  PolicyPageUpdateSchema,
  PolicyProblemReportSchema,
  type PolicySearchResponse,
} from '@refdesk/protocol';
import { Hono } from 'hono';
import { DEFAULT_REPORT_LIMITS, retryText } from '../../core/budgets/abuse-budgets.ts';
import { createBudgetLedger } from '../../core/budgets/sliding-window-budget.ts';
import type { Library } from '../../core/model.ts';
import { canEditLibrary, canReadStaffNotes, canReadStaffOnly } from '../../core/permissions.ts';
import { policyPageVersion } from '../../core/policies/policy-page-version.ts';
import { policyProblemReport } from '../../core/policies/policy-problem-report.ts';
import { type SearchablePage, searchPolicyPages } from '../../core/policies/policy-search.ts';
import type { PolicyPageRecord } from '../../core/ports/index.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { HttpError } from '../http-error.ts';
import { policyPageView } from '../policy-view.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

const MAX_QUERY_LENGTH = 200;

/**
 * Policy pages, mounted at `/api`: `GET|PUT /libraries/:id/policy` (read: anyone, staff-only
 * section for the cooperative's responders; write: the library's admins and coordinators),
 * `POST /libraries/:id/policy/problems` (responders of the cooperative; emails the owners) and
 * `GET /policy/search?q=` (responders: every member library's page).
 */
export function policyRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const reports = createBudgetLedger(deps.clock, {
    ...DEFAULT_REPORT_LIMITS,
    ...deps.limits?.reports,
  });
  const pageOf = (library: Library): PolicyPageRecord => {
    const page = deps.stores.policies.policyPage(library.id);
    if (!page) throw new HttpError('not_found', `${library.name} has no policy page yet.`);
    return page;
  };

  app.get('/libraries/:id/policy', (c) => {
    const library = findLibrary(deps, c);
    const me = c.get('responder');
    const home = me && deps.stores.directory.library(me.libraryId);
    const viewer = me && home ? { me, home } : undefined;
    c.header('Cache-Control', 'private, no-store');
    return c.json(policyPageView(deps, library, pageOf(library), viewer));
  });

  app.put('/libraries/:id/policy', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name}'s admins can edit its policy page.`);
    }
    const update = await readBody(c, PolicyPageUpdateSchema);
    const current = deps.stores.policies.policyPage(library.id)?.version ?? 0;
    const page = policyPageVersion(library.id, update, me, deps.clock.now());
    if (update.baseVersion !== current || !deps.stores.policies.savePolicyPage(page)) {
      throw new HttpError(
        'conflict',
        `Someone saved version ${current} of this page while you were editing version ${update.baseVersion}. Reload it and apply your changes again.`,
      );
    }
    c.header('Cache-Control', 'private, no-store');
    return c.json(policyPageView(deps, library, page, { me, home }));
  });

  app.post('/libraries/:id/policy/problems', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canReadStaffOnly(home, library)) {
      throw new HttpError('forbidden', 'That library is not in your cooperative.');
    }
    const page = pageOf(library);
    const { comment } = await readBody(c, PolicyProblemReportSchema);
    const refusal = reports.spend([
      { budget: 'reportsPerResponder', key: me.id },
      { budget: 'reportsPerLibrary', key: library.id },
    ]);
    if (refusal) {
      throw new HttpError(
        'rate_limited',
        `Enough problems have been reported with ${library.name}'s page for now. Try again ${retryText(refusal.retryAfterMs)}.`,
        {
          reason: 'report_budget',
          budget: refusal.budget,
          library: library.id,
          responder: me.id,
          address: deps.clientAddress(c),
        },
        Math.ceil(refusal.retryAfterMs / 1000),
      );
    }
    const emails = policyProblemReport(deps.stores.directory, {
      reporter: me,
      home,
      library,
      page,
      comment,
    });
    try {
      await Promise.all(emails.map((email) => deps.mailer.send(email)));
    } catch (error) {
      deps.logger.error('policy problem report not sent', {
        library: library.id,
        error: String(error),
      });
      throw new HttpError('internal', 'The report could not be emailed. Try again later.');
    }
    return c.json({ notified: emails.length });
  });

  app.get('/policy/search', (c) => {
    const { me, home } = requireResponder(deps, c);
    const query = (c.req.query('q') ?? '').trim();
    if (query.length === 0 || query.length > MAX_QUERY_LENGTH) {
      throw new HttpError('validation', `q: must be 1 to ${MAX_QUERY_LENGTH} characters`);
    }
    const pages: SearchablePage[] = [];
    for (const library of deps.stores.directory.librariesOf(home.cooperativeId)) {
      const page = deps.stores.policies.policyPage(library.id);
      if (!page) continue;
      pages.push({
        library: { id: library.id, name: library.name },
        sections: page.sections,
        ...(canReadStaffNotes(me, home, library, page.staffOnlyAudience)
          ? { staffOnly: page.staffOnly }
          : {}),
      });
    }
    const body: PolicySearchResponse = { query, hits: searchPolicyPages(pages, query) };
    c.header('Cache-Control', 'private, no-store');
    return c.json(body);
  });

  return app;
}
