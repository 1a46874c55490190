import type { GroupId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** One version of a group's policy page: what its libraries share (one card, shared loans...). */
export interface GroupPolicyPageRecord {
  groupId: GroupId;
  version: number;
  text: string;
  /** For responders of the cooperative only. */
  staffOnly: string;
  updatedAt: Millis;
  updatedBy: string;
}

export interface GroupPolicyStore {
  /** The newest version. */
  groupPolicyPage(groupId: GroupId): GroupPolicyPageRecord | undefined;
  /** Inserts a new version; returns false when `page.version - 1` is no longer the newest. */
  saveGroupPolicyPage(page: GroupPolicyPageRecord): boolean;
}
