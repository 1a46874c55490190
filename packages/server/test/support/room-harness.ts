import type {
  ChatId,
  ClientMessageId,
  CooperativeId,
  GroupId,
  LibraryId,
  PatronServerFrame,
  ResponderId,
  ResponderServerFrame,
  Role,
} from '@refdesk/protocol';
import type { Library, LibrarySettings, Responder } from '../../src/core/model.ts';
import {
  type CooperativeRoom,
  createCooperativeRoom,
} from '../../src/core/room/cooperative-room.ts';
import type { PatronSession } from '../../src/core/room/live-state.ts';
import type { RoomConfig, RoomDeps } from '../../src/core/room/room-context.ts';
import {
  createFakeClock,
  createSequentialIds,
  type FakeClock,
} from '../../src/core/testing/fake-clock.ts';
import { createRoomDeps } from '../../src/runtime/create-room-deps.ts';
import { openNodeSqlite } from '../../src/storage/node/sqlite.ts';
import { createStores, type Stores } from '../../src/storage/open-storage.ts';

export const COOP = 'test-coop' as CooperativeId;

export const SETTINGS: LibrarySettings = {
  nameField: 'optional',
  emailField: 'optional',
  privacyNote: 'Kept 90 days.',
  colour: '#1d4ed8',
  localTimerSeconds: 30,
  groupTimerSeconds: 30,
  coverage: [],
  allowedOrigins: ['*'],
  shareEarlierChats: true,
};

/** A recording socket: every frame the room sent, newest last. */
export interface RecordingPeer<F extends { type: string }> {
  frames: F[];
  closed: { code: number; reason: string } | undefined;
  send(frame: F): void;
  close(code: number, reason: string): void;
  /** Frames of one type. */
  of<T extends F['type']>(type: T): Extract<F, { type: T }>[];
  last<T extends F['type']>(type: T): Extract<F, { type: T }> | undefined;
  clear(): void;
}

export function recordingPeer<F extends { type: string }>(): RecordingPeer<F> {
  const peer: RecordingPeer<F> = {
    frames: [],
    closed: undefined,
    send: (frame) => peer.frames.push(frame),
    close: (code, reason) => {
      peer.closed = { code, reason };
    },
    of: (type) => peer.frames.filter((frame) => frame.type === type) as never,
    last: (type) => peer.of(type).at(-1),
    clear: () => {
      peer.frames.length = 0;
    },
  };
  return peer;
}

export type PatronPeerRecord = RecordingPeer<PatronServerFrame>;
export type ResponderPeerRecord = RecordingPeer<ResponderServerFrame>;

export interface RoomHarness {
  clock: FakeClock;
  stores: Stores;
  room: CooperativeRoom;
  library(
    id: string,
    options?: Partial<Omit<Library, 'settings'>> & { settings?: Partial<LibrarySettings> },
  ): Library;
  responder(
    id: string,
    libraryId: string,
    options?: { roles?: Role[]; maxChats?: number },
  ): Responder;
  /** Connects a responder's console and sets their status. */
  online(responder: Responder, status?: 'local' | 'cooperative'): ResponderPeerRecord;
  /** A patron who says hello and asks a question. */
  patron(
    libraryId: string,
    question?: string,
  ): { peer: PatronPeerRecord; session: PatronSession; chatId: ChatId };
  /** Rebuilds a new room over the same storage, as after a restart. */
  restart(): CooperativeRoom;
  /** Stops the room and replaces it with a new, unstarted one over the same storage (the test starts or resumes it). */
  replace(): CooperativeRoom;
}

let messageCounter = 0;
export const clientId = (): ClientMessageId => `cm${++messageCounter}` as ClientMessageId;

export interface RoomHarnessOptions {
  /** The clock each room is built with, over the test's fake clock (say, a Durable Object's alarm clock). */
  roomClock?(clock: FakeClock): RoomDeps['clock'];
  /** Where the room reports its counters (default: nowhere). */
  metrics?: RoomDeps['metrics'];
  /** Follow-up reminders, digests and acknowledgements (default: log-only). */
  mailer?: RoomDeps['mailer'];
  /** Libraries' closures for the follow-up promise (default: none). */
  closures?: RoomDeps['closures'];
  /** When the fake clock starts (default: createFakeClock's). */
  start?: number;
}

export function createRoomHarness(
  config: Partial<RoomConfig> = {},
  options: RoomHarnessOptions = {},
): RoomHarness {
  const clock = createFakeClock(options.start);
  const ids = createSequentialIds();
  const stores = createStores(openNodeSqlite(':memory:'));
  stores.directory.insertCooperative({
    id: COOP,
    name: 'Test Cooperative',
    policyFreshnessDays: 180,
    disclosureTemplate:
      'A librarian from {responderLibrary} is helping you on behalf of {patronLibrary}.',
    disclosures: {},
    timezone: 'America/Chicago',
    localTimerSeconds: 30,
    groupTimerSeconds: 30,
  });
  const build = () => {
    const cooperative = stores.directory.cooperative(COOP);
    if (!cooperative) throw new Error('cooperative missing');
    const notifier = { canEmail: true, transcriptRequested: () => undefined };
    return createCooperativeRoom(
      createRoomDeps(cooperative, {
        stores,
        notifier,
        clock: options.roomClock?.(clock) ?? clock,
        ids,
        config,
        ...(options.metrics ? { metrics: options.metrics } : {}),
        ...(options.mailer ? { mailer: options.mailer } : {}),
        ...(options.closures ? { closures: options.closures } : {}),
      }),
    );
  };
  const harness: RoomHarness = {
    clock,
    stores,
    room: build(),
    library(id, options = {}) {
      const { settings, ...rest } = options;
      const library: Library = {
        id: id as LibraryId,
        cooperativeId: COOP,
        groupId: null,
        name: `${id[0]?.toUpperCase()}${id.slice(1)} Library`,
        kind: 'public',
        timezone: 'America/Chicago',
        staffsCooperative: true,
        disabled: false,
        ...rest,
        settings: { ...SETTINGS, ...settings },
      };
      stores.directory.insertLibrary(library);
      return library;
    },
    responder(id, libraryId, options = {}) {
      const responder: Responder = {
        id: id as ResponderId,
        libraryId: libraryId as LibraryId,
        email: `${id}@example.org`,
        displayName: id[0]?.toUpperCase() + id.slice(1),
        roles: options.roles ?? ['librarian'],
        maxChats: options.maxChats ?? 3,
      };
      stores.accounts.insertAccount({ responder, passwordHash: 'x' });
      return responder;
    },
    online(responder, status = 'cooperative') {
      const peer = recordingPeer<ResponderServerFrame>();
      harness.room.responderOpened(peer, responder);
      harness.room.responderFrame(peer, responder, { type: 'set_status', status });
      return peer;
    },
    patron(libraryId, question = 'Can I renew a book online?') {
      const peer = recordingPeer<PatronServerFrame>();
      const library = stores.directory.library(libraryId as LibraryId);
      if (!library) throw new Error(`no library ${libraryId}`);
      const session = harness.room.patronHello(
        peer,
        { type: 'hello', protocolVersion: 1, libraryId: library.id },
        library,
      );
      harness.room.patronFrame(session, { type: 'ask', clientMessageId: clientId(), question });
      if (!session.chatId) throw new Error('no chat was opened');
      return { peer, session, chatId: session.chatId };
    },
    restart() {
      harness.replace().start();
      return harness.room;
    },
    replace() {
      harness.room.stop();
      harness.room = build();
      return harness.room;
    },
  };
  return harness;
}

export const groupId = (id: string) => id as GroupId;
