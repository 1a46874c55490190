import type { AuditAction, CooperativeId, LibraryId, ResponderId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** One account change, kept for the people who answer for accounts: who did what to whom, when. */
export interface AuditRecord {
  id: string;
  at: Millis;
  cooperativeId: CooperativeId;
  /** The library of the account changed. */
  libraryId: LibraryId;
  /** Null when done from the command line or through an emailed link. */
  actorId: ResponderId | null;
  actorName: string;
  action: AuditAction;
  subjectId: ResponderId | null;
  subjectEmail: string;
  /** A short description, e.g. the roles before and after. */
  detail: string;
}

export interface AuditQuery {
  cooperativeId: CooperativeId;
  /** Only this library's entries. */
  libraryId?: LibraryId;
  /** Entries strictly older than this. */
  before?: Millis;
  limit: number;
}

export interface AuditStore {
  appendAudit(record: AuditRecord): void;
  /** Newest first. */
  auditEntries(query: AuditQuery): AuditRecord[];
}
