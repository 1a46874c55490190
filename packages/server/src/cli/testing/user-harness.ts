import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { randomIds, scryptPasswords, systemClock } from '../../runtime/node/platform.ts';
import { openNodeSqlite } from '../../storage/node/sqlite.ts';
import { createStores, type Stores } from '../../storage/open-storage.ts';
import { type CliContext, CliError, type CliWorld, type RegisterCommands } from '../cli-context.ts';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CliHarness {
  /** The stores over the same database file the commands use. */
  stores: Stores;
  /** Runs `refdesk ARGS...` with `stdin` as standard input. */
  run(args: string[], stdin?: string): Promise<CliRun>;
  dispose(): void;
}

/**
 * Runs a command family the way `refdesk` does (a commander program, `--json`, CliError exit
 * codes) over a temporary SQLite file and the real Node platform (clock, ids, scrypt).
 * `prepare` seeds the database first.
 *
 * @example
 * const cli = await createCliHarness(registerUserCommands, (stores) => seed(stores));
 * const { exitCode, stdout } = await cli.run(['user', 'list', '--json']);
 */
export async function createCliHarness(
  register: RegisterCommands,
  prepare: (stores: Stores) => void | Promise<void> = () => undefined,
): Promise<CliHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'refdesk-cli-'));
  const dataPath = join(dir, 'refdesk.sqlite');
  const db = openNodeSqlite(dataPath);
  const stores = createStores(db);
  await prepare(stores);
  const world: CliWorld = {
    stores,
    clock: systemClock,
    ids: randomIds,
    passwords: scryptPasswords,
    dataPath,
  };
  return {
    stores,
    async run(args, stdin = '') {
      let stdout = '';
      let stderr = '';
      let json = false;
      const ctx: CliContext = {
        open: async () => world,
        print: (result, text) => {
          stdout += `${json ? JSON.stringify(result) : text}\n`;
        },
        readStdin: async () => stdin.trim(),
      };
      const program = new Command('refdesk')
        .option('--json', 'print results as JSON')
        .exitOverride()
        .configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
      program.hook('preAction', () => {
        json = Boolean(program.opts().json);
      });
      register(program, ctx);
      try {
        await program.parseAsync(args, { from: 'user' });
        return { exitCode: 0, stdout, stderr };
      } catch (error) {
        if (error instanceof CliError)
          return { exitCode: error.exitCode, stdout, stderr: `${stderr}${error.message}\n` };
        if (error instanceof CommanderError)
          return { exitCode: error.exitCode === 0 ? 0 : 2, stdout, stderr };
        throw error;
      }
    },
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
