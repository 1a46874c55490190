import {
  InvitationRequestSchema,
  type InvitationResponse,
  type PeopleResponse,
  PersonUpdateSchema,
  type ResponderId,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import {
  audit,
  changeRoles,
  invite,
  setDisabled,
  startPasswordReset,
} from '../../core/accounts/account-actions.ts';
import { invitationEmail, passwordResetEmail } from '../../core/accounts/account-emails.ts';
import {
  checkAccountChange,
  checkGrant,
  managesAccounts,
  managesLibrary,
} from '../../core/accounts/account-permissions.ts';
import { accountLink } from '../../core/accounts/account-tokens.ts';
import { lastCoordinatorRefusal } from '../../core/accounts/last-coordinator.ts';
import type { Library, Responder } from '../../core/model.ts';
import type { OutgoingEmail, StoredAccount } from '../../core/ports/index.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { invitationView, personView } from '../people-view.ts';
import { publicOrigin } from '../public-origin.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * People and their accounts, mounted at `/api/people`: the list, invitations, role changes,
 * disabling, and reset emails. Library admins manage their library, coordinators the cooperative;
 * nobody grants a role above their own.
 */
export function peopleRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const actor = (me: Responder) => ({ id: me.id, displayName: me.displayName });

  app.get('/', (c) => {
    const { me, home } = requireManager(deps, c);
    const libraries = deps.stores.directory
      .librariesOf(home.cooperativeId)
      .filter((library) => managesLibrary(me, home, library));
    const body: PeopleResponse = {
      people: libraries.flatMap((library) =>
        deps.stores.accounts
          .accountsOf(library.id)
          .map((a) => personView(deps.stores.directory, a)),
      ),
      invitations: libraries.flatMap((library) =>
        deps.stores.invitations
          .pendingInvitationsOf(library.id)
          .filter((invitation) => invitation.expiresAt > deps.clock.now())
          .map((invitation) => invitationView(deps.stores.directory, invitation)),
      ),
    };
    return c.json(body);
  });

  app.post('/invitations', async (c) => {
    const { me, home } = requireManager(deps, c);
    const request = await readBody(c, InvitationRequestSchema);
    const library = deps.stores.directory.library(request.libraryId ?? me.libraryId);
    if (!library || library.cooperativeId !== home.cooperativeId)
      throw new HttpError('unknown_library', 'No such library in your cooperative.');
    if (!managesLibrary(me, home, library))
      throw new HttpError('forbidden', 'You invite people to your own library only.');
    const grant = checkGrant(me, request.roles);
    if (!grant.ok) throw new HttpError(grant.code, grant.message);
    // Inviting the same email again replaces the earlier link.
    for (const earlier of deps.stores.invitations.pendingInvitationsOf(library.id)) {
      if (earlier.email === request.email.toLowerCase())
        deps.stores.invitations.closeInvitation(earlier.id, 'revoked', deps.clock.now());
    }
    const result = invite(deps, actor(me), library, { email: request.email, roles: request.roles });
    if (!result.ok) throw new HttpError('conflict', result.message);
    const link = accountLink(publicOrigin(c), 'invitation', result.token);
    const email = invitationEmail({
      to: result.invitation.email,
      library,
      inviter: me.displayName,
      roles: request.roles,
      link,
    });
    const body: InvitationResponse = {
      invitation: invitationView(deps.stores.directory, result.invitation),
      link,
      emailed: await trySend(deps, email, 'invitation'),
    };
    return c.json(body, 201);
  });

  app.delete('/invitations/:id', (c) => {
    const { me, home } = requireManager(deps, c);
    const invitation = deps.stores.invitations.invitation(c.req.param('id'));
    const library = invitation && deps.stores.directory.library(invitation.libraryId);
    if (!invitation || !library || library.cooperativeId !== home.cooperativeId)
      throw new HttpError('not_found', 'No such invitation.');
    if (!managesLibrary(me, home, library))
      throw new HttpError('forbidden', 'You manage your own library’s invitations only.');
    if (deps.stores.invitations.closeInvitation(invitation.id, 'revoked', deps.clock.now())) {
      audit(deps, actor(me), 'invitation_revoked', library, { id: null, email: invitation.email });
    }
    return c.body(null, 204);
  });

  app.patch('/:id', async (c) => {
    const { me, home, account, library } = managedPerson(deps, c);
    const update = await readBody(c, PersonUpdateSchema);
    const check = checkAccountChange(me, home, account.responder, library, update.roles);
    if (!check.ok) throw new HttpError(check.code, check.message);
    const last = lastCoordinatorRefusal(deps.stores, account.responder, library, update);
    if (last) throw new HttpError('invalid_state', last);
    if (update.roles) changeRoles(deps, actor(me), account.responder, library, update.roles);
    if (update.disabled !== undefined) {
      const changed = setDisabled(deps, actor(me), account.responder, library, update.disabled);
      if (changed && update.disabled) deps.closeResponderSockets(account.responder.id);
    }
    const updated = deps.stores.accounts.account(account.responder.id) ?? account;
    return c.json(personView(deps.stores.directory, updated));
  });

  app.post('/:id/reset-password', async (c) => {
    const { me, home, account, library } = managedPerson(deps, c);
    const check = checkAccountChange(me, home, account.responder, library);
    if (!check.ok) throw new HttpError(check.code, check.message);
    if (account.disabledAt !== undefined)
      throw new HttpError('invalid_state', 'Enable this account before resetting its password.');
    const token = startPasswordReset(deps, actor(me), account.responder, library);
    const link = accountLink(publicOrigin(c), 'reset-password', token);
    const email = passwordResetEmail({ to: account.responder.email, library, link });
    return c.json({ emailed: await trySend(deps, email, 'password reset') }, 202);
  });

  return app;
}

/** The signed-in responder when they manage accounts; else 401/403. */
function requireManager(deps: AppDeps, c: Context<AppEnv>) {
  const signedIn = requireResponder(deps, c);
  if (!managesAccounts(signedIn.me))
    throw new HttpError('forbidden', 'Only library admins and coordinators manage people.');
  return signedIn;
}

/** The account of the route's `:id` in the manager's cooperative; else 404. */
function managedPerson(
  deps: AppDeps,
  c: Context<AppEnv>,
): { me: Responder; home: Library; account: StoredAccount; library: Library } {
  const { me, home } = requireManager(deps, c);
  const account = deps.stores.accounts.account(c.req.param('id') as ResponderId);
  const library = account && deps.stores.directory.library(account.responder.libraryId);
  if (!account || !library || library.cooperativeId !== home.cooperativeId)
    throw new HttpError('not_found', 'No such person.');
  return { me, home, account, library };
}

async function trySend(deps: AppDeps, email: OutgoingEmail, what: string): Promise<boolean> {
  try {
    await deps.mailer.send(email);
    return true;
  } catch (error) {
    deps.logger.error(`${what} email not sent`, { error: String(error) });
    return false;
  }
}
