import { type LibraryId, type Role, RolesSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { Library } from '../../core/model.ts';
import type { StoredAccount } from '../../core/ports/index.ts';
import { CliError, type CliWorld } from '../cli-context.ts';

// What the `user` commands share: parsing options into CliErrors, and finding libraries and accounts.

export function parse<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success)
    throw new CliError(`${what} ${result.issues[0]?.message ?? 'is not valid'}.`, 2);
  return result.output;
}

export function parseRoles(text: string): Role[] {
  const roles = text
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const result = v.safeParse(RolesSchema, roles);
  if (!result.success)
    throw new CliError(
      `--roles must list roles among librarian, library_admin, coordinator, quality_reviewer (got "${text}").`,
      2,
    );
  return result.output;
}

export function publicUrl(option: string | undefined): string {
  const value = option ?? process.env.REFDESK_PUBLIC_URL;
  if (!value)
    throw new CliError('Give the public address with --public-url or REFDESK_PUBLIC_URL.', 2);
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new CliError(`--public-url must be an http(s) address, not "${value}".`, 2);
  return url.origin;
}

export function libraryNamed(world: CliWorld, id: string): Library {
  const library = world.stores.directory.library(id as LibraryId);
  if (!library) throw new CliError(`No library "${id}".`);
  return library;
}

export function allLibraries(world: CliWorld): Library[] {
  const rows = world.stores.db.all<{ id: string }>('SELECT id FROM cooperatives ORDER BY id');
  return rows.flatMap((row) =>
    world.stores.directory.librariesOf(row.id as Library['cooperativeId']),
  );
}

export function accountNamed(
  world: CliWorld,
  email: string,
): { account: StoredAccount; library: Library } {
  const account = world.stores.accounts.accountByEmail(email.trim());
  if (!account) throw new CliError(`No account for ${email}.`);
  return { account, library: libraryNamed(world, account.responder.libraryId) };
}

export function personJson(
  world: CliWorld,
  account: Pick<StoredAccount, 'responder' | 'disabledAt'>,
) {
  const { responder } = account;
  return {
    id: responder.id,
    email: responder.email,
    displayName: responder.displayName,
    library: responder.libraryId,
    libraryName: world.stores.directory.library(responder.libraryId)?.name ?? responder.libraryId,
    roles: responder.roles,
    disabled: account.disabledAt !== undefined,
  };
}
