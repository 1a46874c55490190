import { beforeEach, describe, expect, it } from 'vitest';
import { ids } from '../../storage/contract/fixtures.ts';
import { type CliHarness, createCliHarness } from '../testing/cli-harness.ts';
import { registerCooperativeCommands } from './cooperative.ts';
import { registerGroupCommands } from './group.ts';
import { registerInitCommands } from './init.ts';
import { registerLibraryCommands } from './library.ts';

const families = [
  registerInitCommands,
  registerCooperativeCommands,
  registerLibraryCommands,
  registerGroupCommands,
];
const PASSWORD = 'correct horse battery';
let cli: CliHarness;

const init = () =>
  cli.run(
    [
      'init',
      '--cooperative',
      'Valley Public Libraries',
      '--coordinator',
      'Ops@Valley.example',
      '--timezone',
      'America/Denver',
      '--password-stdin',
      '--json',
    ],
    { stdin: `${PASSWORD}\n` },
  );

beforeEach(() => {
  cli = createCliHarness({ families });
});

describe('refdesk init', () => {
  it('creates a cooperative, the coordinator’s home library and a coordinator who can sign in', async () => {
    const run = await init();
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(run.json).toMatchObject({
      cooperative: { id: 'valley-public-libraries', timezone: 'America/Denver' },
      library: { id: 'valley-public-libraries-office' },
      coordinator: { email: 'ops@valley.example' },
    });
    const account = cli.stores.accounts.accountByEmail('ops@valley.example');
    expect(account?.responder.roles).toEqual(['coordinator']);
    expect(account?.passwordHash).toBe(`plain:${PASSWORD}`);
  });

  it('refuses a short password, a missing --password-stdin and a second init for the same email', async () => {
    const short = await cli.run(
      ['init', '--cooperative', 'V', '--coordinator', 'a@v.example', '--password-stdin'],
      { stdin: 'short' },
    );
    expect(short.exitCode).toBe(2);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const noPassword = await cli.run([
      'init',
      '--cooperative',
      'V',
      '--coordinator',
      'a@v.example',
    ]);
    expect(noPassword.exitCode).toBe(2);
    expect(noPassword.stderr).toMatch(/refdesk user invite/);
    expect(cli.stores.directory.cooperatives()).toEqual([]);
    expect((await init()).exitCode).toBe(0);
    const again = await init();
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/account for ops@valley.example exists already/);
  });

  it('refuses a bad email or time zone with exit code 2', async () => {
    const email = await cli.run(
      ['init', '--cooperative', 'V', '--coordinator', 'nobody', '--password-stdin'],
      { stdin: PASSWORD },
    );
    expect([email.exitCode, email.stderr]).toEqual([
      2,
      expect.stringMatching(/--coordinator: must be an email/),
    ]);
    const zone = await cli.run(
      [
        'init',
        '--cooperative',
        'V',
        '--coordinator',
        'a@v.example',
        '--timezone',
        'Mountain',
        '--password-stdin',
      ],
      { stdin: PASSWORD },
    );
    expect([zone.exitCode, zone.stderr]).toEqual([
      2,
      expect.stringMatching(/--timezone: "Mountain" is not an IANA/),
    ]);
  });
});

