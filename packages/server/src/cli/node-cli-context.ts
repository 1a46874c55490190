import { resolve } from 'node:path';
import type { Command } from 'commander';
import { randomIds, scryptPasswords, systemClock } from '../runtime/node/platform.ts';
import { openRefdeskDatabase } from '../storage/node/open-refdesk-database.ts';
import type { NodeSqliteDatabase } from '../storage/node/sqlite.ts';
import { createStores } from '../storage/open-storage.ts';
import type { CliContext, CliWorld } from './cli-context.ts';

/** The global options, read once commander has parsed the command line. */
export interface CliSettings {
  /** `--data`, else `REFDESK_DATA`, else `data/refdesk.db`. */
  dataPath(): string;
  json(): boolean;
  /** Whether the running command may create a missing database (only `init`). */
  createsDatabase(): boolean;
}

/** The context plus what main.ts needs at the end of a run. */
export interface NodeCliContext extends CliContext {
  /** Closes the database if a command opened it. */
  close(): void;
}

/**
 * The CLI's context on Node: the database file is checked like at server start (an empty,
 * foreign or damaged file is refused, never started afresh), created only by `init`, migrated,
 * and opened with every store and Node's clock, ids and scrypt.
 *
 * @example
 * const ctx = createNodeCliContext(settings, process.stdout);
 * const { stores } = await ctx.open();
 */
export function createNodeCliContext(
  settings: CliSettings,
  out: { write(text: string): unknown } = process.stdout,
): NodeCliContext {
  let world: Promise<CliWorld> | undefined;
  let db: NodeSqliteDatabase | undefined;
  return {
    open() {
      world ??= Promise.resolve().then(() => {
        const dataPath = resolve(settings.dataPath());
        db = openRefdeskDatabase(dataPath, {
          missing: settings.createsDatabase()
            ? 'create'
            : { refuse: 'run `refdesk init` first, or check --data / REFDESK_DATA.' },
        });
        return {
          stores: createStores(db),
          clock: systemClock,
          ids: randomIds,
          passwords: scryptPasswords,
          dataPath,
        };
      });
      return world;
    },
    print(result, text) {
      out.write(
        settings.json() ? `${JSON.stringify(result)}\n` : text.endsWith('\n') ? text : `${text}\n`,
      );
    },
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
      return Buffer.concat(chunks).toString('utf8').trim();
    },
    close() {
      db?.close();
      db = undefined;
    },
  };
}

/** The database path when `--data` is not given: `REFDESK_DATA`, else `data/refdesk.db`. */
export function defaultDataPath(env: Record<string, string | undefined> = process.env): string {
  return env.REFDESK_DATA || 'data/refdesk.db';
}

/**
 * The absolute database path of a run (`--data`, `REFDESK_DATA`, `data/refdesk.db`), for commands
 * that work on the file itself rather than through {@link CliContext.open}.
 */
export function dataPathOf(program: Command): string {
  return resolve((program.opts().data as string | undefined) || defaultDataPath());
}
