import type { ChatId, EarlierChatsResponse, Transcript } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import type { ChatRecord, Library, Responder } from '../../core/model.ts';
import { canReadTranscript } from '../../core/permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { requireResponder } from '../session-auth.ts';
import { transcriptView } from '../transcript-view.ts';

const EARLIER_LIMIT = 20;

/**
 * Stored chats, mounted at `/api/chats`: `GET /:id` (the transcript with internal notes and the
 * patron's context) and `GET /:id/earlier` (the same patron's earlier chats at that library, when
 * it shares them). Readers: the responder who answered, staff of the patron's library,
 * coordinators and quality reviewers (core/permissions.ts canReadTranscript).
 */
export function chatRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/:id', (c) => {
    const { chat } = readableChat(deps, c);
    c.header('Cache-Control', 'private, no-store');
    const body: Transcript = transcriptView(deps, chat);
    return c.json(body);
  });

  app.get('/:id/earlier', (c) => {
    const { me, home, chat } = readableChat(deps, c);
    const library = deps.stores.directory.library(chat.libraryId);
    c.header('Cache-Control', 'private, no-store');
    const shared = library?.settings.shareEarlierChats === true;
    const body: EarlierChatsResponse = { shared, chats: [] };
    if (!shared || !chat.patronEmail) return c.json(body);
    body.chats = deps.stores.transcripts
      .earlierChats(chat.libraryId, chat.patronEmail, chat, EARLIER_LIMIT)
      // Sharing lets readers of this chat find the others; each one still needs its own right.
      .filter((earlier) => canReadTranscript(me, home, earlier))
      .map((earlier) => ({
        chatId: earlier.id,
        startedAt: earlier.createdAt,
        question: earlier.question,
        outcome: earlier.outcome,
        responderName: earlier.responderId
          ? (deps.stores.directory.responder(earlier.responderId)?.displayName ?? null)
          : null,
      }));
    return c.json(body);
  });

  return app;
}

/** The chat of the route's `:id` when the signed-in responder may read it: else 401/404/403. */
export function readableChat(
  deps: AppDeps,
  c: Context<AppEnv>,
): { me: Responder; home: Library; chat: ChatRecord } {
  const { me, home } = requireResponder(deps, c);
  const chat = deps.stores.transcripts.chat((c.req.param('id') ?? '') as ChatId);
  if (!chat || chat.cooperativeId !== home.cooperativeId) {
    throw new HttpError('not_found', 'No such chat.');
  }
  if (!canReadTranscript(me, home, chat)) {
    throw new HttpError(
      'forbidden',
      'Only the library’s staff and the chat’s responder can read it.',
    );
  }
  return { me, home, chat };
}
