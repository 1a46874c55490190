import { EmailSchema, NewPasswordSchema, type ResponderId } from '@refdesk/protocol';
import {
  type AccountWorld,
  audit,
  changeRoles,
  invite,
  setDisabled,
  startPasswordReset,
} from '../../core/accounts/account-actions.ts';
import { invitationEmail, passwordResetEmail } from '../../core/accounts/account-emails.ts';
import { accountLink } from '../../core/accounts/account-tokens.ts';
import {
  type CoordinatorChange,
  lastCoordinatorRefusal,
} from '../../core/accounts/last-coordinator.ts';
import type { Library, Responder } from '../../core/model.ts';
import { CliError, type RegisterCommands } from '../cli-context.ts';
import { requireSmtp, SEND_OPTION, sendAccountEmail } from './account-email-option.ts';
import {
  accountNamed,
  allLibraries,
  libraryNamed,
  parse,
  parseRoles,
  personJson,
  publicUrl,
} from './user-options.ts';

const CLI = null; // the command line acts as nobody in particular: the audit log says "command line"

/**
 * `refdesk user add|invite|list|disable|enable|reset-password|roles`: accounts from the command
 * line, for the first administrators and for operators. Every change lands in the audit log.
 *
 * @example
 * echo 'a long passphrase' | refdesk user add --library springfield --email ana@example.org \
 *   --name 'Ana Alvarez' --roles librarian,library_admin --password-stdin
 */
