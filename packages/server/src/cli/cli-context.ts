import type { Command } from 'commander';
import type { Clock, IdGenerator, PasswordHasher } from '../core/ports/index.ts';
import type { Stores } from '../storage/open-storage.ts';

/** What a command works with once the database is open: every store and the platform's ports. */
export interface CliWorld {
  stores: Stores;
  clock: Clock;
  ids: IdGenerator;
  passwords: PasswordHasher;
  /** The database file, as given by `--data` or `REFDESK_DATA`. */
  dataPath: string;
}

/**
 * Shared by every `refdesk` command. Commands never print or exit by themselves: they return
 * through `print` and fail by throwing {@link CliError}, so `--json` and the exit codes hold for all.
 */
export interface CliContext {
  /** Opens (and migrates) the database named by `--data` or `REFDESK_DATA`, once per run. */
  open(): Promise<CliWorld>;
  /** One result: JSON under `--json`, else `text` for a person. */
  print(result: unknown, text: string): void;
  /** The whole of standard input, trimmed (for `--password-stdin`). */
  readStdin(): Promise<string>;
}

/**
 * A refusal with its exit code: 1 when the request was understood but cannot be done (an unknown
 * library, a duplicate email, a server holding the database), 2 when the command line itself is
 * wrong (a missing or malformed option).
 */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * A command family (`library`, `user`, `backup`...) adds its subcommands to the program.
 *
 * @example
 * export const registerGroupCommands: RegisterCommands = (program, ctx) => {
 *   const group = program.command('group').description('Library groups');
 *   group.command('list').action(async () => { const { stores } = await ctx.open(); ... });
 * };
 */
export type RegisterCommands = (program: Command, ctx: CliContext) => void;
