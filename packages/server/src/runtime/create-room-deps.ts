import type { CooperativeId } from '@refdesk/protocol';
import type { AbuseLimits } from '../core/budgets/abuse-budgets.ts';
import { hashToken } from '../core/hash-token.ts';
import { silentLogger } from '../core/logging/json-logger.ts';
import { toLogger } from '../core/logging/to-logger.ts';
import type { Cooperative } from '../core/model.ts';
import type {
  Clock,
  IdGenerator,
  LoggerInput,
  Mailer,
  Metrics,
  Notifier,
} from '../core/ports/index.ts';
import { noMetrics } from '../core/ports/metrics.ts';
import { type CooperativeRoom, createCooperativeRoom } from '../core/room/cooperative-room.ts';
import { DEFAULT_ROOM_CONFIG, type RoomConfig, type RoomDeps } from '../core/room/room-context.ts';
import { closedIntervals } from '../core/schedules/closures.ts';
import type { Stores } from '../storage/open-storage.ts';

/** A room without a mail transport: it records notifications and sends nothing. */
const LOG_ONLY_MAILER: Mailer = { logOnly: true, send: async () => undefined };

/** Some of {@link DEFAULT_ROOM_CONFIG}, and some of its budgets. */
export type RoomConfigOverrides = Partial<Omit<RoomConfig, 'budgets'>> & {
  budgets?: Partial<AbuseLimits>;
};

/** What a composition root (a runtime, a test harness) chooses for every room it opens. */
export interface RoomWiring {
  /** The room reads the directory and writes chats and feedback through these. */
  stores: Pick<
    Stores,
    | 'directory'
    | 'room'
    | 'feedback'
    | 'schedules'
    | 'followUps'
    | 'followUpDuties'
    | 'staffNotifications'
  > &
    Partial<
      Pick<
        Stores,
        'privacy' | 'blocks' | 'samples' | 'surveys' | 'quality' | 'followUpReferrals' | 'audit'
      >
    >;
  /** Follow-up reminders, digests and acknowledgements. Default: log-only (a room test). */
  mailer?: Mailer;
  /** A library's closures (holidays) for its follow-up promise. Default: none. */
  closures?: RoomDeps['closures'];
  /** Transcript emails (a runtime), or nothing (a room test). */
  notifier: Notifier;
  clock: Clock;
  ids: IdGenerator;
  /** Where the room logs refused budgets. Default: nowhere (a room test). */
  logger?: LoggerInput;
  /** Default: SHA-256 hex ({@link hashToken}). */
  hashToken?: (token: string) => string;
  /** Overrides of {@link DEFAULT_ROOM_CONFIG} (a test shortens timings). */
  config?: RoomConfigOverrides;
  /** Default: reported nowhere. */
  metrics?: Metrics;
}

/**
 * The one place the room's ports are bound to storage: every runtime and test harness gets the
 * same room, differing only in what {@link RoomWiring} says. Runtime-free, so the Node server,
 * the Durable Object and the tests all call it.
 *
 * @example
 * const room = createCooperativeRoom(createRoomDeps(cooperative, { stores, notifier, clock, ids }));
 */
export function createRoomDeps(cooperative: Cooperative, wiring: RoomWiring): RoomDeps {
  return {
    cooperative,
    directory: wiring.stores.directory,
    store: wiring.stores.room,
    feedback: wiring.stores.feedback,
    schedules: wiring.stores.schedules,
    notifier: wiring.notifier,
    logger: wiring.logger ? toLogger(wiring.logger) : silentLogger,
    clock: wiring.clock,
    ids: wiring.ids,
    hashToken: wiring.hashToken ?? hashToken,
    config: {
      ...DEFAULT_ROOM_CONFIG,
      ...wiring.config,
      budgets: { ...DEFAULT_ROOM_CONFIG.budgets, ...wiring.config?.budgets },
    },
    metrics: wiring.metrics ?? noMetrics,
    ...(wiring.stores.privacy ? { privacy: wiring.stores.privacy } : {}),
    ...(wiring.stores.blocks ? { blocks: wiring.stores.blocks } : {}),
    ...(wiring.stores.samples ? { samples: wiring.stores.samples } : {}),
    ...(wiring.stores.surveys ? { surveys: wiring.stores.surveys } : {}),
    ...(wiring.stores.quality ? { quality: wiring.stores.quality } : {}),
    followUps: wiring.stores.followUps,
    followUpDuties: wiring.stores.followUpDuties,
    staffNotifications: wiring.stores.staffNotifications,
    ...(wiring.stores.followUpReferrals
      ? { followUpReferrals: wiring.stores.followUpReferrals }
      : {}),
    ...(wiring.stores.audit ? { audit: wiring.stores.audit } : {}),
    mailer: wiring.mailer ?? LOG_ONLY_MAILER,
    // A library's holidays come out of its follow-up promise (core/schedules/ closures).
    closures:
      wiring.closures ??
      ((libraryId) =>
        closedIntervals(
          wiring.stores.schedules.closuresEndingAfter(cooperative.id, wiring.clock.now()),
          libraryId,
        )),
  };
}

/**
 * The room of a cooperative the database holds, or undefined when it holds none.
 *
 * @example
 * const rooms = createRoomRegistry((id) => openRoom(id, wiring));
 */
export function openRoom(
  cooperativeId: CooperativeId,
  wiring: RoomWiring,
): CooperativeRoom | undefined {
  const cooperative = wiring.stores.directory.cooperative(cooperativeId);
  return cooperative && createCooperativeRoom(createRoomDeps(cooperative, wiring));
}
