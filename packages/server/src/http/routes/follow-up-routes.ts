import {
  assertNever,
  type FollowUpAction,
  FollowUpActionSchema,
  type FollowUpId,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import type { FollowUpRecord, Library, Responder } from '../../core/model.ts';
import { canWorkFollowUps } from '../../core/permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { followUpView } from '../follow-up-view.ts';
import { HttpError } from '../http-error.ts';
import { headerText } from '../mailer.ts';
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
    if (followUp.status === 'closed' && action.action !== 'note') {
      throw new HttpError('invalid_state', 'This follow-up is closed.');
    }
    const note = (text: string) =>
      deps.stores.followUps.addNote({
        followUpId: followUp.id,
        authorId: me.id,
        authorName: me.displayName,
        text,
        at: deps.clock.now(),
      });
    const claimed = { ...followUp, status: 'claimed', claimedBy: me.id } as const;
    switch (action.action) {
      case 'claim':
        if (followUp.claimedBy && followUp.claimedBy !== me.id) {
          throw new HttpError('already_taken', 'Someone else has claimed this follow-up.');
        }
        deps.stores.followUps.updateFollowUp(claimed);
        break;
      case 'note':
        note(action.text);
        break;
      case 'reply': {
        const subject = await sendReply(deps, me, library, followUp, action);
        // Replying to an unclaimed follow-up takes it: the patron now expects this responder.
        if (followUp.status === 'open') deps.stores.followUps.updateFollowUp(claimed);
        note(`Replied by email: ${subject}`);
        break;
      }
      case 'close':
        deps.stores.followUps.updateFollowUp({ ...followUp, status: 'closed' });
        if (action.comment) note(`Closed: ${action.comment}`);
        break;
      default:
        assertNever(action);
    }
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

/** Emails the patron from the library (its name in From and Reply-To); returns the subject. */
async function sendReply(
  deps: AppDeps,
  me: Responder,
  library: Library,
  followUp: FollowUpRecord,
  reply: Extract<FollowUpAction, { action: 'reply' }>,
): Promise<string> {
  const subject = headerText(reply.subject) || `Your question to ${library.name}`;
  const text = [
    reply.text,
    '',
    `${me.displayName}`,
    library.name,
    '',
    '---',
    'You asked:',
    ...patronQuestion(deps, followUp)
      .split('\n')
      .map((line) => `> ${line}`),
  ].join('\n');
  try {
    await deps.mailer.send({
      to: followUp.contactEmail,
      subject,
      text,
      replyTo: me.email,
      fromName: headerText(library.name),
    });
  } catch (error) {
    deps.logger.error('follow-up reply not sent', { followUp: followUp.id, error: String(error) });
    throw new HttpError(
      'internal',
      'The email could not be sent, and nothing was recorded. Try again.',
    );
  }
  return subject;
}

/** What the patron asked, in their words: a chat's follow-up question also carries staff notes. */
function patronQuestion(deps: AppDeps, followUp: FollowUpRecord): string {
  const chat = followUp.chatId ? deps.stores.transcripts.chat(followUp.chatId) : undefined;
  return chat?.question ?? (followUp.source === 'offline_question' ? followUp.question : '');
}
