import type { Transcript } from '@refdesk/protocol';
import type { ChatRecord } from '../core/model.ts';
import { messageView } from '../core/room/frames.ts';
import type { AppDeps } from './app-deps.ts';

/**
 * A stored chat as a reader of transcripts sees it: every message including internal notes, the
 * patron's context, who answered and how it ended.
 *
 * @example
 * return c.json(transcriptView(deps, chat));
 */
export function transcriptView(deps: AppDeps, chat: ChatRecord): Transcript {
  const directory = deps.stores.directory;
  const libraryRef = (id: ChatRecord['libraryId']) => ({
    id,
    name: directory.library(id)?.name ?? id,
  });
  const responder = chat.responderId ? directory.responder(chat.responderId) : undefined;
  return {
    chatId: chat.id,
    homeLibrary: libraryRef(chat.libraryId),
    state: chat.state,
    tier: chat.tier,
    practice: chat.practice,
    question: chat.question,
    patron: {
      ...(chat.patronName ? { name: chat.patronName } : {}),
      ...(chat.patronEmail ? { email: chat.patronEmail } : {}),
      ...(chat.pageUrl ? { pageUrl: chat.pageUrl } : {}),
    },
    responder: responder
      ? {
          id: responder.id,
          displayName: responder.displayName,
          library: libraryRef(responder.libraryId),
        }
      : null,
    startedAt: chat.createdAt,
    endedAt: chat.endedAt,
    endReason: chat.endReason,
    outcome: chat.outcome,
    messages: deps.stores.transcripts.messages(chat.id, true).map(messageView),
  };
}
