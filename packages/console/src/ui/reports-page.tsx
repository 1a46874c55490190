import type { ReportResponse } from '@refdesk/protocol/responder';
import { useEffect, useState } from 'preact/hooks';
import { type ReportQuery, reportPath } from '../api/report-api.ts';
import { type Loadable, load, loading } from '../state/loadable.ts';
import { useConsole, useDesk } from './console-context.ts';
import { ContributionSection, HeatmapSection, WaitSection } from './report-sections.tsx';
import { ReportTable } from './report-table.tsx';

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The last 12 months, this one included: the window of the contribution trend. */
function defaultPeriod(): { from: string; to: string } {
  const today = new Date();
  return {
    from: isoDate(new Date(today.getFullYear(), today.getMonth() - 11, 1)),
    to: isoDate(today),
  };
}

const TABLE_REPORTS = [
  [
    'who-answered',
    'Who answered',
    'Chats of each library’s patrons answered locally, by the group or by the cooperative.',
  ],
  ['outcomes', 'Outcomes and follow-ups', 'How chats ended, and follow-ups open or overdue now.'],
  [
    'hours-staffed',
    'Hours staffed',
    'Time online in the Local or Cooperative status, per library and responder.',
  ],
] as const;

/**
 * Reports (docs/reports.md): coordinators see the cooperative, library admins their library
 * beside the cooperative's totals. Every chart has a data table and a summary; every table
 * downloads as CSV.
 */
export function ReportsPage() {
  const { profile } = useDesk();
  const coordinator = profile.roles.includes('coordinator');
  const [period, setPeriod] = useState(defaultPeriod);
  const [tz, setTz] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [library, setLibrary] = useState<string | null>(null);
  const query = { ...period, tz, library };
  const [libraries, setLibraries] = useState<{ id: string; name: string }[]>([]);
  return (
    <main class="page" id="main" tabIndex={-1}>
      <div class="page-head">
        <h1>Reports</h1>
        <p class="page-library">{coordinator ? 'The whole cooperative' : profile.library.name}</p>
      </div>
      <form class="panel report-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          From{' '}
          <input
            type="date"
            value={period.from}
            onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={period.to}
            onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
          />
        </label>
        <label>
          Time zone <input value={tz} onChange={(e) => setTz(e.currentTarget.value)} />
        </label>
        {coordinator && (
          <label>
            Library
            <select
              value={library ?? ''}
              onChange={(e) => setLibrary(e.currentTarget.value || null)}
            >
              <option value="">All libraries</option>
              {libraries.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </form>
      <Report
        query={{ ...query, name: 'contribution' }}
        onLoaded={(r) => libraries.length === 0 && setLibraries(r.libraries)}
      >
        {(report) => <ContributionSection report={report} />}
      </Report>
      <Report query={{ ...query, name: 'heatmap' }}>
        {(report) => <HeatmapSection report={report} />}
      </Report>
      <Report query={{ ...query, name: 'wait' }}>
        {(report) => <WaitSection report={report} />}
      </Report>
      {TABLE_REPORTS.map(([name, title, caption]) => (
        <Report key={name} query={{ ...query, name }}>
          {(report) => (
            <>
              <h2 class="panel-title">{title}</h2>
              <ReportTable report={report} caption={caption} />
            </>
          )}
        </Report>
      ))}
    </main>
  );
}

interface ReportProps {
  query: ReportQuery;
  children: (report: ReportResponse) => preact.ComponentChildren;
  onLoaded?: (report: ReportResponse) => void;
}

/** Loads one report and renders it in a panel, with its CSV download. */
function Report({ query, children, onLoaded }: ReportProps) {
  const { api } = useConsole();
  const [state, setState] = useState<Loadable<ReportResponse>>(loading);
  const key = reportPath(query);
  useEffect(() => {
    let live = true;
    void load(() => api.report(query)).then((next) => {
      if (!live) return;
      setState(next);
      if (next.state === 'ready') onLoaded?.(next.value);
    });
    return () => {
      live = false;
    };
  }, [api, key]);
  return (
    <section
      class="panel report"
      aria-label={query.name.replaceAll('-', ' ')}
      aria-busy={state.state === 'loading'}
    >
      {state.state === 'loading' && <p class="muted">Loading…</p>}
      {state.state === 'error' && <p class="form-error">{state.message}</p>}
      {state.state === 'ready' && (
        <>
          {children(state.value)}
          <p>
            <a href={reportPath(query, 'csv')} download>
              Download {query.name.replaceAll('-', ' ')} CSV
            </a>
          </p>
        </>
      )}
    </section>
  );
}
