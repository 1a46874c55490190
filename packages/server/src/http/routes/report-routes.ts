import type { LibraryId } from '@refdesk/protocol';
import { Hono } from 'hono';
import type { Library } from '../../core/model.ts';
import { reportCsv } from '../../core/reports/report-csv.ts';
import { reportDrill } from '../../core/reports/report-drill.ts';
import { reportPeriod } from '../../core/reports/report-period.ts';
import { isReportName } from '../../core/reports/report-result.ts';
import { reportScope } from '../../core/reports/report-scope.ts';
import { runReport } from '../../core/reports/run-report.ts';
import { isTimeZone, localTime } from '../../core/schedules/zoned-time.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { homeCooperative } from '../require-coordinator.ts';
import { requireResponder } from '../session-auth.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today, and the first day of the month eleven months back: the default 12-month window. */
function defaultDates(now: number, timeZone: string): { from: string; to: string } {
  const t = localTime(now, timeZone);
  const first = new Date(Date.UTC(t.year, t.month - 12, 1));
  return {
    from: `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-01`,
    to: `${t.year}-${pad(t.month)}-${pad(t.day)}`,
  };
}

/**
 * The reports, mounted at `/api/reports`: `GET /:name?from=&to=&tz=&library=&format=csv`
 * (docs/reports.md). Coordinators read the cooperative; library admins their own library with
 * the cooperative's totals; everyone else gets 403.
 */
export function reportRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/:name', (c) => {
    const { me, home } = requireResponder(deps, c);
    const name = c.req.param('name');
    if (!isReportName(name)) throw new HttpError('not_found', `No report named ${name}.`);
    const askedId = c.req.query('library');
    const asked = askedId ? deps.stores.directory.library(askedId as LibraryId) : null;
    if (askedId && (!asked || asked.cooperativeId !== home.cooperativeId)) {
      throw new HttpError('not_found', 'No such library.');
    }
    const decision = reportScope(me, home, asked ?? null);
    if (!decision.ok) throw new HttpError('forbidden', decision.message);
    const cooperative = homeCooperative(deps, home);
    const timeZone = c.req.query('tz') || cooperative.timezone;
    const dates = defaultDates(deps.clock.now(), isTimeZone(timeZone) ? timeZone : 'UTC');
    const parsed = reportPeriod(
      c.req.query('from') || dates.from,
      c.req.query('to') || dates.to,
      timeZone,
    );
    if (!parsed.ok) throw new HttpError('validation', parsed.message);
    const report = runReport(
      deps.stores,
      home.cooperativeId,
      name,
      parsed.period,
      decision.scope,
      deps.clock.now(),
    );
    if (c.req.query('format') === 'csv') {
      const file = `${name}-${parsed.period.from}-${parsed.period.to}.csv`;
      return c.body(reportCsv(report), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${file}"`,
      });
    }
    return c.json({
      ...report,
      from: parsed.period.from,
      to: parsed.period.to,
      tz: timeZone,
      library: decision.scope,
      libraries: libraryNames(deps, home, decision.scope),
      drill: reportDrill(
        report,
        parsed.period,
        decision.scope,
        asked === null && decision.scope === null,
      ),
    });
  });

  return app;
}

function libraryNames(deps: AppDeps, home: Library, scope: string | null) {
  return deps.stores.directory
    .librariesOf(home.cooperativeId)
    .filter((library) => scope === null || library.id === scope)
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
