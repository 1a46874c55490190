import type { ArchivedChat, QualityCase } from '@refdesk/protocol';
import type { ChatRecord, Responder } from '../core/model.ts';
import type { QualityCaseRecord } from '../core/quality/quality-case.ts';
import { canSeeReview, isQualityReviewer } from '../core/quality/quality-permissions.ts';
import type { AppDeps } from './app-deps.ts';

/**
 * A stored chat as the archive lists it.
 *
 * @example
 * const rows = deps.stores.archive.search(filter).map((found) => archivedChatView(deps, found.chat, found));
 */
export function archivedChatView(
  deps: AppDeps,
  chat: ChatRecord,
  extra: { rating: number | null; forwarded: boolean },
): ArchivedChat {
  const directory = deps.stores.directory;
  const libraryRef = (id: ChatRecord['libraryId']) => ({
    id,
    name: directory.library(id)?.name ?? id,
  });
  const responder = chat.responderId ? directory.responder(chat.responderId) : undefined;
  return {
    chatId: chat.id,
    startedAt: chat.createdAt,
    homeLibrary: libraryRef(chat.libraryId),
    responder: responder
      ? {
          id: responder.id,
          displayName: responder.displayName,
          library: libraryRef(responder.libraryId),
        }
      : null,
    question: chat.question,
    tier: chat.tier,
    outcome: chat.outcome,
    practice: chat.practice,
    rating: extra.rating,
    forwarded: extra.forwarded,
  };
}

/**
 * A quality case as `me` may see it: the review and its thread only for the quality team, the
 * responder who answered and their library's admins (core/quality canSeeReview).
 *
 * @example
 * return c.json(qualityCaseView(deps, me, record, chat));
 */
export function qualityCaseView(
  deps: AppDeps,
  me: Responder,
  record: QualityCaseRecord,
  chat: ChatRecord,
): QualityCase {
  const directory = deps.stores.directory;
  const person = (id: Responder['id'] | null) => {
    if (id === null) return null;
    return { id, displayName: directory.responder(id)?.displayName ?? 'Former staff' };
  };
  const answeredBy = chat.responderId ? directory.responder(chat.responderId) : undefined;
  const seesReview = canSeeReview(me, chat, answeredBy);
  const messages = seesReview ? deps.stores.quality.messages(record.id) : [];
  const readAt = deps.stores.quality.readAt(record.id, me.id);
  const unreadMessages = messages.filter((m) => m.authorId !== me.id && m.at > readAt).length;
  const rating = deps.stores.feedback.survey(chat.id)?.rating ?? null;
  return {
    id: record.id,
    chat: archivedChatView(deps, chat, { rating, forwarded: true }),
    source: record.source,
    label: record.label,
    comment: record.comment,
    sampleReason: record.sample?.reason ?? null,
    createdBy: person(record.createdBy),
    createdAt: record.createdAt,
    state: record.state,
    assignee: isQualityReviewer(me) ? person(record.assigneeId) : null,
    dueAt: isQualityReviewer(me) ? record.dueAt : null,
    review: seesReview ? record.review : null,
    reviewedBy: seesReview ? person(record.reviewedBy) : null,
    messages: messages.map((m) => ({
      author: person(m.authorId) ?? { id: m.authorId, displayName: 'Former staff' },
      text: m.text,
      at: m.at,
    })),
    unread: unreadMessages,
  };
}
