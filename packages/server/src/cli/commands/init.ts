import {
  DisplayNameSchema,
  EmailSchema,
  LibraryIdSchema,
  type ResponderId,
} from '@refdesk/protocol';
import * as v from 'valibot';
import { slugFrom } from '../../core/provisioning/cooperative-provisioning.ts';
import { newLibrary } from '../../core/provisioning/library-provisioning.ts';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import { CliError, type RegisterCommands } from '../cli-context.ts';
import { parseInput, provisionedOrExit } from './cli-input.ts';
import { addCooperative, localTimeZone } from './cooperative.ts';

/** The shortest password `init` accepts for the first coordinator. */
export const MIN_PASSWORD_LENGTH = 12;

interface InitOptions {
  cooperative: string;
  cooperativeId?: string;
  coordinator: string;
  name?: string;
  library?: string;
  timezone: string;
  passwordStdin?: boolean;
}

const InitSchema = v.object({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  libraryId: LibraryIdSchema,
});

/**
 * `refdesk init`: a new server's first cooperative, its home library (the coordinator's; a
 * "special" library that patrons do not see until it gets allowed origins) and its first
 * coordinator, all in one transaction. The database is created and migrated when missing.
 *
 * @example
 * echo "$PASSWORD" | refdesk init --cooperative "Valley Libraries" --coordinator ops@valley.example --password-stdin
 */
export const registerInitCommands: RegisterCommands = (program, ctx) => {
  program
    .command('init')
    .description('Create the database, a cooperative and its first coordinator')
    .requiredOption('--cooperative <name>', 'the cooperative’s name')
    .option('--cooperative-id <slug>', 'its id (default: from the name)')
    .requiredOption('--coordinator <email>', 'the first coordinator’s email (their login)')
    .option('--name <display name>', 'the coordinator’s name (default: from the email)')
    .option('--library <name>', 'the coordinator’s home library (default: "<cooperative> office")')
    .option('--timezone <zone>', 'IANA time zone of the cooperative', localTimeZone())
    .option(
      '--password-stdin',
      `read the coordinator’s password (${MIN_PASSWORD_LENGTH}+ characters) from standard input`,
    )
    .action(async (options: InitOptions) => {
      if (!options.passwordStdin) {
        throw new CliError(
          'Give the first coordinator a password with --password-stdin. Invitation links (a single-use sign-in link instead of a password) come with `refdesk user invite`.',
          2,
        );
      }
      const libraryName = options.library ?? `${options.cooperative.trim()} office`;
      const input = parseInput(
        InitSchema,
        {
          email: options.coordinator,
          displayName: options.name ?? options.coordinator.split('@')[0],
          libraryId: slugFrom(libraryName),
        },
        { email: '--coordinator', displayName: '--name', libraryId: '--library' },
      );
      const password = await ctx.readStdin();
      if (password.length < MIN_PASSWORD_LENGTH) {
        throw new CliError(
          `The password must have at least ${MIN_PASSWORD_LENGTH} characters (it has ${password.length}).`,
          2,
        );
      }
      const email = input.email.toLowerCase();
      const { stores, ids, passwords } = await ctx.open();
      if (stores.accounts.accountByEmail(email)) {
        throw new CliError(`An account for ${email} exists already.`);
      }
      const cooperative = addCooperative(stores.directory, {
        name: options.cooperative,
        timezone: options.timezone,
        ...(options.cooperativeId !== undefined ? { id: options.cooperativeId } : {}),
      });
      const library = provisionedOrExit(
        newLibrary({ directory: stores.directory, parseOrigin }, cooperative, {
          id: input.libraryId,
          name: libraryName,
          kind: 'special',
          timezone: cooperative.timezone,
          staffsCooperative: true,
        }),
        { id: '--library' },
      );
      const responder = {
        id: ids.id('r') as ResponderId,
        libraryId: library.id,
        email,
        displayName: input.displayName,
        roles: ['coordinator' as const],
        maxChats: 3,
      };
      const passwordHash = await passwords.hash(password);
      stores.db.transaction(() => {
        stores.directory.insertCooperative(cooperative);
        stores.directory.insertLibrary(library);
        stores.accounts.insertAccount({ responder, passwordHash });
      });
      ctx.print(
        {
          cooperative: {
            id: cooperative.id,
            name: cooperative.name,
            timezone: cooperative.timezone,
          },
          library: { id: library.id, name: library.name },
          coordinator: { id: responder.id, email: responder.email },
        },
        [
          `Created cooperative ${cooperative.name} (${cooperative.id}) with ${library.name} (${library.id}).`,
          `${responder.email} can sign in as its coordinator.`,
          'Next: refdesk library add, refdesk group add.',
        ].join('\n'),
      );
    });
};
