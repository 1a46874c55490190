import type {
  CooperativeId,
  GroupId,
  LibraryId,
  ResponderId,
  ScriptScope,
} from '@refdesk/protocol';
import type { Responder } from '../model.ts';

export interface ScriptRecord {
  id: string;
  cooperativeId: CooperativeId;
  scope: ScriptScope;
  libraryId: LibraryId | null;
  /** Set for group scripts only. */
  groupId: GroupId | null;
  responderId: ResponderId | null;
  title: string;
  text: string;
}

export interface ScriptStore {
  /** Personal scripts of the responder, library scripts of every library of the cooperative, cooperative scripts. */
  scriptsVisibleTo(responder: Responder, cooperativeId: CooperativeId): ScriptRecord[];
  script(id: string): ScriptRecord | undefined;
  saveScript(script: ScriptRecord): void;
  deleteScript(id: string): void;
}
