import { DatabaseSync } from 'node:sqlite';
import type { Finding } from './doctor-checks.ts';

/** Every library's allowed origins: each `*` or an http(s) origin without path. */
export function checkLibraryOrigins(dataPath: string): Finding[] {
  const db = new DatabaseSync(dataPath, { readOnly: true, timeout: 5_000 });
  try {
    const rows = db.prepare('SELECT id, settings FROM libraries ORDER BY id').all();
    const findings: Finding[] = [];
    for (const row of rows) {
      const id = String(row.id);
      const origins =
        (JSON.parse(String(row.settings)) as { allowedOrigins?: string[] }).allowedOrigins ?? [];
      const wrong = origins.filter((origin) => origin !== '*' && !isOrigin(origin));
      if (wrong.length > 0) {
        findings.push({
          area: 'libraries',
          status: 'problem',
          message: `${id}: allowed origins ${wrong.map((o) => JSON.stringify(o)).join(', ')} are not origins, so the widget is refused there`,
          fix: 'write each as scheme://host[:port], e.g. https://library.example.org, in the console (widget settings)',
        });
      } else if (origins.includes('*')) {
        findings.push({
          area: 'libraries',
          status: 'note',
          message: `${id}: allows every site (*) to embed its widget`,
        });
      } else if (origins.length === 0) {
        findings.push({
          area: 'libraries',
          status: 'note',
          message: `${id}: no allowed origins yet, so no site can embed its widget`,
          fix: 'add the library website origin in the console (widget settings)',
        });
      }
    }
    if (findings.every((f) => f.status !== 'problem')) {
      findings.unshift({
        area: 'libraries',
        status: 'ok',
        message: `${rows.length} libraries, allowed origins well-formed`,
      });
    }
    return findings;
  } finally {
    db.close();
  }
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}
