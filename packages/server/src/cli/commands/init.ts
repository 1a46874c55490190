import {
  CooperativeIdSchema,
  type CooperativeSetupRequest,
  CooperativeSetupRequestSchema,
  LibraryIdSchema,
  type ResponderId,
} from '@refdesk/protocol';
import { slugFrom } from '../../core/provisioning/cooperative-provisioning.ts';
import { describeSetup, planCooperativeSetup } from '../../core/provisioning/cooperative-setup.ts';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import { type CliContext, CliError, type RegisterCommands } from '../cli-context.ts';
import { parseInput, provisionedOrExit } from './cli-input.ts';
import { localTimeZone } from './cooperative.ts';
import { setUpRemotely } from './remote-setup.ts';

interface InitOptions {
  cooperative: string;
  cooperativeId?: string;
  coordinator: string;
  name?: string;
  library?: string;
  timezone: string;
  passwordStdin?: boolean;
  remote?: string;
}

const OPTION_OF = {
  cooperativeName: '--cooperative',
  coordinatorEmail: '--coordinator',
  coordinatorName: '--name',
  libraryName: '--library',
  timezone: '--timezone',
  password: 'the password',
  email: '--coordinator',
  name: '--cooperative',
  id: '--cooperative-id',
};

/**
 * `refdesk init`: a new server's first cooperative, its home library (the coordinator's; a
 * "special" library that patrons do not see until it gets allowed origins) and its first
 * coordinator, all in one transaction. The database is created and migrated when missing. With
 * `--remote <url>` it asks a Cloudflare deployment's admin API instead (REFDESK_ADMIN_TOKEN).
 *
 * @example
 * echo "$PASSWORD" | refdesk init --cooperative "Valley Libraries" --coordinator ops@valley.example --password-stdin
 */
export const registerInitCommands: RegisterCommands = (program, ctx) => {
  program
    .command('init')
    .description('Create the database, a cooperative and its first coordinator')
    .requiredOption('--cooperative <name>', 'the cooperative’s name')
    .option('--cooperative-id <slug>', 'its id (default: from the name; with --remote: the host’s)')
    .requiredOption('--coordinator <email>', 'the first coordinator’s email (their login)')
    .option('--name <display name>', 'the coordinator’s name (default: from the email)')
    .option('--library <name>', 'the coordinator’s home library (default: "<cooperative> office")')
    .option('--timezone <zone>', 'IANA time zone of the cooperative', localTimeZone())
    .option(
      '--password-stdin',
      'read the coordinator’s password (12+ characters) from standard input',
    )
    .option(
      '--remote <url>',
      'set up the cooperative of a Cloudflare deployment at this https URL (REFDESK_ADMIN_TOKEN)',
    )
    .action(async (options: InitOptions) => {
      if (!options.passwordStdin) {
        throw new CliError(
          'Give the first coordinator a password with --password-stdin. Invitation links (a single-use sign-in link instead of a password) come with `refdesk user invite`.',
          2,
        );
      }
      const request = parseInput(
        CooperativeSetupRequestSchema,
        {
          cooperativeName: options.cooperative,
          timezone: options.timezone,
          coordinatorEmail: options.coordinator,
          coordinatorName: options.name ?? options.coordinator.split('@')[0],
          libraryName: options.library,
          password: await ctx.readStdin(),
        },
        OPTION_OF,
      );
      const made = options.remote
        ? await setUpRemotely(options.remote, process.env.REFDESK_ADMIN_TOKEN, request)
        : await setUpLocally(ctx, request, options.cooperativeId);
      ctx.print(
        made,
        [
          `Created cooperative ${made.cooperative.name} (${made.cooperative.id}) with ${made.library.name} (${made.library.id}).`,
          `${made.coordinator.email} can sign in as its coordinator.`,
          'Next: refdesk library add, refdesk group add.',
        ].join('\n'),
      );
    });
};

async function setUpLocally(
  ctx: CliContext,
  request: CooperativeSetupRequest,
  cooperativeId: string | undefined,
) {
  const { stores, ids, passwords } = await ctx.open();
  const libraryName = request.libraryName ?? `${request.cooperativeName} office`;
  const libraryId = parseInput(LibraryIdSchema, slugFrom(libraryName), { '': '--library' });
  const id = parseInput(CooperativeIdSchema, cooperativeId ?? slugFrom(request.cooperativeName), {
    '': cooperativeId === undefined ? '--cooperative (as an id)' : '--cooperative-id',
  });
  const setup = provisionedOrExit(
    planCooperativeSetup(
      { directory: stores.directory, parseOrigin, accounts: stores.accounts },
      {
        cooperativeId: id,
        cooperativeName: request.cooperativeName,
        timezone: request.timezone,
        libraryId,
        libraryName,
        coordinatorId: ids.id('r') as ResponderId,
        coordinatorEmail: request.coordinatorEmail,
        coordinatorName: request.coordinatorName ?? request.coordinatorEmail.split('@')[0] ?? '',
      },
    ),
    OPTION_OF,
  );
  const passwordHash = await passwords.hash(request.password);
  stores.db.transaction(() => {
    stores.directory.insertCooperative(setup.cooperative);
    stores.directory.insertLibrary(setup.library);
    stores.accounts.insertAccount({ responder: setup.coordinator, passwordHash });
  });
  return describeSetup(setup);
}
