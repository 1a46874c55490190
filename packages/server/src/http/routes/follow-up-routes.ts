import { FollowUpActionSchema, type FollowUpId } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import {
  applyFollowUpAction,
  type FollowUpStep,
} from '../../core/follow-ups/apply-follow-up-action.ts';
import { followUpReplyEmail, patronQuestion } from '../../core/follow-ups/follow-up-reply.ts';
import type { FollowUpRecord, Library, Responder } from '../../core/model.ts';
import { canWorkFollowUps } from '../../core/permissions.ts';
import type { OutgoingEmail } from '../../core/ports/index.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { followUpView } from '../follow-up-view.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * One follow-up, mounted at `/api/follow-ups`: `GET /:id` and `POST /:id/actions` (claim, note,
 * reply by email, close), for staff of the follow-up's library and coordinators. Both answer
 * with the follow-up as it now is.
 */
export function followUpRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/:id', (c) => {
    const { followUp } = workableFollowUp(deps, c);
    return c.json(followUpView(deps, followUp));
  });

  app.post('/:id/actions', async (c) => {
    const { me, followUp, library } = workableFollowUp(deps, c);
    const action = await readBody(c, FollowUpActionSchema);
    const email =
      action.action === 'reply'
        ? followUpReplyEmail({
            followUp,
            library,
            responder: me,
            reply: action,
            question: patronQuestion(deps.stores.transcripts, followUp),
          })
        : undefined;
    const step: FollowUpStep = email ? { action: 'reply', subject: email.subject } : action;
    const result = applyFollowUpAction(followUp, step, me, deps.clock.now());
    if (!result.ok) throw new HttpError(result.code, result.message);
    if (email) await sendReply(deps, followUp, email);
    if (result.changed) deps.stores.followUps.updateFollowUp(result.record);
    for (const note of result.notes) deps.stores.followUps.addNote(note);
    const updated = deps.stores.followUps.followUp(followUp.id) ?? followUp;
    return c.json(followUpView(deps, updated));
  });

  return app;
}

/** The follow-up of the route's `:id` when the signed-in responder may work it: else 401/404/403. */
function workableFollowUp(
  deps: AppDeps,
  c: Context<AppEnv>,
): { me: Responder; followUp: FollowUpRecord; library: Library } {
  const { me, home } = requireResponder(deps, c);
  const followUp = deps.stores.followUps.followUp((c.req.param('id') ?? '') as FollowUpId);
  const library = followUp && deps.stores.directory.library(followUp.libraryId);
  if (!followUp || !library || library.cooperativeId !== home.cooperativeId) {
    throw new HttpError('not_found', 'No such follow-up.');
  }
  if (!canWorkFollowUps(me, home, library)) {
    throw new HttpError('forbidden', `Only ${library.name} staff can work its follow-ups.`);
  }
  return { me, followUp, library };
}

/** Sends a reply; when it cannot be sent, nothing is recorded and the responder may try again. */
async function sendReply(
  deps: AppDeps,
  followUp: FollowUpRecord,
  email: OutgoingEmail,
): Promise<void> {
  try {
    await deps.mailer.send(email);
  } catch (error) {
    deps.logger.error('follow-up reply not sent', { followUp: followUp.id, error: String(error) });
    throw new HttpError(
      'internal',
      'The email could not be sent, and nothing was recorded. Try again.',
    );
  }
}
