import type {
  LibraryId,
  LibraryWidgetInfo,
  PatronClientFrame,
  PatronHello,
  ResponderClientFrame,
} from '@refdesk/protocol';
import type { AnonymousWriter } from '../budgets/abuse-budgets.ts';
import type { BudgetRefusal } from '../budgets/sliding-window-budget.ts';
import { createFollowUpDigests } from '../follow-ups/follow-up-digests.ts';
import { createFollowUpDuties } from '../follow-ups/follow-up-duties.ts';
import type { Library, Responder } from '../model.ts';
import { patronErrorMessage } from '../notify/patron-error-text.ts';
import type { PrivacyStore } from '../ports/index.ts';
import { createNightlyScrub } from '../privacy/nightly-scrub.ts';
import { createSampleSchedule } from '../quality/sample-schedule.ts';
import { endChat } from './assignment.ts';
import { createCoverageBoundaries } from './coverage-boundaries.ts';
import type { LiveChat, PatronPeer, PatronSession, ResponderPeer } from './live-state.ts';
import { loadLiveChats } from './load-live-chats.ts';
import { createMissedShiftWatch } from './missed-shift-watch.ts';
import { type NowSnapshot, nowSnapshot } from './now-snapshot.ts';
import { createDepartedPatrons } from './patron-departure.ts';
import { handlePatronFrame } from './patron-frames.ts';
import { closePatronSession, openPatronSession, widgetInfo } from './patron-session.ts';
import { handleResponderFrame } from './responder-frames.ts';
import {
  armGraceTimer,
  closeResponderSession,
  liveResponder,
  openResponderSession,
} from './responder-session.ts';
import { type RestoredSockets, resumeRoom } from './resume-room.ts';
import { createRoomContext, type RoomContext, type RoomDeps } from './room-context.ts';
import { clearTierTimer, refreshOffers } from './routing-engine.ts';
import { spendWrite } from './spend-budget.ts';

/**
 * The single owner of one cooperative's live routing state. Every call runs to completion before
 * the next (one thread, or one Durable Object), so there are no races to lock against.
 *
 * @example
 * const room = createCooperativeRoom(deps);
 * room.start();
 * const session = room.patronHello(peer, hello, library);
 * room.patronFrame(session, { type: 'ask', clientMessageId, question: 'Can I renew online?' });
 */
export interface CooperativeRoom {
  /** Rebuilds live state from storage: after a restart, a deploy or an eviction. */
  start(): void;
  /**
   * Instead of `start()` when sockets outlived the room's memory (a hibernated Durable Object):
   * rebuilds from storage and re-attaches them silently. Returns the patron sessions, in order.
   */
  resume(sockets: RestoredSockets): PatronSession[];
  /** Clears every timer (shutdown, tests). Sockets are the runtime's to close. */
  stop(): void;
  /** `clientAddress` feeds the abuse budgets (null: unknown). */
  patronHello(
    peer: PatronPeer,
    hello: PatronHello,
    library: Library,
    clientAddress?: string | null,
  ): PatronSession;
  patronFrame(session: PatronSession, frame: Exclude<PatronClientFrame, { type: 'hello' }>): void;
  patronClosed(session: PatronSession): void;
  responderOpened(peer: ResponderPeer, responder: Responder): void;
  responderFrame(
    peer: ResponderPeer,
    responder: Responder,
    frame: Exclude<ResponderClientFrame, { type: 'hello' }>,
  ): void;
  responderClosed(peer: ResponderPeer, responder: Responder): void;
  widgetInfo(library: Library): LibraryWidgetInfo;
  /**
   * Spends one anonymous write (an offline question over HTTP) from the room's budgets, shared
   * with the socket's new chats; a refusal says when to retry, and is logged.
   */
  spendAnonymousWrite(writer: AnonymousWriter): BudgetRefusal | undefined;
  /**
   * A library's settings changed (say, its coverage hours, edited by its admin): routes again at
   * once and re-arms the scheduler for the new hours.
   */
  settingsChanged(): void;
  /**
   * A read-only copy of who is online, who waits and who is being answered, for the "Now"
   * board; limited to one library's responders and chats when `scope` is given.
   */
  nowSnapshot(scope: LibraryId | null): NowSnapshot;
  /**
   * A follow-up was added or a library's follow-up promise changed outside the room (the HTTP
   * offline form, the promise setting): its deadline, notifications and reminders are scheduled.
   */
  followUpsChanged(): void;
  /** For tests and metrics: the live state, read-only by convention. */
  readonly context: RoomContext;
}

