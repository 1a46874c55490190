import type { Role } from '@refdesk/protocol';
import type { Library, Responder } from '../model.ts';
import type { AccountStore, Directory } from '../ports/index.ts';

/** A change to someone's account that may take away a coordinator. */
export interface CoordinatorChange {
  roles?: readonly Role[] | undefined;
  disabled?: boolean | undefined;
}

/**
 * Why a change must be refused because it would leave the cooperative with no active
 * coordinator (nobody could then manage it from the console), or undefined when it may go ahead.
 * Both the HTTP API and the `refdesk` CLI ask before disabling or demoting anyone.
 *
 * @example
 * const refusal = lastCoordinatorRefusal(stores, dev, devLibrary, { disabled: true });
 * if (refusal) throw new HttpError('invalid_state', refusal);
 */
export function lastCoordinatorRefusal(
  stores: { accounts: AccountStore; directory: Directory },
  person: Responder,
  library: Library,
  change: CoordinatorChange,
): string | undefined {
  const account = stores.accounts.account(person.id);
  const activeCoordinator =
    account !== undefined &&
    account.disabledAt === undefined &&
    account.responder.roles.includes('coordinator');
  const removes =
    change.disabled === true ||
    (change.roles !== undefined && !change.roles.includes('coordinator'));
  if (!activeCoordinator || !removes) return undefined;
  const others = stores.directory
    .librariesOf(library.cooperativeId)
    .flatMap((member) => stores.accounts.accountsOf(member.id))
    .filter(
      (other) =>
        other.responder.id !== person.id &&
        other.disabledAt === undefined &&
        other.responder.roles.includes('coordinator'),
    );
  if (others.length > 0) return undefined;
  return `${person.email} is the last active coordinator of this cooperative: make someone else a coordinator first.`;
}