describe('refdesk cooperative, group and library', () => {
  beforeEach(async () => {
    await init();
  });

  it('adds a second cooperative beside the first and lists both', async () => {
    const add = await cli.run([
      'cooperative',
      'add',
      '--name',
      'Valley Academic',
      '--timezone',
      'UTC',
    ]);
    expect(add).toMatchObject({
      exitCode: 0,
      stdout: 'Added cooperative Valley Academic (valley-academic).\n',
    });
    const list = await cli.run(['cooperative', 'list', '--json']);
    expect(list.json).toMatchObject({
      cooperatives: [{ id: 'valley-academic' }, { id: 'valley-public-libraries' }],
    });
    const duplicate = await cli.run(['cooperative', 'add', '--name', 'Valley Academic']);
    expect(duplicate.exitCode).toBe(1);
    const needsChoice = await cli.run(['library', 'list']);
    expect([needsChoice.exitCode, needsChoice.stderr]).toEqual([
      2,
      expect.stringMatching(/--cooperative/),
    ]);
  });

  it('adds a group and a library in it, edits and disables the library, and lists them', async () => {
    expect(
      (await cli.run(['group', 'add', '--id', 'west', '--name', 'West Valley'])).exitCode,
    ).toBe(0);
    const add = await cli.run([
      'library',
      'add',
      '--id',
      'river',
      '--name',
      'River Branch',
      '--kind',
      'public',
      '--timezone',
      'America/Denver',
      '--group',
      'west',
      '--origin',
      'https://www.river.example/ask?x=1',
      '--origin',
      'http://localhost:5173',
      '--no-staffs-cooperative',
      '--json',
    ]);
    expect(add.exitCode).toBe(0);
    expect(add.json).toMatchObject({
      id: 'river',
      groupId: 'west',
      staffsCooperative: false,
      allowedOrigins: ['https://www.river.example', 'http://localhost:5173'],
    });
    const edit = await cli.run([
      'library',
      'edit',
      'river',
      '--no-group',
      '--name',
      'River',
      '--local-timer',
      '15',
    ]);
    expect(edit).toMatchObject({ exitCode: 0, stdout: 'Saved River Branch (river).\n' });
    expect((await cli.run(['library', 'disable', 'river'])).exitCode).toBe(0);
    const river = cli.stores.directory.library(ids.library('river'));
    expect(river).toMatchObject({
      name: 'River',
      groupId: null,
      disabled: true,
      settings: { localTimerSeconds: 15 },
    });
    const groups = await cli.run(['group', 'list', '--json']);
    expect(groups.json).toMatchObject({
      groups: [{ id: 'west', name: 'West Valley', libraries: [] }],
    });
    const list = await cli.run(['library', 'list']);
    expect(list.stdout).toMatch(/^ID +NAME/);
    expect(list.stdout).toMatch(/river +River +public +- +America\/Denver +disabled/);
  });

  it.each([
    [['library', 'edit', 'atlantis', '--name', 'X'], 1, /No library "atlantis"/],
    [['library', 'disable', 'atlantis'], 1, /No library "atlantis"/],
    [
      [
        'library',
        'add',
        '--id',
        'valley-public-libraries-office',
        '--name',
        'X',
        '--kind',
        'public',
        '--timezone',
        'UTC',
      ],
      1,
      /--id: A library .* exists already/,
    ],
    [
      ['library', 'add', '--id', 'x', '--name', 'X', '--kind', 'public', '--timezone', 'Denver'],
      2,
      /--timezone: "Denver" is not an IANA/,
    ],
    [
      [
        'library',
        'add',
        '--id',
        'x',
        '--name',
        'X',
        '--kind',
        'public',
        '--timezone',
        'UTC',
        '--origin',
        'river.example',
      ],
      2,
      /--origin: "river.example" has no scheme/,
    ],
    [
      ['library', 'add', '--id', 'x', '--name', 'X', '--kind', 'municipal', '--timezone', 'UTC'],
      2,
      /--kind: /,
    ],
    [
      ['library', 'add', '--id', 'X Y', '--name', 'X', '--kind', 'public', '--timezone', 'UTC'],
      2,
      /--id: must be a lowercase slug/,
    ],
    [
      [
        'library',
        'add',
        '--id',
        'x',
        '--name',
        'X',
        '--kind',
        'public',
        '--timezone',
        'UTC',
        '--group',
        'nope',
      ],
      1,
      /--group: No group "nope"/,
    ],
    [['library', 'add', '--id', 'x', '--name', 'X'], 2, /required option '--kind <kind>'/],
    [
      ['library', 'edit', 'valley-public-libraries-office', '--local-timer', 'soon'],
      2,
      /"soon" is not a number of seconds/,
    ],
    [['group', 'add', '--id', 'Bad Id', '--name', 'X'], 2, /--id: must be a lowercase slug/],
    [['library', 'list', '--cooperative', 'atlantis'], 1, /No cooperative "atlantis"/],
  ])('refuses %j with exit code %i', async (argv, code, message) => {
    const run = await cli.run(argv);
    expect(run.exitCode).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(cli.stores.directory.library(ids.library('x'))).toBeUndefined();
  });

  it('refuses a duplicate group id', async () => {
    await cli.run(['group', 'add', '--id', 'west', '--name', 'West']);
    const again = await cli.run(['group', 'add', '--id', 'west', '--name', 'West again', '--json']);
    expect([again.exitCode, again.stderr]).toEqual([
      1,
      expect.stringMatching(/group "west" exists already/),
    ]);
  });
});
