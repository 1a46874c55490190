import {
  ChatIdSchema,
  ClientMessageIdSchema,
  CooperativeIdSchema,
  FollowUpIdSchema,
  GroupIdSchema,
  LibraryIdSchema,
  MessageIdSchema,
  ResponderIdSchema,
} from '@refdesk/protocol';
import * as v from 'valibot';
import type {
  ChatRecord,
  Cooperative,
  FollowUpRecord,
  Library,
  MessageRecord,
  Responder,
} from '../../core/model.ts';
import { createStores, type Stores } from '../open-storage.ts';
import type { SqlDatabase } from '../sql.ts';

export const ids = {
  cooperative: (id: string) => v.parse(CooperativeIdSchema, id),
  library: (id: string) => v.parse(LibraryIdSchema, id),
  group: (id: string) => v.parse(GroupIdSchema, id),
  responder: (id: string) => v.parse(ResponderIdSchema, id),
  chat: (id: string) => v.parse(ChatIdSchema, id),
  message: (id: string) => v.parse(MessageIdSchema, id),
  clientMessage: (id: string) => v.parse(ClientMessageIdSchema, id),
  followUp: (id: string) => v.parse(FollowUpIdSchema, id),
};

export const COOP = ids.cooperative('coop-a');
export const OTHER_COOP = ids.cooperative('coop-b');
export const LIB = ids.library('lib-a');
export const OTHER_LIB = ids.library('lib-b');
export const RESPONDER = ids.responder('r_alice');

export function cooperative(overrides: Partial<Cooperative> = {}): Cooperative {
  return {
    id: COOP,
    name: 'Coop A',
    policyFreshnessDays: 90,
    disclosureTemplate: '{responderLibrary} for {patronLibrary}',
    disclosures: { fr: '{responderLibrary} pour {patronLibrary}' },
    timezone: 'Europe/Berlin',
    localTimerSeconds: 30,
    groupTimerSeconds: 60,
    ...overrides,
  };
}

export function library(overrides: Partial<Library> = {}): Library {
  return {
    id: LIB,
    cooperativeId: COOP,
    groupId: null,
    name: 'Library A',
    kind: 'academic',
    timezone: 'Europe/Berlin',
    staffsCooperative: false,
    disabled: false,
    settings: {
      nameField: 'required',
      emailField: 'off',
      privacyNote: 'Kept 30 days.',
      colour: '#123456',
      localTimerSeconds: 45,
      groupTimerSeconds: 20,
      coverage: [{ day: 1, startMinute: 540, endMinute: 1020 }],
      allowedOrigins: ['https://lib-a.example'],
      shareEarlierChats: false,
    },
    ...overrides,
  };
}

export function responder(overrides: Partial<Responder> = {}): Responder {
  return {
    id: RESPONDER,
    libraryId: LIB,
    email: 'alice@lib-a.example',
    displayName: 'Alice',
    roles: ['librarian', 'library_admin'],
    maxChats: 2,
    ...overrides,
  };
}

export function chat(overrides: Partial<ChatRecord> = {}): ChatRecord {
  return {
    id: ids.chat('c_1'),
    cooperativeId: COOP,
    libraryId: LIB,
    state: 'queued',
    tier: 'local',
    practice: false,
    question: 'Where can I find census records?',
    patronName: null,
    patronEmail: null,
    pageUrl: null,
    resumeTokenHash: 'hash-c_1',
    createdAt: 1_000,
    waitingSince: 1_000,
    responderId: null,
    assignedAt: null,
    endedAt: null,
    endReason: null,
    outcome: null,
    lastSeq: 0,
    patronSeenAt: 1_000,
    ...overrides,
  };
}

export function message(overrides: Partial<MessageRecord> = {}): MessageRecord {
  return {
    chatId: ids.chat('c_1'),
    seq: 1,
    id: ids.message('m_1'),
    authorRole: 'patron',
    authorId: null,
    displayName: 'Patron',
    text: 'Hello?',
    internal: false,
    clientMessageId: ids.clientMessage('cm_1'),
    sentAt: 2_000,
    ...overrides,
  };
}

export function followUp(overrides: Partial<FollowUpRecord> = {}): FollowUpRecord {
  return {
    id: ids.followUp('f_1'),
    libraryId: LIB,
    source: 'offline_question',
    chatId: null,
    question: 'Do you have the 1911 city directory?',
    patronName: null,
    contactEmail: 'patron@example.org',
    deadline: null,
    status: 'open',
    claimedBy: null,
    createdBy: null,
    createdAt: 3_000,
    ...overrides,
  };
}

/**
 * Opens a database, migrates it and inserts two cooperatives with one library each and one
 * responder (Alice, at lib-a), which the foreign keys of the directory tables need.
 *
 * @example
 * const stores = openWithDirectory(open);
 */
export function openWithDirectory(open: () => SqlDatabase): Stores {
  const stores = createStores(open());
  stores.directory.insertCooperative(cooperative());
  stores.directory.insertCooperative(cooperative({ id: OTHER_COOP, name: 'Coop B' }));
  stores.directory.insertLibrary(library());
  stores.directory.insertLibrary(
    library({ id: OTHER_LIB, cooperativeId: OTHER_COOP, name: 'Library B' }),
  );
  stores.accounts.insertAccount({ responder: responder(), passwordHash: 'hash-alice' });
  return stores;
}
