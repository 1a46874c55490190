import { Command, CommanderError } from 'commander';
import type { PasswordHasher } from '../../core/ports/index.ts';
import { randomIds, systemClock } from '../../runtime/node/platform.ts';
import { openNodeSqlite } from '../../storage/node/sqlite.ts';
import { createStores, type Stores } from '../../storage/open-storage.ts';
import { type CliContext, CliError, type CliWorld, type RegisterCommands } from '../cli-context.ts';

/** What one `refdesk ...` run printed and how it ended. */
export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** `stdout` parsed, for runs with `--json` that printed JSON. */
  json: unknown;
}

export interface CliHarness {
  /** The stores of the harness's database, to arrange and to check what commands wrote. */
  stores: Stores;
  /** Runs `refdesk <argv...>` with the registered families; `stdin` feeds `--password-stdin`. */
  run(argv: string[], options?: { stdin?: string }): Promise<CliRun>;
}

export interface CliHarnessOptions {
  /** The command families under test. */
  families: RegisterCommands[];
  /** Database path (default `:memory:`, shared by every run of this harness). */
  dataPath?: string;
  /** Default: a fast fake (`plain:<password>`); pass scryptPasswords to test real hashing. */
  passwords?: PasswordHasher;
}

const plainPasswords: PasswordHasher = {
  hash: async (password) => `plain:${password}`,
  verify: async (password, stored) => stored === `plain:${password}`,
};

/**
 * A `refdesk` program for tests: commander with the global `--json` and `--data` options, the
 * given command families, and a CliContext over one SQLite database (`:memory:` unless told)
 * that stays open across runs, so a test can run `init` and then `library add`. Exit codes follow
 * the CLI contract: 0, CliError's 1 or 2, and 2 for anything commander refuses (a missing or
 * unknown option). Nothing is printed to the real terminal.
 *
 * @example
 * const cli = createCliHarness({ families: [registerLibraryCommands] });
 * const run = await cli.run(['library', 'list', '--json']);
 * expect(run.exitCode).toBe(0);
 */
export function createCliHarness(options: CliHarnessOptions): CliHarness {
  const dataPath = options.dataPath ?? ':memory:';
  const stores = createStores(openNodeSqlite(dataPath));
  const world: CliWorld = {
    stores,
    clock: systemClock,
    ids: randomIds,
    passwords: options.passwords ?? plainPasswords,
    dataPath,
  };
  return {
    stores,
    async run(argv, runOptions = {}) {
      const out: string[] = [];
      const err: string[] = [];
      const program = new Command('refdesk')
        .option('--json', 'print results as JSON')
        .option('--data <path>', 'the database file')
        .exitOverride()
        .configureOutput({
          writeOut: (text) => out.push(text),
          writeErr: (text) => err.push(text),
        });
      const ctx: CliContext = {
        open: async () => world,
        print(result, text) {
          out.push(`${program.opts().json ? JSON.stringify(result) : text}\n`);
        },
        readStdin: async () => (runOptions.stdin ?? '').trim(),
      };
      for (const register of options.families) register(program, ctx);
      let exitCode = 0;
      try {
        await program.parseAsync(argv, { from: 'user' });
      } catch (error) {
        exitCode = exitCodeOf(error, err);
      }
      const stdout = out.join('');
      return { exitCode, stdout, stderr: err.join(''), json: parseJson(stdout) };
    },
  };
}

function exitCodeOf(error: unknown, err: string[]): number {
  if (error instanceof CliError) {
    err.push(`refdesk: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  throw error;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