export function createCooperativeRoom(deps: RoomDeps): CooperativeRoom {
  const ctx = createRoomContext(deps);
  const patronGone = (chat: LiveChat) => endChat(ctx, chat, 'expired', null, null);
  ctx.scheduler.register(createCoverageBoundaries(ctx));
  ctx.scheduler.register(createMissedShiftWatch(ctx));
  if (deps.privacy) ctx.scheduler.register(nightlyScrub(ctx, deps.privacy));
  ctx.scheduler.register(createFollowUpDuties(ctx));
  ctx.scheduler.register(createFollowUpDigests(ctx));
  ctx.scheduler.register(createDepartedPatrons(ctx));
  if (deps.samples) ctx.scheduler.register(createSampleSchedule({ ...ctx, samples: deps.samples }));
  return {
    context: ctx,
    start() {
      loadLiveChats(ctx, patronGone);
      for (const live of ctx.responders.values()) armGraceTimer(ctx, live);
      refreshOffers(ctx);
    },
    resume: (sockets) => resumeRoom(ctx, patronGone, sockets),
    stop() {
      ctx.scheduler.stop();
      for (const chat of ctx.chats.values()) {
        clearTierTimer(ctx, chat);
        if (chat.patronGoneTimer !== undefined) ctx.clock.clearTimeout(chat.patronGoneTimer);
      }
      for (const live of ctx.responders.values()) {
        if (live.graceTimer !== undefined) ctx.clock.clearTimeout(live.graceTimer);
        if (live.idleTimer !== undefined) ctx.clock.clearTimeout(live.idleTimer);
      }
    },
    patronHello: (peer, hello, library, clientAddress) =>
      openPatronSession(ctx, peer, hello, library, clientAddress ?? null),
    patronFrame(session, frame) {
      const refusal = handlePatronFrame(ctx, session, frame);
      if (refusal) {
        const message = patronErrorMessage(refusal.code, refusal.message, session.locale);
        session.peer.send({ type: 'error', ref: frame.type, ...refusal, message });
      }
      if (frame.type === 'offline_question') ctx.scheduler.rearm();
    },
    patronClosed: (session) => closePatronSession(ctx, session, patronGone),
    responderOpened: (peer, responder) => openResponderSession(ctx, peer, responder),
    responderFrame(peer, responder, frame) {
      const live = liveResponder(ctx, responder.id);
      const refusal = handleResponderFrame(ctx, responder, live, frame, (reply) =>
        peer.send(reply),
      );
      if (refusal) peer.send({ type: 'error', ref: frame.type, ...refusal });
      if (frame.type === 'end') ctx.scheduler.rearm();
    },
    responderClosed: (peer, responder) => closeResponderSession(ctx, peer, responder.id),
    widgetInfo: (library) => widgetInfo(ctx, library),
    spendAnonymousWrite: (writer) => spendWrite(ctx, writer, 'offline_question'),
    nowSnapshot: (scope) => nowSnapshot(ctx, scope),
    settingsChanged() {
      ctx.scheduler.reset();
      refreshOffers(ctx);
    },
    followUpsChanged: () => ctx.scheduler.rearm(),
  };
}

function nightlyScrub(ctx: RoomContext, privacy: PrivacyStore) {
  const cooperativeId = ctx.cooperative.id;
  return createNightlyScrub(
    {
      cooperativeId,
      libraries: () => ctx.directory.librariesOf(cooperativeId),
      liveChats: () => [...ctx.chats.keys()],
      privacy,
      logger: ctx.logger,
    },
    ctx.clock.now(),
  );
}
