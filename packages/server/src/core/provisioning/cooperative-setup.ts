import type {
  CooperativeId,
  CooperativeSetupResponse,
  LibraryId,
  ResponderId,
} from '@refdesk/protocol';
import type { Cooperative, Library, Responder } from '../model.ts';
import type { AccountStore } from '../ports/index.ts';
import { newCooperative } from './cooperative-provisioning.ts';
import { type LibraryProvisioning, newLibrary } from './library-provisioning.ts';
import { type Provisioned, refuse } from './provisioning-result.ts';

/** What a new deployment's first cooperative needs: its name, its home office, its coordinator. */
export interface CooperativeSetupInput {
  cooperativeId: CooperativeId;
  cooperativeName: string;
  timezone: string;
  /** The coordinator's home library, a "special" library patrons do not see until it gets sites. */
  libraryId: LibraryId;
  libraryName: string;
  coordinatorId: ResponderId;
  coordinatorEmail: string;
  coordinatorName: string;
}

/** The three records a setup writes, in one transaction. */
export interface CooperativeSetup {
  cooperative: Cooperative;
  library: Library;
  coordinator: Responder;
}

export interface CooperativeSetupDeps extends LibraryProvisioning {
  accounts: Pick<AccountStore, 'accountByEmail'>;
}

/**
 * A cooperative, its home library and its first coordinator, checked together: what `refdesk init`
 * writes on Node and the admin setup route writes on Cloudflare. Nothing is written here.
 *
 * @example
 * const setup = planCooperativeSetup({ directory, parseOrigin, accounts }, input);
 * if (setup.ok) db.transaction(() => writeCooperativeSetup(stores, setup.value, passwordHash));
 */
export function planCooperativeSetup(
  deps: CooperativeSetupDeps,
  input: CooperativeSetupInput,
): Provisioned<CooperativeSetup> {
  const email = input.coordinatorEmail.trim().toLowerCase();
  if (deps.accounts.accountByEmail(email)) {
    return refuse('conflict', 'email', `An account for ${email} exists already.`);
  }
  const cooperative = newCooperative(deps.directory, {
    id: input.cooperativeId,
    name: input.cooperativeName,
    timezone: input.timezone,
  });
  if (!cooperative.ok) return cooperative;
  const library = newLibrary(deps, cooperative.value, {
    id: input.libraryId,
    name: input.libraryName,
    kind: 'special',
    timezone: cooperative.value.timezone,
    staffsCooperative: true,
  });
  if (!library.ok) return library;
  const coordinator: Responder = {
    id: input.coordinatorId,
    libraryId: library.value.id,
    email,
    displayName: input.coordinatorName,
    roles: ['coordinator'],
    maxChats: 3,
  };
  return {
    ok: true,
    value: { cooperative: cooperative.value, library: library.value, coordinator },
  };
}

/** What a setup made, as the admin API answers and `refdesk init --json` prints it. */
export function describeSetup(setup: CooperativeSetup): CooperativeSetupResponse {
  const { cooperative, library, coordinator } = setup;
  return {
    cooperative: { id: cooperative.id, name: cooperative.name, timezone: cooperative.timezone },
    library: { id: library.id, name: library.name },
    coordinator: { id: coordinator.id, email: coordinator.email },
  };
}
