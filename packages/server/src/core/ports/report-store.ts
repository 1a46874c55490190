import type { CooperativeId } from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import type { ReportEvent } from '../reports/chat-facts.ts';
import type { ChatTally, TallyPart, TallyWindow } from '../reports/chat-tallies.ts';

/** What the reports read from the events log (see docs/reports.md). */
export interface ReportStore {
  /**
   * Events of the chats of a cooperative queued in `[start, end)`, all of their events (also
   * those after `end`) except messages, in stored order, each with the chat's library if the chat
   * still exists.
   */
  chatEvents(cooperativeId: CooperativeId, start: Millis, end: Millis): ReportEvent[];
  /**
   * `status_changed` events of a cooperative in `[start, end)`, preceded by each responder's last
   * one before `start` (their status as the period opened), in stored order.
   */
  statusEvents(cooperativeId: CooperativeId, start: Millis, end: Millis): ReportEvent[];
  /**
   * One kind of count of the non-practice chats of a cooperative requested in the window, as
   * `talliesFromFacts` would count them from these chats' events, in `compareTallies` order. Read
   * from a summary kept as the events are written, so it costs no pass over the log.
   */
  chatTallies(cooperativeId: CooperativeId, window: TallyWindow, part: TallyPart): ChatTally[];
}
