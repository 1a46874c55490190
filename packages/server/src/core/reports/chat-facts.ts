import type { ChatEventKind, Millis } from '../model.ts';
import type { ReportPeriod } from './report-period.ts';

/** One stored event as a report reads it: the chat's library comes from the chat row when known. */
export interface ReportEvent {
  chatId: string | null;
  /** A ChatEventKind; read back as text so an event kind added later does not break a report. */
  kind: ChatEventKind | (string & {});
  actorId: string | null;
  data: Record<string, unknown>;
  at: Millis;
  /** The chat's library from the chats table (null once a chat was scrubbed). */
  chatLibraryId: string | null;
}

/** Who answered a chat, relative to the patron's library. */
export type AnsweredBy = 'local' | 'group' | 'cooperative';

/** What the reports need to know about one chat, derived from its events (see docs/reports.md). */
export interface ChatFact {
  chatId: string;
  libraryId: string;
  requestedAt: Millis;
  acceptedAt: Millis | null;
  acceptedBy: string | null;
  acceptedByLibrary: string | null;
  endedAt: Millis | null;
  outcome: string | null;
  fate: 'answered' | 'abandoned' | 'missed' | 'waiting';
  /** Request to first acceptance, or to the end when never accepted; null while waiting. */
  waitMs: Millis | null;
}

/** Libraries as the reports see them: their group, to tell group answers from cooperative ones. */
export interface ReportLibrary {
  id: string;
  name: string;
  groupId: string | null;
}

interface Draft {
  libraryId: string | null;
  requestedAt: Millis | null;
  practice: boolean;
  acceptedAt: Millis | null;
  acceptedBy: string | null;
  acceptedByLibrary: string | null;
  endedAt: Millis | null;
  outcome: string | null;
  reachedCooperative: boolean;
  toldOffline: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Folds events (in stored order) into one fact per non-practice chat requested in the period.
 * `responderLibrary` names a responder's library when an old `accepted` event does not.
 *
 * @example
 * const facts = chatFacts(events, period, (id) => directory.responder(id)?.libraryId ?? null);
 */
export function chatFacts(
  events: readonly ReportEvent[],
  period: ReportPeriod,
  responderLibrary: (responderId: string) => string | null,
): ChatFact[] {
  const drafts = new Map<string, Draft>();
  for (const event of events) {
    if (!event.chatId) continue;
    let draft = drafts.get(event.chatId);
    if (!draft) {
      draft = {
        libraryId: event.chatLibraryId,
        requestedAt: null,
        practice: false,
        acceptedAt: null,
        acceptedBy: null,
        acceptedByLibrary: null,
        endedAt: null,
        outcome: null,
        reachedCooperative: false,
        toldOffline: false,
      };
      drafts.set(event.chatId, draft);
    }
    apply(draft, event, responderLibrary);
  }
  const facts: ChatFact[] = [];
  for (const [chatId, draft] of drafts) {
    const fact = toFact(chatId, draft, period);
    if (fact) facts.push(fact);
  }
  return facts.sort((a, b) => a.requestedAt - b.requestedAt);
}

function apply(
  draft: Draft,
  event: ReportEvent,
  responderLibrary: (responderId: string) => string | null,
): void {
  switch (event.kind) {
    case 'queued':
      draft.requestedAt ??= event.at;
      draft.practice = event.data.practice === true;
      draft.libraryId = text(event.data.libraryId) ?? draft.libraryId;
      return;
    case 'accepted':
      if (draft.acceptedAt !== null || !event.actorId) return;
      draft.acceptedAt = event.at;
      draft.acceptedBy = event.actorId;
      draft.acceptedByLibrary = text(event.data.libraryId) ?? responderLibrary(event.actorId);
      return;
    case 'rolled_up':
      if (event.data.to === 'cooperative') draft.reachedCooperative = true;
      return;
    case 'transferred':
      if (event.data.tier === 'cooperative') draft.reachedCooperative = true;
      return;
    case 'offline':
      draft.toldOffline = true;
      return;
    case 'ended':
      draft.endedAt ??= event.at;
      draft.outcome = text(event.data.outcome) ?? draft.outcome;
      return;
    default:
      return;
  }
}

function toFact(chatId: string, draft: Draft, period: ReportPeriod): ChatFact | null {
  const { requestedAt, libraryId } = draft;
  if (requestedAt === null || libraryId === null || draft.practice) return null;
  if (requestedAt < period.start || requestedAt >= period.end) return null;
  // Later events (an end after the period) still count: a chat is judged as it finished.
  const fate: ChatFact['fate'] =
    draft.acceptedAt !== null
      ? 'answered'
      : draft.endedAt === null
        ? 'waiting'
        : draft.reachedCooperative || draft.toldOffline
          ? 'missed'
          : 'abandoned';
  const waitEnd = draft.acceptedAt ?? draft.endedAt;
  return {
    chatId,
    libraryId,
    requestedAt,
    acceptedAt: draft.acceptedAt,
    acceptedBy: draft.acceptedBy,
    acceptedByLibrary: draft.acceptedByLibrary,
    endedAt: draft.endedAt,
    outcome: draft.outcome,
    fate,
    waitMs: waitEnd === null ? null : waitEnd - requestedAt,
  };
}

/** Local, group or cooperative: the answering library relative to the patron's. */
export function answeredBy(
  fact: Pick<ChatFact, 'libraryId' | 'acceptedByLibrary'>,
  libraries: ReadonlyMap<string, ReportLibrary>,
): AnsweredBy | null {
  if (fact.acceptedByLibrary === null) return null;
  if (fact.acceptedByLibrary === fact.libraryId) return 'local';
  const home = libraries.get(fact.libraryId)?.groupId ?? null;
  const answering = libraries.get(fact.acceptedByLibrary)?.groupId ?? null;
  return home !== null && home === answering ? 'group' : 'cooperative';
}
