import { DatabaseSync } from 'node:sqlite';
import nodemailer from 'nodemailer';
import { readMailSettings } from '../runtime/node/mailer.ts';
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

type Env = Record<string, string | undefined>;

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

/** SMTP_URL and MAIL_FROM; with `connect`, an SMTP handshake (and login) with the server. */
export async function checkEmail(env: Env, connect: boolean): Promise<Finding[]> {
  let smtpUrl: string | undefined;
  try {
    smtpUrl = readMailSettings(env).smtpUrl;
  } catch (error) {
    return [
      {
        area: 'email',
        status: 'problem',
        message: (error as Error).message,
        fix: 'SMTP_URL=smtp://user:password@host:587, MAIL_FROM="Refdesk <refdesk@example.org>"',
      },
    ];
  }
  if (!smtpUrl) {
    return [
      {
        area: 'email',
        status: 'note',
        message:
          'SMTP_URL is not set: transcripts and follow-up replies are written to the log, not sent',
        fix: 'set SMTP_URL=smtp://user:password@host:587',
      },
    ];
  }
  const host = new URL(smtpUrl).host;
  if (!connect) {
    return [
      {
        area: 'email',
        status: 'ok',
        message: `email goes out through ${host} (not contacted; --check-smtp connects)`,
      },
    ];
  }
  const transport = nodemailer.createTransport(smtpUrl);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      transport.verify(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer within 15 s')), 15_000);
      }),
    ]);
    return [
      {
        area: 'email',
        status: 'ok',
        message: `the SMTP server ${host} answered and accepted the login`,
      },
    ];
  } catch (error) {
    return [
      {
        area: 'email',
        status: 'problem',
        message: `the SMTP server ${host} is not reachable: ${(error as Error).message}`,
        fix: 'check SMTP_URL (host, port, user, password) and the firewall',
      },
    ];
  } finally {
    clearTimeout(timer);
    transport.close();
  }
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
