import type { FollowUp } from '@refdesk/protocol';
import type { FollowUpRecord } from '../core/model.ts';
import type { AppDeps } from './app-deps.ts';

/** A follow-up with its notes and names, as the console shows it. */
export function followUpView(deps: AppDeps, record: FollowUpRecord): FollowUp {
  const directory = deps.stores.directory;
  const claimedBy = record.claimedBy ? directory.responder(record.claimedBy) : undefined;
  return {
    id: record.id,
    library: {
      id: record.libraryId,
      name: directory.library(record.libraryId)?.name ?? record.libraryId,
    },
    source: record.source,
    chatId: record.chatId,
    question: record.question,
    patronName: record.patronName,
    contactEmail: record.contactEmail,
    deadline: record.deadline,
    status: record.status,
    claimedBy: claimedBy ? { id: claimedBy.id, displayName: claimedBy.displayName } : null,
    notes: deps.stores.followUps
      .notes(record.id)
      .map((note) => ({ author: note.authorName, text: note.text, at: note.at })),
    createdAt: record.createdAt,
  };
}
