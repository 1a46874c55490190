import {
  type ChatQualityResponse,
  FeedbackMessageRequestSchema,
  QualityCaseActionSchema,
  type QualityCasesResponse,
  QualityForwardRequestSchema,
  ReviewSchema,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import type { ChatRecord, Responder } from '../../core/model.ts';
import {
  afterFeedback,
  applyCaseAction,
  type CaseRefusal,
  createForward,
  type QualityCaseRecord,
  saveReview,
} from '../../core/quality/quality-case.ts';
import { canSeeReview, isQualityReviewer } from '../../core/quality/quality-permissions.ts';
import { answerViews } from '../../core/quality/survey-answers.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { qualityCaseView } from '../quality-view.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';
import { readableChat } from './chat-routes.ts';
import { sendFeedbackEmail } from './quality-email.ts';

/**
 * A chat's quality side, mounted at `/api/chats`: `GET /:id/quality` (the survey answer and the
 * cases, reviews only for those who may see them) and `POST /:id/quality` (forward it to the
 * quality team: anyone who may read the transcript).
 */
export function chatQualityRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/:id/quality', (c) => {
    const { me, chat } = readableChat(deps, c);
    const survey = deps.stores.feedback.survey(chat.id);
    const body: ChatQualityResponse = {
      survey: survey
        ? {
            rating: survey.rating,
            comment: survey.comment,
            at: survey.at,
            answers: answerViews(
              deps.stores.surveys.librarySurvey(chat.libraryId),
              deps.stores.surveys.answers(chat.id),
            ),
          }
        : null,
      cases: deps.stores.quality
        .casesOfChat(chat.id)
        .map((record) => qualityCaseView(deps, me, record, chat)),
    };
    c.header('Cache-Control', 'private, no-store');
    return c.json(body);
  });

  app.post('/:id/quality', async (c) => {
    const { me, chat } = readableChat(deps, c);
    const { label, comment } = await readBody(c, QualityForwardRequestSchema);
    const record = createForward({
      id: deps.ids.id('qc'),
      cooperativeId: chat.cooperativeId,
      chatId: chat.id,
      label,
      comment,
      by: me.id,
      now: deps.clock.now(),
    });
    deps.stores.quality.insertCase(record);
    return c.json(qualityCaseView(deps, me, record, chat), 201);
  });

  return app;
}

/**
 * The quality program, mounted at `/api/quality`: the reviewers' inbox (`GET /cases`), one case
 * (`GET /cases/:id`, read marks for the viewer), its review (`PUT /cases/:id/review`), its
 * feedback thread (`POST /cases/:id/messages`: the reviewer's feedback emails the responder, who
 * replies), inbox actions (`POST /cases/:id/actions`), and "feedback on my chats"
 * (`GET /feedback`) with unread counts.
 */
