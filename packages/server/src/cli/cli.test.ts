import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli-process.ts';
import { badDatabases, cooperativeDatabase } from '../../test/support/database-files.ts';
import {
  CLI_ENTRY,
  type ServerProcess,
  startServerProcess,
} from '../../test/support/server-process.ts';
import { seedDemo } from '../storage/demo-seed.ts';
import { MIGRATIONS, migrate } from '../storage/migrations.ts';
import { openRefdeskDatabase } from '../storage/node/open-refdesk-database.ts';
import { createStores } from '../storage/open-storage.ts';

let folder: string;
let data: string;
const running: ServerProcess[] = [];
// The commands read these; the tests say which they set.
const CLEAN_ENV = {
  HOST: undefined,
  PORT: undefined,
  REFDESK_DATA: undefined,
  REFDESK_PUBLIC_URL: undefined,
  REFDESK_TRUST_PROXY: undefined,
  SMTP_URL: undefined,
  MAIL_FROM: undefined,
};
const cli = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(args, { env: { ...CLEAN_ENV, ...env } });

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'refdesk-cli-'));
  data = join(folder, 'refdesk.db');
});
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  rmSync(folder, { recursive: true, force: true });
});

async function demoDatabase(path: string): Promise<void> {
  const db = openRefdeskDatabase(path, { missing: 'create' });
  await seedDemo(createStores(db), { hashPassword: async (p) => `plain$${p}`, now: 0 });
  db.close();
}

async function serve(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess(data, { ...env }, [CLI_ENTRY, 'serve']);
  running.push(server);
  return server;
}

describe('refdesk on a wrong command line', () => {
  it('exits with 2 and says what is wrong, for an unknown command, a missing argument or no command', async () => {
    const unknown = await cli(['bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'bogus'");
    expect((await cli(['backup'])).stderr).toContain("missing required argument 'file'");
    expect((await cli(['backup'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  }, 60_000);

  it('prints errors as {"error":{"code","message"}} under --json', async () => {
    const usage = await cli(['--json', 'bogus']);
    expect(JSON.parse(usage.stdout)).toEqual({
      error: { code: 'usage', message: expect.stringContaining("unknown command 'bogus'") },
    });
    const missing = await cli(['--json', '--data', data, 'migrate']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.message).toContain('refdesk init');
  }, 60_000);
});

describe('refdesk migrate', () => {
  it('applies the pending migrations of an older database and says from which version to which', async () => {
    const db = openRefdeskDatabase(data, { missing: 'create' });
    migrate(db, MIGRATIONS.slice(0, 1));
    db.close();
    const newest = MIGRATIONS.at(-1)?.version;
    const run = await cli(['--json', '--data', data, 'migrate']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ from: 1, to: newest });
    const again = await cli(['--data', data, 'migrate']);
    expect(again.stdout).toContain(`is up to date (schema version ${newest})`);
  }, 60_000);
});

describe('refdesk doctor', () => {
  it('passes a healthy cooperative with a sound configuration', async () => {
    cooperativeDatabase(data);
    const run = await cli(['--json', '--data', data, 'doctor']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true });
  }, 60_000);

  it('names each problem with its fix and exits with 1: configuration, demo data, malformed origins', async () => {
    await demoDatabase(data);
    const db = openRefdeskDatabase(data, { missing: 'create' });
    db.run(
      "UPDATE libraries SET settings = json_set(settings, '$.allowedOrigins', json_array('library.example.org/ask')) WHERE id = 'springfield'",
    );
    db.close();
    const run = await cli(['--json', '--data', data, 'doctor'], {
      REFDESK_TRUST_PROXY: 'everyone',
      HOST: '0.0.0.0',
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      findings: { status: string; message: string; fix?: string }[];
    };
    const problems = report.findings.filter((f) => f.status === 'problem');
    expect(report.ok).toBe(false);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('REFDESK_PUBLIC_URL is not set'),
      expect.stringContaining('REFDESK_TRUST_PROXY "everyone"'),
      expect.stringContaining('demo'),
      expect.stringContaining('springfield: allowed origins "library.example.org/ask"'),
    ]);
    for (const problem of problems) expect(problem.fix).toBeTruthy();
  }, 60_000);
});

describe('refdesk serve', () => {
  it('serves a cooperative without demo pages: /demo answers 404', async () => {
    cooperativeDatabase(data);
    const server = await serve();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/demo/springfield`)).status).toBe(404);
  }, 60_000);

  it('refuses a database holding the demo logins unless --allow-demo', async () => {
    await demoDatabase(data);
    const refused = await cli(['--data', data, 'serve', '--port', '0']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--allow-demo');
    const server = await startServerProcess(data, {}, [CLI_ENTRY, 'serve', '--allow-demo']);
    running.push(server);
    expect((await fetch(`${server.url}/demo/springfield`)).status).toBe(404);
  }, 60_000);

  it('refuses a missing database (init makes it), and creates nothing', async () => {
    const run = await cli(['--data', data, 'serve', '--port', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refdesk init');
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);

  it('refuses to listen beyond loopback without an https REFDESK_PUBLIC_URL', async () => {
    cooperativeDatabase(data);
    const args = ['--data', data, 'serve', '--host', '0.0.0.0', '--port', '0'];
    expect((await cli(args)).stderr).toContain('REFDESK_PUBLIC_URL is not set');
    const clear = await cli(args, { REFDESK_PUBLIC_URL: 'http://ask.example.org' });
    expect(clear.code).toBe(1);
    expect(clear.stderr).toContain('is not https');
    expect((await cli(['--data', data, 'serve', '--port', 'eighty'])).code).toBe(2);
  }, 60_000);
});

describe('refdesk backup and restore', () => {
  it('refuses to restore while a server holds the database, then restores and keeps the old file', async () => {
    cooperativeDatabase(data);
    const backup = join(folder, 'backup.db');
    const server = await serve();
    const made = await cli(['--json', '--data', data, 'backup', backup]);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ counts: { cooperatives: 1 } });
    expect((await cli(['--data', data, 'backup', backup])).stderr).toContain('exists already');

    const refused = await cli(['--data', data, 'restore', backup]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`in use by process ${server.child.pid}`);

    server.child.kill('SIGTERM');
    await server.exited;
    running.length = 0;
    const restored = await cli(['--json', '--data', data, 'restore', backup]);
    expect(restored.code).toBe(0);
    const { keptAs } = JSON.parse(restored.stdout) as { keptAs: string };
    expect(keptAs).toMatch(/refdesk\.db\.before-restore-\d{8}T\d{6}Z$/);
    expect(existsSync(keptAs)).toBe(true);
    expect((await cli(['--json', '--data', data, 'doctor'])).code).toBe(0);
  }, 90_000);

  it('refuses to restore a file that is not a sound Refdesk database', async () => {
    cooperativeDatabase(data);
    const bogus = join(folder, 'photos.db');
    badDatabases.foreign(bogus);
    const run = await cli(['--data', data, 'restore', bogus]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not restored');
    expect(readdirSync(folder).filter((name) => name.includes('before-restore'))).toEqual([]);
  }, 60_000);
});
