import type { Emitter } from './emitter.ts';
import type { ChatClientEvents, ChatSnapshot } from './types.ts';

/** A headless patron chat: connection, outbox, resume, tabs. No UI, no framework. */
export interface ChatClient {
  getSnapshot(): ChatSnapshot;
  on: Emitter<ChatClientEvents>['on'];
  off: Emitter<ChatClientEvents>['off'];
  /** Opens the socket. Nothing is stored and no socket opens before this or `ask`. */
  open(): void;
  /** Asks the first question; later calls send a message. Returns the client message id. */
  ask(input: { question: string; name?: string; email?: string }): string;
  send(text: string): string;
  /** Call on every keystroke; the client throttles what it sends. */
  typing(): void;
  /** While the patron can see the conversation, messages count as read. */
  setViewing(viewing: boolean): void;
  leave(): void;
  /**
   * The patron is leaving the page for good (closed the tab, another site), not going to another
   * page of the site: a waiting chat leaves the queue after a short grace unless they come back.
   * Sent only while connected; see `watchDeparture` in the widget for when to call it.
   */
  departing(): void;
  /** `answers`: to the home library's own questions (`GET /api/libraries/:id/survey`), by id. */
  survey(rating: number, comment?: string, answers?: Record<string, string | number>): void;
  requestTranscript(email: string): void;
  offlineQuestion(input: {
    question: string;
    email: string;
    name?: string;
    deadline?: string;
  }): void;
  /** Forgets the conversation on this browser (shared computers) and starts afresh. */
  clear(): void;
  /**
   * Asks the server to erase this chat's text and identifiers (ending it if it goes on); the
   * snapshot's `received.erased` turns true once it has. `clear()` then forgets it here too.
   */
  erase(): void;
  destroy(): void;
}