export function qualityRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/cases', (c) => {
    const { me, home } = requireResponder(deps, c);
    requireReviewer(me);
    const cases = deps.stores.quality
      .casesOfCooperative(home.cooperativeId)
      .flatMap((record) => withChat(deps, record))
      .map(({ record, chat }) => qualityCaseView(deps, me, record, chat));
    return casesResponse(c, cases);
  });

  app.get('/feedback', (c) => {
    const { me } = requireResponder(deps, c);
    const cases = deps.stores.quality
      .reviewedCasesOfResponder(me.id)
      .flatMap((record) => withChat(deps, record))
      .map(({ record, chat }) => qualityCaseView(deps, me, record, chat));
    return casesResponse(c, cases);
  });

  app.get('/cases/:id', (c) => {
    const { me, record, chat } = visibleCase(deps, c);
    const view = qualityCaseView(deps, me, record, chat);
    deps.stores.quality.markRead(record.id, me.id, deps.clock.now());
    c.header('Cache-Control', 'private, no-store');
    return c.json(view);
  });

  app.put('/cases/:id/review', async (c) => {
    const { me, record, chat } = visibleCase(deps, c);
    requireReviewer(me);
    const review = await readBody(c, ReviewSchema);
    const next = accepted(saveReview(record, review, me.id, deps.clock.now()));
    deps.stores.quality.updateCase(next);
    return c.json(qualityCaseView(deps, me, next, chat));
  });

  app.post('/cases/:id/messages', async (c) => {
    const { me, record, chat } = visibleCase(deps, c);
    const reviewer = isQualityReviewer(me);
    if (!reviewer && chat.responderId !== me.id) {
      throw new HttpError(
        'forbidden',
        'Only the quality team and the chat’s responder write here.',
      );
    }
    const { text } = await readBody(c, FeedbackMessageRequestSchema);
    const next = accepted(afterFeedback(record, reviewer));
    const now = deps.clock.now();
    deps.stores.quality.insertMessage({ caseId: record.id, authorId: me.id, text, at: now });
    deps.stores.quality.markRead(record.id, me.id, now);
    if (next !== record) deps.stores.quality.updateCase(next);
    const to = reviewer ? chat.responderId : next.reviewedBy;
    const recipient = to ? deps.stores.directory.responder(to) : undefined;
    if (recipient && recipient.id !== me.id) {
      await sendFeedbackEmail(deps, c, { from: me, to: recipient, record: next, chat, text });
    }
    return c.json(qualityCaseView(deps, me, next, chat), 201);
  });

  app.post('/cases/:id/actions', async (c) => {
    const { me, record, chat } = visibleCase(deps, c);
    requireReviewer(me);
    const action = await readBody(c, QualityCaseActionSchema);
    if (action.action === 'assign' && action.reviewerId !== null) {
      const reviewer = deps.stores.directory.responder(action.reviewerId);
      const library = reviewer && deps.stores.directory.library(reviewer.libraryId);
      if (
        !reviewer ||
        library?.cooperativeId !== chat.cooperativeId ||
        !isQualityReviewer(reviewer)
      ) {
        throw new HttpError('not_found', 'No such reviewer in this cooperative.');
      }
    }
    const next = accepted(applyCaseAction(record, action));
    deps.stores.quality.updateCase(next);
    return c.json(qualityCaseView(deps, me, next, chat));
  });

  return app;
}

function requireReviewer(me: Responder): void {
  if (!isQualityReviewer(me)) {
    throw new HttpError('forbidden', 'Only quality reviewers and coordinators review chats.');
  }
}

function accepted(result: QualityCaseRecord | CaseRefusal): QualityCaseRecord {
  if ('refused' in result) throw new HttpError('invalid_state', result.refused);
  return result;
}

function withChat(deps: AppDeps, record: QualityCaseRecord) {
  const chat = deps.stores.transcripts.chat(record.chatId);
  return chat ? [{ record, chat }] : [];
}

function casesResponse(c: Context<AppEnv>, cases: QualityCasesResponse['cases']) {
  const body: QualityCasesResponse = {
    cases,
    unread: cases.reduce((sum, one) => sum + one.unread, 0),
  };
  c.header('Cache-Control', 'private, no-store');
  return c.json(body);
}

/** The case of `:id` when the signed-in responder may see its review: else 401/404/403. */
function visibleCase(
  deps: AppDeps,
  c: Context<AppEnv>,
): { me: Responder; record: QualityCaseRecord; chat: ChatRecord } {
  const { me, home } = requireResponder(deps, c);
  const record = deps.stores.quality.qualityCase(c.req.param('id') ?? '');
  const chat = record && deps.stores.transcripts.chat(record.chatId);
  if (!record || !chat || chat.cooperativeId !== home.cooperativeId) {
    throw new HttpError('not_found', 'No such case.');
  }
  const answeredBy = chat.responderId
    ? deps.stores.directory.responder(chat.responderId)
    : undefined;
  if (!canSeeReview(me, chat, answeredBy)) {
    throw new HttpError(
      'forbidden',
      'Only the quality team, the chat’s responder and their library’s admins see this case.',
    );
  }
  return { me, record, chat };
}