export const registerUserCommands: RegisterCommands = (program, ctx) => {
  const user = program.command('user').description('People and their accounts');

  user
    .command('add')
    .description('Open an account with a password read from standard input')
    .requiredOption('--library <id>', 'the library the person works for')
    .requiredOption('--email <email>', 'their sign-in email')
    .requiredOption('--name <name>', 'their name as patrons and colleagues see it')
    .requiredOption(
      '--roles <roles>',
      'comma-separated: librarian, library_admin, coordinator, quality_reviewer',
    )
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (options: {
        library: string;
        email: string;
        name: string;
        roles: string;
        passwordStdin?: boolean;
      }) => {
        const email = parse(EmailSchema, options.email, '--email');
        const roles = parseRoles(options.roles);
        const name = options.name.trim();
        if (!name || name.length > 80) throw new CliError('--name must be 1 to 80 characters.', 2);
        if (!options.passwordStdin)
          throw new CliError('Give the password on standard input with --password-stdin.', 2);
        const password = parse(NewPasswordSchema, await ctx.readStdin(), 'The password');
        const world = await ctx.open();
        const library = libraryNamed(world, options.library);
        if (world.stores.accounts.accountByEmail(email))
          throw new CliError(`${email} already has an account.`);
        const responder = {
          id: world.ids.id('r') as ResponderId,
          libraryId: library.id,
          email: email.toLowerCase(),
          displayName: name,
          roles,
          maxChats: 3,
        };
        world.stores.accounts.insertAccount({
          responder,
          passwordHash: await world.passwords.hash(password),
        });
        audit(world, CLI, 'account_added', library, responder, roles.join(', '));
        ctx.print(
          personJson(world, { responder }),
          `Added ${responder.email} to ${library.name} as ${roles.join(', ')}.`,
        );
      },
    );

  user
    .command('invite')
    .description('Invite someone: prints a single-use link, valid 7 days')
    .requiredOption('--library <id>', 'the library they will work for')
    .requiredOption('--email <email>', 'their email')
    .requiredOption('--roles <roles>', 'comma-separated roles')
    .option(
      '--public-url <url>',
      'the address people open Refdesk at (default: REFDESK_PUBLIC_URL)',
    )
    .option(...SEND_OPTION)
    .action(
      async (options: {
        library: string;
        email: string;
        roles: string;
        publicUrl?: string;
        send?: boolean;
      }) => {
        const email = parse(EmailSchema, options.email, '--email');
        const roles = parseRoles(options.roles);
        const origin = publicUrl(options.publicUrl);
        if (options.send) requireSmtp();
        const world = await ctx.open();
        const library = libraryNamed(world, options.library);
        const result = invite(world, CLI, library, { email, roles });
        if (!result.ok) throw new CliError(result.message);
        const link = accountLink(origin, 'invitation', result.token);
        const expires = new Date(result.invitation.expiresAt).toISOString();
        const to = result.invitation.email;
        if (options.send) {
          await sendAccountEmail(
            invitationEmail({ to, library, inviter: 'The cooperative', roles, link }),
            link,
          );
        }
        ctx.print(
          { email: to, library: library.id, roles, link, expiresAt: expires, sent: !!options.send },
          options.send
            ? `Emailed ${to} an invitation (works once, until ${expires}):\n${link}`
            : `Send this link to ${to} (works once, until ${expires}):\n${link}`,
        );
      },
    );

  user
    .command('list')
    .description('List people and their roles')
    .option('--library <id>', 'one library only')
    .action(async (options: { library?: string }) => {
      const world = await ctx.open();
      const libraries = options.library
        ? [libraryNamed(world, options.library)]
        : allLibraries(world);
      const people = libraries.flatMap((library) => world.stores.accounts.accountsOf(library.id));
      const rows = people.map((account) => personJson(world, account));
      const text = rows.length
        ? rows
            .map(
              (p) =>
                `${p.email}\t${p.library}\t${p.roles.join(',')}\t${p.disabled ? 'disabled' : 'active'}\t${p.displayName}`,
            )
            .join('\n')
        : 'No accounts.';
      ctx.print({ people: rows }, text);
    });

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(`${name} <email>`)
      .description(
        disabled ? 'Disable an account and end its sessions' : 'Enable a disabled account',
      )
      .action(async (emailArgument: string) => {
        const world = await ctx.open();
        const { account, library } = accountNamed(world, emailArgument);
        refuseLastCoordinator(world, account.responder, library, { disabled });
        const changed = setDisabled(world, CLI, account.responder, library, disabled);
        const state = disabled ? 'disabled' : 'enabled';
        const text = changed
          ? `${account.responder.email} is now ${state}.`
          : `${account.responder.email} was already ${state}.`;
        ctx.print({ email: account.responder.email, disabled, changed }, text);
      });
  }

  user
    .command('reset-password <email>')
    .description('Print a single-use password reset link, valid one hour')
    .option(
      '--public-url <url>',
      'the address people open Refdesk at (default: REFDESK_PUBLIC_URL)',
    )
    .option(...SEND_OPTION)
    .action(async (emailArgument: string, options: { publicUrl?: string; send?: boolean }) => {
      const origin = publicUrl(options.publicUrl);
      if (options.send) requireSmtp();
      const world = await ctx.open();
      const { account, library } = accountNamed(world, emailArgument);
      if (account.disabledAt !== undefined)
        throw new CliError(`${account.responder.email} is disabled: enable it first.`);
      const link = accountLink(
        origin,
        'reset-password',
        startPasswordReset(world, CLI, account.responder, library),
      );
      const to = account.responder.email;
      if (options.send) await sendAccountEmail(passwordResetEmail({ to, library, link }), link);
      ctx.print(
        { email: to, link, sent: !!options.send },
        options.send
          ? `Emailed ${to} a password reset link (works once, for one hour):\n${link}`
          : `Send this link to ${to} (works once, for one hour):\n${link}`,
      );
    });

  user
    .command('roles <email>')
    .description('Show or set (--set) the roles of an account')
    .option('--set <roles>', 'comma-separated roles replacing the current ones')
    .action(async (emailArgument: string, options: { set?: string }) => {
      const roles = options.set === undefined ? undefined : parseRoles(options.set);
      const world = await ctx.open();
      const { account, library } = accountNamed(world, emailArgument);
      refuseLastCoordinator(world, account.responder, library, { roles });
      if (roles) changeRoles(world, CLI, account.responder, library, roles);
      const now = roles ?? account.responder.roles;
      ctx.print(
        { email: account.responder.email, roles: now },
        `${account.responder.email}: ${now.join(', ')}`,
      );
    });
};

/** Exit code 1 when the change would leave the cooperative without an active coordinator. */
function refuseLastCoordinator(
  world: AccountWorld,
  person: Responder,
  library: Library,
  change: CoordinatorChange,
): void {
  const refusal = lastCoordinatorRefusal(world.stores, person, library, change);
  if (refusal) throw new CliError(refusal);
}
