import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { hashToken } from '../../core/hash-token.ts';
import { scryptPasswords } from '../../runtime/node/platform.ts';
import { seedDemo } from '../../storage/demo-seed.ts';
import { type CliHarness, createCliHarness } from '../testing/user-harness.ts';
import { registerUserCommands } from './user.ts';

let cli: CliHarness;
beforeEach(async () => {
  cli = await createCliHarness(registerUserCommands, async (stores) => {
    await seedDemo(stores, { hashPassword: async (p) => `plain:${p}`, now: Date.now() });
  });
});
afterEach(() => {
  cli.dispose();
  vi.unstubAllEnvs();
});

const PASSWORD = 'a long enough passphrase';
const add = (email: string, extra: string[] = []) =>
  cli.run(
    [
      'user',
      'add',
      '--library',
      'springfield',
      '--email',
      email,
      '--name',
      'Nia Novak',
      '--roles',
      'librarian',
      '--password-stdin',
      ...extra,
    ],
    `${PASSWORD}\n`,
  );

describe('refdesk user', () => {
  it('adds an account whose password signs in, and records it in the audit log', async () => {
    const run = await add('Nia@Springfield.example', ['--json']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      email: 'nia@springfield.example',
      roles: ['librarian'],
      disabled: false,
    });
    const account = cli.stores.accounts.accountByEmail('nia@springfield.example');
    expect(await scryptPasswords.verify(PASSWORD, account?.passwordHash ?? '')).toBe(true);
    const [entry] = cli.stores.audit.auditEntries({
      cooperativeId: 'demo-public' as never,
      limit: 1,
    });
    expect(entry).toMatchObject({
      action: 'account_added',
      actorName: 'command line',
      actorId: null,
    });
  });

  it('refuses a short password, bad roles and a missing option with exit code 2', async () => {
    const short = await cli.run(
      [
        'user',
        'add',
        '--library',
        'springfield',
        '--email',
        'x@example.org',
        '--name',
        'X',
        '--roles',
        'librarian',
        '--password-stdin',
      ],
      'too short',
    );
    expect([short.exitCode, short.stderr]).toEqual([
      2,
      'The password must be at least 12 characters.\n',
    ]);
    const roles = await cli.run([
      'user',
      'roles',
      'ana@springfield.example',
      '--set',
      'librarian,wizard',
    ]);
    expect(roles.exitCode).toBe(2);
    expect(roles.stderr).toContain('--roles must list roles');
    expect((await cli.run(['user', 'add', '--email', 'x@example.org'])).exitCode).toBe(2);
  });

  it('refuses a duplicate email and an unknown library with exit code 1', async () => {
    const duplicate = await add('ana@springfield.example');
    expect([duplicate.exitCode, duplicate.stderr]).toEqual([
      1,
      'ana@springfield.example already has an account.\n',
    ]);
    const unknown = await cli.run([
      'user',
      'invite',
      '--library',
      'atlantis',
      '--email',
      'x@example.org',
      '--roles',
      'librarian',
      '--public-url',
      'https://desk.example',
    ]);
    expect([unknown.exitCode, unknown.stderr]).toEqual([1, 'No library "atlantis".\n']);
  });

  it('prints a single-use invitation link under the public URL, stored only as a hash', async () => {
    const run = await cli.run([
      'user',
      'invite',
      '--library',
      'springfield',
      '--email',
      'nia@springfield.example',
      '--roles',
      'librarian,library_admin',
      '--public-url',
      'https://desk.example/ignored',
      '--json',
    ]);
    expect(run.exitCode).toBe(0);
    const { link } = JSON.parse(run.stdout) as { link: string };
    expect(link).toMatch(/^https:\/\/desk\.example\/console\/invitation#[\w-]+$/);
    const token = link.split('#')[1] ?? '';
    expect(cli.stores.invitations.invitationByTokenHash(hashToken(token))).toMatchObject({
      roles: ['librarian', 'library_admin'],
      invitedByName: 'command line',
    });
    vi.stubEnv('REFDESK_PUBLIC_URL', '');
    const noUrl = await cli.run(
      [
        'user',
        'invite',
        '--library',
        'springfield',
        '--email',
        'o@springfield.example',
        '--roles',
        'librarian',
      ],
      '',
    );
    expect(noUrl.exitCode).toBe(2);
  });

  it('emails the invitation and the reset link with --send, and refuses --send without SMTP', async () => {
    vi.stubEnv('SMTP_URL', '');
    const refused = await cli.run([
      'user',
      'invite',
      '--library',
      'springfield',
      '--email',
      'nia@springfield.example',
      '--roles',
      'librarian',
      '--public-url',
      'https://desk.example',
      '--send',
    ]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/--send needs SMTP_URL/);
    expect(cli.stores.invitations.pendingInvitationsOf('springfield' as never)).toEqual([]);

    const sink = await startSmtpSink();
    try {
      vi.stubEnv('SMTP_URL', sink.url);
      vi.stubEnv('MAIL_FROM', 'Refdesk <refdesk@desk.example>');
      const invited = await cli.run([
        'user',
        'invite',
        '--library',
        'springfield',
        '--email',
        'nia@springfield.example',
        '--roles',
        'librarian',
        '--public-url',
        'https://desk.example',
        '--send',
        '--json',
      ]);
      expect(invited.exitCode).toBe(0);
      const { link, sent } = JSON.parse(invited.stdout) as { link: string; sent: boolean };
      expect(sent).toBe(true);
      const invitation = await sink.next((mail) =>
        mail.envelopeTo.includes('nia@springfield.example'),
      );
      expect(invitation.headers.subject).toBe(
        'You are invited to answer questions for Springfield Public Library',
      );
      expect(invitation.text).toContain(link);

      const reset = await cli.run([
        'user',
        'reset-password',
        'ana@springfield.example',
        '--public-url',
        'https://desk.example',
        '--send',
      ]);
      expect(reset.exitCode).toBe(0);
      expect(reset.stdout).toMatch(/^Emailed ana@springfield\.example a password reset link/);
      const resetMail = await sink.next((mail) =>
        mail.envelopeTo.includes('ana@springfield.example'),
      );
      expect(resetMail.text).toMatch(/https:\/\/desk\.example\/console\/reset-password#[\w-]+/);
    } finally {
      await sink.close();
    }
  });

  it('disables and enables an account, ending its sessions', async () => {
    cli.stores.accounts.insertSession({
      idHash: 's',
      responderId: 'demo-ana' as never,
      csrfToken: 'c',
      createdAt: 0,
      expiresAt: Date.now() + 60_000,
    });
    const disabled = await cli.run(['user', 'disable', 'ana@springfield.example']);
    expect([disabled.exitCode, disabled.stdout]).toEqual([
      0,
      'ana@springfield.example is now disabled.\n',
    ]);
    expect(cli.stores.accounts.session('s')).toBeUndefined();
    const list = await cli.run(['user', 'list', '--library', 'springfield', '--json']);
    const people = (JSON.parse(list.stdout) as { people: { email: string; disabled: boolean }[] })
      .people;
    expect(people.find((p) => p.email === 'ana@springfield.example')?.disabled).toBe(true);
    expect((await cli.run(['user', 'enable', 'ana@springfield.example'])).stdout).toBe(
      'ana@springfield.example is now enabled.\n',
    );
  });

  it('prints a reset link and sets roles', async () => {
    const reset = await cli.run([
      'user',
      'reset-password',
      'ben@shelbyville.example',
      '--public-url',
      'https://desk.example',
    ]);
    expect(reset.stdout).toMatch(/https:\/\/desk\.example\/console\/reset-password#/);
    const roles = await cli.run([
      'user',
      'roles',
      'ben@shelbyville.example',
      '--set',
      'librarian,library_admin',
    ]);
    expect(roles.stdout).toBe('ben@shelbyville.example: librarian, library_admin\n');
    expect(cli.stores.directory.responder('demo-ben' as never)?.roles).toEqual([
      'librarian',
      'library_admin',
    ]);
    expect((await cli.run(['user', 'roles', 'nobody@example.org'])).exitCode).toBe(1);
  });

  it('refuses to disable or demote the last active coordinator, and allows it once there is another', async () => {
    const disable = await cli.run(['user', 'disable', 'dev@coop.example']);
    expect(disable.exitCode).toBe(1);
    expect(disable.stderr).toContain('last active coordinator');
    const demote = await cli.run(['user', 'roles', 'dev@coop.example', '--set', 'librarian']);
    expect(demote.exitCode).toBe(1);
    expect(demote.stderr).toContain('make someone else a coordinator first');
    expect(cli.stores.directory.responder('demo-dev' as never)?.roles).toContain('coordinator');
    await cli.run(['user', 'roles', 'ben@shelbyville.example', '--set', 'librarian,coordinator']);
    expect((await cli.run(['user', 'disable', 'dev@coop.example'])).exitCode).toBe(0);
    const last = await cli.run(['user', 'roles', 'ben@shelbyville.example', '--set', 'librarian']);
    expect(last.exitCode).toBe(1);
  });
});
