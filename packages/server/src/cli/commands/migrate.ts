import { existsSync } from 'node:fs';
import { MIGRATIONS, migrate } from '../../storage/migrations.ts';
import { acquireDataLock } from '../../storage/node/data-lock.ts';
import { openRefdeskDatabase } from '../../storage/node/open-refdesk-database.ts';
import { CliError, type RegisterCommands } from '../cli-context.ts';
import { dataPathOf } from '../node-cli-context.ts';

const INIT_FIRST = 'run `refdesk init` first, or check --data / REFDESK_DATA.';

/**
 * `refdesk migrate`: brings the database's schema up to this Refdesk's, with the server stopped
 * (the server also migrates at start; this does it ahead, and says from which version to which).
 */
export const registerMigrateCommands: RegisterCommands = (program, ctx) => {
  program
    .command('migrate')
    .description('apply pending schema migrations (the server must be stopped)')
    .action(() => {
      const dataPath = dataPathOf(program);
      if (!existsSync(dataPath)) {
        throw new CliError(`There is no database at ${dataPath}: ${INIT_FIRST}`);
      }
      const lock = acquireDataLock(dataPath, 'migrate');
      try {
        const db = openRefdeskDatabase(dataPath, {
          missing: { refuse: INIT_FIRST },
        });
        try {
          const version = () =>
            Number(
              db.get<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')?.v ??
                0,
            );
          const hasLedger = db.get(
            "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
          );
          const from = hasLedger ? version() : 0;
          const newest = MIGRATIONS.at(-1)?.version ?? 0;
          if (from > newest) {
            throw new CliError(
              `${dataPath} is at schema version ${from}, newer than this Refdesk knows (${newest}): upgrade Refdesk.`,
            );
          }
          const { applied } = migrate(db);
          const to = version();
          ctx.print(
            { dataPath, from, to, applied },
            applied.length === 0
              ? `${dataPath} is up to date (schema version ${to}).`
              : `Migrated ${dataPath} from schema version ${from} to ${to} (applied ${applied.join(', ')}).`,
          );
        } finally {
          db.close();
        }
      } finally {
        lock.release();
      }
    });
};
