import {
  AcceptInvitationSchema,
  type InvitationPreview,
  PasswordResetRequestSchema,
  PasswordResetSchema,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import { libraryOf, startPasswordReset } from '../../core/accounts/account-actions.ts';
import { passwordResetEmail } from '../../core/accounts/account-emails.ts';
import { accountLink } from '../../core/accounts/account-tokens.ts';
import {
  acceptInvitation,
  DEAD_LINK,
  openInvitation,
  resetPassword,
} from '../../core/accounts/token-actions.ts';
import { hashToken } from '../../core/hash-token.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { createAttemptLimiter } from '../attempt-limiter.ts';
import { HttpError } from '../http-error.ts';
import { libraryRef } from '../people-view.ts';
import { publicOrigin } from '../public-origin.ts';
import { readBody } from '../read-body.ts';

const MINUTE = 60_000;

/**
 * The public account links, mounted at `/api`: an invitation (`GET /invitations/:token`,
 * `POST /invitations/:token/accept`), "forgot password" (`POST /password-resets`, always 202)
 * and a reset link (`POST /password-resets/:token`). Rate-limited per address; an unknown,
 * expired, used or revoked token always gets the same 404.
 */
export function accountLinkRoutes(deps: AppDeps) {
  const links = createAttemptLimiter(deps.clock, 20, 15 * MINUTE);
  const forgotByAddress = createAttemptLimiter(deps.clock, 5, 60 * MINUTE);
  const forgotByEmail = createAttemptLimiter(deps.clock, 3, 60 * MINUTE);
  const app = new Hono<AppEnv>();
  const limit = (c: Context<AppEnv>) => {
    const address = deps.clientAddress(c);
    if (!links.allowed(address))
      throw new HttpError(
        'rate_limited',
        'Too many attempts from your address. Try again in 15 minutes.',
      );
    links.fail(address);
  };
  const token = (c: Context<AppEnv>) => hashToken(c.req.param('token') ?? '');

  app.get('/invitations/:token', (c) => {
    limit(c);
    const invitation = openInvitation(deps, token(c));
    if (!invitation) throw new HttpError('not_found', DEAD_LINK);
    const body: InvitationPreview = {
      email: invitation.email,
      library: libraryRef(deps.stores.directory, invitation.libraryId),
      roles: invitation.roles,
      expiresAt: invitation.expiresAt,
    };
    return c.json(body);
  });

  app.post('/invitations/:token/accept', async (c) => {
    limit(c);
    const input = await readBody(c, AcceptInvitationSchema);
    if (!openInvitation(deps, token(c))) throw new HttpError('not_found', DEAD_LINK);
    const passwordHash = await deps.passwords.hash(input.password);
    const result = acceptInvitation(deps, token(c), {
      displayName: input.displayName,
      passwordHash,
    });
    if (!result.ok && result.reason === 'email_taken')
      throw new HttpError('conflict', 'This email already has an account: sign in instead.');
    if (!result.ok) throw new HttpError('not_found', DEAD_LINK);
    return c.json({ email: result.responder.email }, 201);
  });

  app.post('/password-resets', async (c) => {
    const address = deps.clientAddress(c);
    if (!forgotByAddress.allowed(address))
      throw new HttpError(
        'rate_limited',
        'Too many requests from your address. Try again in an hour.',
      );
    forgotByAddress.fail(address);
    const { email } = await readBody(c, PasswordResetRequestSchema);
    const account = deps.stores.accounts.accountByEmail(email);
    // The same answer, at once, whether or not the email has an account: the email goes out after.
    if (
      account &&
      account.disabledAt === undefined &&
      forgotByEmail.allowed(account.responder.email)
    ) {
      forgotByEmail.fail(account.responder.email);
      const library = libraryOf(deps, account.responder.libraryId);
      const reset = startPasswordReset(deps, null, account.responder, library);
      const link = accountLink(publicOrigin(c), 'reset-password', reset);
      deps.mailer
        .send(passwordResetEmail({ to: account.responder.email, library, link }))
        .catch((error: unknown) =>
          deps.logger.error('password reset email not sent', { error: String(error) }),
        );
    }
    return c.json({ accepted: true }, 202);
  });

  app.post('/password-resets/:token', async (c) => {
    limit(c);
    const { password } = await readBody(c, PasswordResetSchema);
    const reset = deps.stores.passwordResets.resetByTokenHash(token(c));
    if (!reset || reset.usedAt !== null || reset.expiresAt <= deps.clock.now())
      throw new HttpError('not_found', DEAD_LINK);
    const passwordHash = await deps.passwords.hash(password);
    const result = resetPassword(deps, token(c), passwordHash);
    if (!result.ok) throw new HttpError('not_found', DEAD_LINK);
    deps.closeResponderSockets(result.responder.id);
    return c.json({ email: result.responder.email });
  });

  return app;
}
