import type { ChatId, LibraryId } from '@refdesk/protocol';
import type { BudgetCharge, WindowLimit } from './sliding-window-budget.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The budgets anonymous patrons spend: new chats and offline questions ("writes"), and emails
 * sent to an address they typed (transcripts). docs/operations.md, "Abuse budgets", explains each.
 */
export interface AbuseLimits {
  /** New chats and offline questions from one client address (a branch behind one NAT). */
  writesPerAddress: WindowLimit;
  /** New chats and offline questions for one library, from everybody. */
  writesPerLibrary: WindowLimit;
  /** Transcript emails one patron socket may ask for, over all its chats. */
  emailsPerSession: WindowLimit;
  /** Transcript emails of one chat. */
  emailsPerChat: WindowLimit;
  /** Transcript emails asked for from one client address. */
  emailsPerAddress: WindowLimit;
  /** Transcript emails one library sends. */
  emailsPerLibrary: WindowLimit;
  /** Transcript emails one destination address receives. */
  emailsPerDestination: WindowLimit;
}

/**
 * Generous enough for a busy branch whose patrons share one address (a public lab, a school), and
 * small enough that one script cannot fill a library's queue or use it as a mail relay.
 */
export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  writesPerAddress: { limit: 20, windowMs: 10 * MINUTE },
  writesPerLibrary: { limit: 600, windowMs: HOUR },
  emailsPerSession: { limit: 3, windowMs: HOUR },
  emailsPerChat: { limit: 3, windowMs: DAY },
  emailsPerAddress: { limit: 10, windowMs: HOUR },
  emailsPerLibrary: { limit: 200, windowMs: HOUR },
  emailsPerDestination: { limit: 10, windowMs: DAY },
};

/** Who is writing: the library written to and the client's address (null when unknown). */
export interface AnonymousWriter {
  libraryId: LibraryId;
  clientAddress: string | null;
}

/**
 * What one anonymous write (a new chat, an offline question) spends.
 *
 * @example
 * ledger.spend(writeCharges({ libraryId, clientAddress: '203.0.113.9' }));
 */
export function writeCharges(writer: AnonymousWriter): BudgetCharge[] {
  const charges: BudgetCharge[] = [{ budget: 'writesPerLibrary', key: writer.libraryId }];
  if (writer.clientAddress) charges.push({ budget: 'writesPerAddress', key: writer.clientAddress });
  return charges;
}

/**
 * What one transcript email spends: the patron's session and chat, their address, the library
 * and the destination (compared case-insensitively).
 *
 * @example
 * ledger.spend(transcriptCharges(writer, { sessionKey, chatId, destination: 'pat@example.org' }));
 */
export function transcriptCharges(
  writer: AnonymousWriter,
  request: { sessionKey: string; chatId: ChatId; destination: string },
): BudgetCharge[] {
  const charges: BudgetCharge[] = [
    { budget: 'emailsPerSession', key: request.sessionKey },
    { budget: 'emailsPerChat', key: request.chatId },
    { budget: 'emailsPerLibrary', key: writer.libraryId },
    { budget: 'emailsPerDestination', key: request.destination.trim().toLowerCase() },
  ];
  if (writer.clientAddress) charges.push({ budget: 'emailsPerAddress', key: writer.clientAddress });
  return charges;
}

/**
 * A refusal as the patron reads it: honest about what was refused and when to try again.
 *
 * @example
 * retryText(90_000); // 'in 2 minutes'
 */
export function retryText(retryAfterMs: number): string {
  const minutes = Math.ceil(retryAfterMs / MINUTE);
  if (minutes <= 1) return 'in a minute';
  if (minutes < 120) return `in ${minutes} minutes`;
  return `in ${Math.ceil(minutes / 60)} hours`;
}

/** The budgets of policy problem reports, each of which emails the page's owners. */
export interface ReportLimits {
  /** Reports one responder may send, about any page. */
  reportsPerResponder: WindowLimit;
  /** Reports one library's page may receive, from everybody. */
  reportsPerLibrary: WindowLimit;
}

/** A responder finds a few problems in a sitting; a page's owners hear of a few dozen at most. */
export const DEFAULT_REPORT_LIMITS: ReportLimits = {
  reportsPerResponder: { limit: 10, windowMs: HOUR },
  reportsPerLibrary: { limit: 30, windowMs: HOUR },
};

/**
 * Every budget multiplied by `factor` (windows unchanged): `REFDESK_BUDGET_SCALE` for a large
 * library system, or a test and a bench whose every patron comes from 127.0.0.1.
 *
 * @example
 * scaleLimits(DEFAULT_ABUSE_LIMITS, 5).writesPerAddress; // { limit: 100, windowMs: 600_000 }
 */
export function scaleLimits<T extends Record<keyof T, WindowLimit>>(limits: T, factor: number): T {
  const scaled = {} as T;
  for (const key of Object.keys(limits) as (keyof T)[]) {
    const { limit, windowMs } = limits[key];
    scaled[key] = { limit: Math.max(1, Math.round(limit * factor)), windowMs } as T[keyof T];
  }
  return scaled;
}

/**
 * Reads `REFDESK_BUDGET_SCALE`: unset or empty is 1; anything but a positive number is an error,
 * so a typo cannot lift every limit.
 *
 * @example
 * parseBudgetScale('10'); // 10
 */
export function parseBudgetScale(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 1;
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`REFDESK_BUDGET_SCALE must be a positive number, not "${text}"`);
  }
  return scale;
}
