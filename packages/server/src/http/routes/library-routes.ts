import { type LibrarySummary, OfflineQuestionRequestSchema } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import { retryText } from '../../core/budgets/abuse-budgets.ts';
import { newFollowUp } from '../../core/follow-ups/new-follow-up.ts';
import { isOriginAllowed } from '../../core/libraries/origin-policy.ts';
import type { Library } from '../../core/model.ts';
import { canWorkFollowUps } from '../../core/permissions.ts';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { followUpView } from '../follow-up-view.ts';
import { HttpError } from '../http-error.ts';
import { publicOrigin } from '../public-origin.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

/** Member libraries, their public widget info, follow-up queues, offline questions. */
export function libraryRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const library = (c: Context<AppEnv>): Library => findLibrary(deps, c);

  app.get('/', (c) => {
    const { home } = requireResponder(deps, c);
    const libraries: LibrarySummary[] = deps.stores.directory
      .librariesOf(home.cooperativeId)
      .map((entry) => ({
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        groupId: entry.groupId,
        timezone: entry.timezone,
        staffsCooperative: entry.staffsCooperative,
        disabled: entry.disabled,
      }));
    return c.json({ libraries });
  });

  app.get('/:id/widget', (c) => {
    const found = enabled(library(c));
    allowWidgetOrigin(c, found);
    const room = deps.rooms.roomFor(found.cooperativeId);
    if (!room) throw new HttpError('unknown_library', 'That library has no cooperative.');
    return c.json(room.widgetInfo(found));
  });

  app.get('/:id/follow-ups', (c) => {
    const { me, home } = requireResponder(deps, c);
    const found = library(c);
    if (!canWorkFollowUps(me, home, found)) {
      throw new HttpError('forbidden', `Only ${found.name} staff can see its follow-ups.`);
    }
    const followUps = deps.stores.followUps
      .followUpsOf(found.id)
      .map((entry) => followUpView(deps, entry));
    return c.json({ followUps });
  });

  app.options('/:id/offline-questions', (c) => {
    allowWidgetOrigin(c, library(c));
    c.header('Access-Control-Allow-Methods', 'POST');
    c.header('Access-Control-Allow-Headers', 'Content-Type');
    return c.body(null, 204);
  });

  app.post('/:id/offline-questions', async (c) => {
    const found = enabled(library(c));
    allowWidgetOrigin(c, found);
    const question = await readBody(c, OfflineQuestionRequestSchema);
    const room = deps.rooms.roomFor(found.cooperativeId);
    if (!room) throw new HttpError('unknown_library', 'That library has no cooperative.');
    const refusal = room.spendAnonymousWrite({
      libraryId: found.id,
      clientAddress: deps.clientAddress(c),
    });
    if (refusal) {
      throw new HttpError(
        'rate_limited',
        `Too many questions from this network or for ${found.name} just now. Try again ${retryText(refusal.retryAfterMs)}.`,
        { reason: 'offline_question_budget', budget: refusal.budget, library: found.id },
        Math.ceil(refusal.retryAfterMs / 1000),
      );
    }
    const followUp = newFollowUp(deps, {
      libraryId: found.id,
      source: 'offline_question',
      chatId: null,
      question: question.question,
      patronName: question.name ?? null,
      contactEmail: question.email,
      deadline: question.deadline ?? null,
      createdBy: null,
    });
    deps.stores.followUps.insertFollowUp(followUp);
    room.followUpsChanged();
    return c.json({ followUpId: followUp.id }, 201);
  });

  return app;
}

/** A disabled library's widget and offline form answer 404, as if it did not exist. */
function enabled(library: Library): Library {
  if (library.disabled) {
    throw new HttpError('unknown_library', 'This library\u2019s chat is switched off.');
  }
  return library;
}

/** The widget calls these from library sites: answer CORS for the library's allowed origins only. */
export function allowWidgetOrigin(c: Context<AppEnv>, library: Library): void {
  const origin = c.req.header('origin');
  if (!origin || origin === publicOrigin(c)) return;
  if (!isOriginAllowed(library, origin, parseOrigin)) {
    throw new HttpError('origin_not_allowed', 'This site may not use that library\u2019s widget.', {
      reason: 'widget_origin',
      origin,
      libraryId: library.id,
    });
  }
  c.header('Access-Control-Allow-Origin', origin);
  // A refused question says when to retry; the widget's page may read that.
  c.header('Access-Control-Expose-Headers', 'Retry-After');
  c.header('Vary', 'Origin');
}
