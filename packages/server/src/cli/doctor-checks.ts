import { DatabaseSync } from 'node:sqlite';
import { DEMO_COOPERATIVE_ID, DEMO_RESPONDERS } from '../storage/demo-seed.ts';
import { MIGRATIONS } from '../storage/migrations.ts';
import { isDataLocked } from '../storage/node/data-lock.ts';
import { inspectDatabaseFile } from '../storage/node/database-file.ts';
import { readServeSettings } from './serve-settings.ts';

/** One finding: `ok` passed, `note` worth knowing, `problem` must be fixed (exit 1). */
export interface Finding {
  area: 'configuration' | 'email' | 'database' | 'libraries';
  status: 'ok' | 'note' | 'problem';
  message: string;
  fix?: string;
}

export type Env = Record<string, string | undefined>;

/** HOST, PORT, REFDESK_PUBLIC_URL, REFDESK_TRUST_PROXY as `refdesk serve` would read them. */
export function checkConfiguration(env: Env): Finding[] {
  const { settings, problems } = readServeSettings(env);
  if (problems.length === 0) {
    const where = settings.publicUrl ?? `http://${settings.host}:${settings.port} (loopback only)`;
    return [
      {
        area: 'configuration',
        status: 'ok',
        message: `serve listens on ${settings.host}:${settings.port}, public URL ${where}`,
      },
    ];
  }
  return problems.map((p) => ({
    area: 'configuration',
    status: 'problem',
    message: `${p.variable} ${p.message}`,
    fix: p.fix,
  }));
}

/** The file (full integrity check), its schema version, whether a server holds it, demo data. */
export function checkDatabase(dataPath: string): { findings: Finding[]; readable: boolean } {
  const state = inspectDatabaseFile(dataPath, 'full');
  if (state.kind === 'missing') {
    return {
      readable: false,
      findings: [
        {
          area: 'database',
          status: 'problem',
          message: `there is no database at ${dataPath}`,
          fix: 'run `refdesk init`, or check --data / REFDESK_DATA',
        },
      ],
    };
  }
  if (state.kind === 'refused') {
    return {
      readable: false,
      findings: [{ area: 'database', status: 'problem', message: state.error.message }],
    };
  }
  const findings: Finding[] = [
    {
      area: 'database',
      status: 'ok',
      message: `${dataPath}: a Refdesk database, integrity check ok`,
    },
  ];
  const db = new DatabaseSync(dataPath, { readOnly: true, timeout: 5_000 });
  try {
    const version = Number(
      db.prepare('SELECT max(version) AS v FROM schema_migrations').get()?.v ?? 0,
    );
    const newest = MIGRATIONS.at(-1)?.version ?? 0;
    if (version > newest) {
      findings.push({
        area: 'database',
        status: 'problem',
        message: `schema version ${version} is newer than this Refdesk knows (${newest})`,
        fix: 'upgrade Refdesk to the version that wrote it',
      });
    } else if (version < newest) {
      findings.push({
        area: 'database',
        status: 'note',
        message: `schema version ${version}; this Refdesk brings ${newest}`,
        fix: 'run `refdesk migrate` (the server also migrates at start)',
      });
    } else {
      findings.push({
        area: 'database',
        status: 'ok',
        message: `schema version ${version} (current)`,
      });
    }
    const demo =
      db.prepare('SELECT 1 AS found FROM cooperatives WHERE id = ?').get(DEMO_COOPERATIVE_ID) ??
      DEMO_RESPONDERS.map((r) =>
        db.prepare('SELECT 1 AS found FROM responders WHERE email = ? COLLATE NOCASE').get(r.email),
      ).find(Boolean);
    if (demo) {
      findings.push({
        area: 'database',
        status: 'problem',
        message: 'it holds the demo cooperative or demo logins (published password)',
        fix: 'use a database made by `refdesk init`; `refdesk serve` refuses this one without --allow-demo',
      });
    }
  } finally {
    db.close();
  }
  const holder = isDataLocked(dataPath);
  if (holder)
    findings.push({
      area: 'database',
      status: 'note',
      message: `in use by process ${holder.pid} (${holder.purpose})`,
    });
  return { findings, readable: true };
}
