import type {
  LibraryWidgetInfo,
  PatronHello,
  PatronServerFrame,
  ResumeToken,
} from '@refdesk/protocol';
import { PROTOCOL_VERSION } from '@refdesk/protocol';
import type { ChatRecord, Library } from '../model.ts';
import { patronErrorMessage } from '../notify/patron-error-text.ts';
import { privacyNote } from '../privacy/privacy-note.ts';
import { retentionOf } from '../privacy/retention-policy.ts';
import { decideRoute } from '../routing/decide-route.ts';
import { isCoverageOpen } from './coverage-open.ts';
import { recordEvent } from './events.ts';
import { assignedFrame, patronMessageFrame } from './frames.ts';
import type { LiveChat, PatronPeer, PatronSession } from './live-state.ts';
import { keysOfPatron, widgetInfoFor } from './patron-blocks.ts';
import { patronCameBack, patronIsLive } from './patron-departure.ts';
import type { RoomContext } from './room-context.ts';
import { onlineCandidates } from './routing-engine.ts';

/** What the widget needs before the first question, including whether anybody can answer now. */
export function widgetInfo(
  ctx: RoomContext,
  library: Library,
  locale?: string | null,
): LibraryWidgetInfo {
  const coverageOpen = isCoverageOpen(ctx, library, ctx.clock.now());
  const decision = decideRoute(
    { home: library, tier: 'local', target: null, coverageOpen },
    onlineCandidates(ctx),
    'stay',
  );
  return {
    id: library.id,
    name: library.name,
    privacyNote: ctx.privacy
      ? privacyNote(
          retentionOf(ctx.privacy.retention(library.id)),
          ctx.blocks?.ipMode(library.id) ?? 'none',
          locale,
          library.settings.privacyNote,
          library.settings.privacyPolicyUrl,
        )
      : library.settings.privacyNote,
    nameField: library.settings.nameField,
    emailField: library.settings.emailField,
    colour: library.settings.colour,
    available: decision.kind !== 'unavailable',
    transcriptEmail: ctx.notifier.canEmail,
  };
}

/**
 * Opens a patron session: resumes the chat of a valid resume token (replaying what follows
 * `lastSeq`), or starts fresh. An unknown or expired token gets `session_expired`, then a fresh start.
 */
export function openPatronSession(
  ctx: RoomContext,
  peer: PatronPeer,
  hello: PatronHello,
  library: Library,
  clientAddress: string | null = null,
): PatronSession {
  const resumed = hello.resumeToken ? findResumable(ctx, hello.resumeToken, library) : undefined;
  if (hello.resumeToken && !resumed) {
    peer.send({
      type: 'error',
      code: 'session_expired',
      message: patronErrorMessage(
        'session_expired',
        'That conversation can no longer be resumed; a new one can start.',
        hello.locale,
      ),
    });
  }
  const session: PatronSession = {
    peer,
    libraryId: library.id,
    resumeToken:
      resumed && hello.resumeToken ? hello.resumeToken : (ctx.ids.secret() as ResumeToken),
    chatId: resumed?.id ?? null,
    practice: hello.practice ?? false,
    pageUrl: hello.pageUrl ?? null,
    locale: hello.locale ?? null,
    clientAddress,
    budgetKey: `session-${++ctx.sessionsOpened}`,
  };
  const keys = keysOfPatron(ctx, hello.browserId ?? null, clientAddress);
  if (keys) session.keys = keys;
  const live = resumed && ctx.chats.get(resumed.id);
  peer.send({
    type: 'welcome',
    protocolVersion: PROTOCOL_VERSION,
    chatId: session.chatId,
    resumeToken: session.resumeToken,
    state: resumed ? resumed.state : 'none',
    library: widgetInfoFor(ctx, session, widgetInfo(ctx, library, session.locale)),
  });
  if (!resumed) return session;
  for (const message of ctx.store.messagesAfter(resumed.id, hello.lastSeq ?? 0, false)) {
    peer.send(patronMessageFrame(message, session.locale));
  }
  if (live) attachPatron(ctx, live, session);
  else peer.send({ type: 'ended', chatId: resumed.id, reason: resumed.endReason ?? 'expired' });
  return session;
}

function findResumable(ctx: RoomContext, token: string, library: Library): ChatRecord | undefined {
  const hash = ctx.hashToken(token);
  const record = ctx.store.chatByResumeTokenHash(hash);
  if (!record || record.libraryId !== library.id) return undefined;
  const live = ctx.chats.get(record.id);
  if (live) return live.record;
  const since = record.endedAt ?? record.patronSeenAt;
  return ctx.clock.now() - since <= ctx.config.patronResumeWindowMs ? record : undefined;
}

function attachPatron(ctx: RoomContext, chat: LiveChat, session: PatronSession): void {
  chat.patrons.add(session);
  if (chat.patronGoneTimer !== undefined) {
    ctx.clock.clearTimeout(chat.patronGoneTimer);
    chat.patronGoneTimer = undefined;
    recordEvent(ctx, 'patron_resumed', chat.record.id, null);
  }
  for (const frame of currentStateFrames(ctx, chat, session.locale)) session.peer.send(frame);
  patronCameBack(ctx, chat);
}

/** The frames that tell a (re)connected patron where their chat stands. */
export function currentStateFrames(
  ctx: RoomContext,
  chat: LiveChat,
  locale?: string | null,
): PatronServerFrame[] {
  const record = chat.record;
  if (record.state === 'ended') {
    return [{ type: 'ended', chatId: record.id, reason: record.endReason ?? 'expired' }];
  }
  if (record.state === 'queued') {
    if (chat.toldOffline) return [{ type: 'offline', reason: 'no_responders' }];
    return chat.toldPosition > 0
      ? [
          {
            type: 'queued',
            chatId: record.id,
            position: chat.toldPosition,
            estimatedWaitSeconds: 0,
            tier: record.tier,
          },
        ]
      : [];
  }
  const assigned = assignedFrame(ctx, record, locale);
  return assigned ? [assigned] : [];
}

/** A patron socket closed: the chat waits for a resume until the window passes. */
export function closePatronSession(
  ctx: RoomContext,
  session: PatronSession,
  onGone: (chat: LiveChat) => void,
): void {
  const chat: LiveChat | undefined = session.chatId ? ctx.chats.get(session.chatId) : undefined;
  if (!chat) return;
  chat.patrons.delete(session);
  if (chat.patrons.size > 0 || chat.record.state === 'ended') return;
  chat.record.patronSeenAt = ctx.clock.now();
  ctx.store.updateChat(chat.record);
  armPatronGoneTimer(ctx, chat, onGone);
  // A patron who left on purpose leaves the queue after the grace period: now that the last
  // socket is gone, the scheduler counts it.
  if (!patronIsLive(chat)) ctx.scheduler.rearm();
}

export function armPatronGoneTimer(
  ctx: RoomContext,
  chat: LiveChat,
  onGone: (chat: LiveChat) => void,
): void {
  if (chat.patronGoneTimer !== undefined) ctx.clock.clearTimeout(chat.patronGoneTimer);
  chat.patronGoneTimer = ctx.clock.setTimeout(() => {
    chat.patronGoneTimer = undefined;
    if (chat.patrons.size === 0) onGone(chat);
  }, ctx.config.patronResumeWindowMs);
}
