import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Loads the reports page (and its chart library) only when someone opens it. */
export function ReportsLoader() {
  const [Page, setPage] = useState<FunctionComponent | null>(null);
  useEffect(() => {
    void import('./reports-page.tsx').then((module) => setPage(() => module.ReportsPage));
  }, []);
  if (!Page) {
    return (
      <main class="page" id="main" tabIndex={-1}>
        <h1>Reports</h1>
        <p class="muted">Loading…</p>
      </main>
    );
  }
  return <Page />;
}
