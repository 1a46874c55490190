import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { MIGRATIONS } from '../../storage/migrations.ts';
import { acquireDataLock } from '../../storage/node/data-lock.ts';
import { inspectDatabaseFile } from '../../storage/node/database-file.ts';
import { openRefdeskDatabase } from '../../storage/node/open-refdesk-database.ts';
import { CliError, type RegisterCommands } from '../cli-context.ts';
import { describeSummary, summarizeDatabase } from '../database-summary.ts';
import { dataPathOf } from '../node-cli-context.ts';

/**
 * `refdesk backup <file>`: a consistent copy while the server runs (`VACUUM INTO`, one read
 * transaction), checked with `integrity_check`. `refdesk restore <file>`: only while no server
 * holds the database; the file is checked first and the old database kept beside it.
 */
export const registerBackupCommands: RegisterCommands = (program, ctx) => {
  program
    .command('backup')
    .description('copy the database, consistently, even while the server runs')
    .argument('<file>', 'where to write the copy (must not exist)')
    .action(async (file: string) => {
      const target = resolve(file);
      if (existsSync(target))
        throw new CliError(`${target} exists already: choose a new file name.`);
      const { stores, dataPath } = await ctx.open();
      const partial = `${target}.partial-${process.pid}`;
      try {
        stores.db.run('VACUUM INTO ?', partial);
        const state = inspectDatabaseFile(partial, 'full');
        if (state.kind === 'refused') {
          throw new CliError(`the copy failed its integrity check: ${state.error.message}`);
        }
        renameSync(partial, target);
      } finally {
        rmSync(partial, { force: true });
      }
      const summary = summarizeDatabase(target);
      ctx.print(
        { backup: target, from: dataPath, ...summary },
        `Backed up ${dataPath} to ${target}\n  ${describeSummary(summary)}\n  integrity check: ok`,
      );
    });

  program
    .command('restore')
    .description('replace the database with a backup (the server must be stopped)')
    .argument('<file>', 'a backup made by refdesk backup')
    .action(async (file: string) => {
      const source = resolve(file);
      const dataPath = dataPathOf(program);
      if (source === dataPath) throw new CliError('the backup is the database itself.', 2);
      const lock = acquireDataLock(dataPath, 'restore');
      try {
        const state = inspectDatabaseFile(source, 'full');
        if (state.kind === 'missing') throw new CliError(`there is no file at ${source}.`);
        if (state.kind === 'refused') throw new CliError(`not restored: ${state.error.message}`);
        const summary = summarizeDatabase(source);
        const newest = MIGRATIONS.at(-1)?.version ?? 0;
        if (summary.schemaVersion > newest) {
          throw new CliError(
            `not restored: the backup is at schema version ${summary.schemaVersion}, newer than this Refdesk knows (${newest}); upgrade Refdesk first.`,
          );
        }
        const keptAs = existsSync(dataPath) ? setAside(dataPath) : undefined;
        const incoming = `${dataPath}.restoring-${process.pid}`;
        copyFileSync(source, incoming);
        renameSync(incoming, dataPath);
        openRefdeskDatabase(dataPath, { missing: { refuse: '' } }).close();
        ctx.print(
          { restored: source, dataPath, keptAs: keptAs ?? null, ...summary },
          `Restored ${source} to ${dataPath}\n  ${describeSummary(summary)}\n` +
            (keptAs
              ? `  the previous database is kept as ${keptAs}`
              : '  there was no previous database'),
        );
      } finally {
        lock.release();
      }
    });
};

/** Moves the database and its WAL aside as `<data>.before-restore-<timestamp>`. */
function setAside(dataPath: string): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const keptAs = `${dataPath}.before-restore-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dataPath + suffix)) renameSync(dataPath + suffix, keptAs + suffix);
  }
  return keptAs;
}
