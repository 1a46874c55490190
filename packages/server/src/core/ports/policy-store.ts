import type { LibraryId, StaffOnlyAudience } from '@refdesk/protocol';
import type { Millis } from '../model.ts';

export interface PolicyPageRecord {
  libraryId: LibraryId;
  version: number;
  /** The structured template (PolicySections of the protocol). */
  sections: Record<string, string>;
  staffOnly: string;
  /** Who reads `staffOnly`; pages saved before the choice existed are `home_library`. */
  staffOnlyAudience: StaffOnlyAudience;
  owners: string[];
  updatedAt: Millis;
  updatedBy: string;
}

export interface PolicyStore {
  /** The newest version. */
  policyPage(libraryId: LibraryId): PolicyPageRecord | undefined;
  /** Inserts a new version; returns false when `page.version - 1` is no longer the newest. */
  savePolicyPage(page: PolicyPageRecord): boolean;
}
