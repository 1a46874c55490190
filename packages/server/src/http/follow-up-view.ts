import type { FollowUp, FollowUpDueView, ReferralEmailView } from '@refdesk/protocol';
import type { FollowUpRecord } from '../core/model.ts';
import type { AppDeps } from './app-deps.ts';
import { memberReferralView, patronConsentView } from './member-referral-view.ts';

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
    due: dueView(deps, record),
    referralEmail: referralView(deps, record),
    memberReferral: memberReferralView(deps, record.id, record.question),
    patronConsent: patronConsentView(deps, record),
  };
}

/** The follow-up's promise: overdue once the room marked it, or its time passed while open. */
function dueView(deps: AppDeps, record: FollowUpRecord): FollowUpDueView | null {
  const deadline = deps.stores.followUpDuties.deadline(record.id);
  if (!deadline) return null;
  const late = deadline.overdueAt !== null || deps.clock.now() >= deadline.dueAt;
  return {
    dueAt: deadline.dueAt,
    remindAt: deadline.remindAt,
    remindedAt: deadline.remindedAt,
    overdue: record.status !== 'closed' && late,
  };
}

function referralView(deps: AppDeps, record: FollowUpRecord): ReferralEmailView | null {
  const referral = deps.stores.followUpDuties.referralEmail(record.id);
  if (!referral) return null;
  const { to, status, patronConsent, at, error } = referral;
  return { to, status, patronConsent, at, error };
}
