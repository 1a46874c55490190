import { Command, CommanderError } from 'commander';
import { DatabaseFileError } from '../storage/node/database-file.ts';
import { CliError } from './cli-context.ts';
import { COMMAND_FAMILIES } from './commands/index.ts';
import { createNodeCliContext, defaultDataPath } from './node-cli-context.ts';
import { ReportedFailure } from './reported-failure.ts';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** A failed run as `--json` prints it: `{"error":{"code","message"}}`. */
interface Failure {
  code: string;
  message: string;
  exitCode: 1 | 2;
}

/**
 * Runs one `refdesk` command line (`argv` without node and the script) and resolves with its exit
 * code: 0 done, 1 refused (a CliError, a database Refdesk will not open, any other failure), 2
 * the command line is wrong. A long-running command (`serve`) resolves once it is running.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), process);
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = new Command('refdesk')
    .description('Run and administer Refdesk, cooperative virtual reference chat for libraries.')
    .option('--data <file>', 'the SQLite database (default: REFDESK_DATA or data/refdesk.db)')
    .option('--json', 'print results and errors as JSON')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined, // printed below, with --json honoured
    });
  let command = '';
  program.hook('preAction', (_, action) => {
    let top = action;
    while (top.parent && top.parent !== program) top = top.parent;
    command = top.name();
  });
  const json = () => Boolean(program.opts().json) || argv.includes('--json');
  const ctx = createNodeCliContext(
    {
      dataPath: () => (program.opts().data as string | undefined) || defaultDataPath(),
      json,
      createsDatabase: () => command === 'init',
    },
    io.stdout,
  );
  for (const register of COMMAND_FAMILIES) register(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (command !== 'serve') ctx.close();
    return 0;
  } catch (error) {
    ctx.close();
    if (error instanceof ReportedFailure) return error.exitCode;
    const failure = describeFailure(error);
    if (failure === 'done') return 0;
    if (json())
      io.stdout.write(
        `${JSON.stringify({ error: { code: failure.code, message: failure.message } })}\n`,
      );
    else io.stderr.write(`refdesk: ${failure.message}\n`);
    return failure.exitCode;
  }
}

function describeFailure(error: unknown): Failure | 'done' {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      return 'done';
    if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') {
      return { code: 'usage', message: 'a command is needed: see refdesk --help', exitCode: 2 };
    }
    const message = error.message.replace(/^error: /, '');
    return { code: 'usage', message: `${message} (see refdesk --help)`, exitCode: 2 };
  }
  if (error instanceof CliError) {
    return {
      code: error.exitCode === 2 ? 'usage' : 'refused',
      message: error.message,
      exitCode: error.exitCode,
    };
  }
  if (error instanceof DatabaseFileError)
    return { code: error.code, message: error.message, exitCode: 1 };
  return {
    code: 'failed',
    message: error instanceof Error ? error.message : String(error),
    exitCode: 1,
  };
}
