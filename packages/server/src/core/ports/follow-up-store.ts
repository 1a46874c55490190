import type { FollowUpId, LibraryId } from '@refdesk/protocol';
import type { FollowUpNote, FollowUpRecord } from '../model.ts';

/** Follow-ups as the HTTP layer reads and changes them. */
export interface FollowUpStore {
  followUp(id: FollowUpId): FollowUpRecord | undefined;
  followUpsOf(libraryId: LibraryId): FollowUpRecord[];
  updateFollowUp(followUp: FollowUpRecord): void;
  insertFollowUp(followUp: FollowUpRecord): void;
  notes(id: FollowUpId): FollowUpNote[];
  addNote(note: FollowUpNote): void;
}
