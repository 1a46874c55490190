import type { Millis } from '../model.ts';
import { type ChatFact, chatFacts, type ReportEvent } from './chat-facts.ts';
import type { ReportPeriod } from './report-period.ts';
import {
  hourOfWeek,
  localDay,
  localInstant,
  type ZoneOffset,
  zoneOffsets,
} from './zone-offsets.ts';

/**
 * The counts the chat reports are made of, each per patron library (`libraryId`) and one `key`
 * and/or `value` (docs/reports.md, "At scale"):
 * - `requested`: chats requested, per local day of the request (`value`);
 * - `accepted`: chats accepted, per answering library (`libraryId`!) and local day of the request;
 * - `hours`: chats requested per hour of the week of the request (`value`, 0 = Sunday 0h);
 * - `answers`: answered chats per answering library (`key`);
 * - `ends`: ended chats per outcome column (`key`: an outcome, `none`, `abandoned`, `missed`);
 * - `waits`: chats that finished waiting per fate (`key`) and wait in half seconds (`value`).
 */
export type TallyPart = 'requested' | 'accepted' | 'hours' | 'answers' | 'ends' | 'waits';

export interface ChatTally {
  libraryId: string;
  key: string;
  value: number;
  count: number;
}

/** The period a store tallies, with the time zone's offsets over it. */
export interface TallyWindow {
  start: Millis;
  end: Millis;
  offsets: readonly ZoneOffset[];
}

/** Which tally of `part` one chat adds to, if any. */
function tallyOf(
  fact: ChatFact,
  part: TallyPart,
  window: TallyWindow,
): Omit<ChatTally, 'count'> | null {
  const local = localInstant(window.offsets, fact.requestedAt);
  const { libraryId } = fact;
  switch (part) {
    case 'requested':
      return { libraryId, key: '', value: localDay(local) };
    case 'accepted':
      return fact.acceptedByLibrary === null
        ? null
        : { libraryId: fact.acceptedByLibrary, key: '', value: localDay(local) };
    case 'hours':
      return { libraryId, key: '', value: hourOfWeek(local) };
    case 'answers':
      return fact.acceptedByLibrary === null
        ? null
        : { libraryId, key: fact.acceptedByLibrary, value: 0 };
    case 'ends':
      if (fact.endedAt === null) return null;
      return {
        libraryId,
        key: fact.fate === 'answered' ? (fact.outcome ?? 'none') : fact.fate,
        value: 0,
      };
    case 'waits':
      return fact.waitMs === null || fact.fate === 'waiting'
        ? null
        : { libraryId, key: fact.fate, value: Math.floor(fact.waitMs / 500) };
  }
}

/**
 * Tallies chat facts: what the report store computes in SQL from `report_chats`, here from the
 * events themselves. The reference the store is tested against, and the tests' way in.
 *
 * @example
 * talliesFromFacts(chatFacts(events, period, lookup), 'requested', window);
 */
export function talliesFromFacts(
  facts: readonly ChatFact[],
  part: TallyPart,
  window: TallyWindow,
): ChatTally[] {
  const counts = new Map<string, ChatTally>();
  for (const fact of facts) {
    const tally = tallyOf(fact, part, window);
    if (!tally) continue;
    const id = `${tally.libraryId}\n${tally.key}\n${tally.value}`;
    const found = counts.get(id);
    if (found) found.count += 1;
    else counts.set(id, { ...tally, count: 1 });
  }
  return [...counts.values()].sort(compareTallies);
}

/** The order tallies come in: library, key, value. */
export function compareTallies(a: ChatTally, b: ChatTally): number {
  return (
    (a.libraryId < b.libraryId ? -1 : a.libraryId > b.libraryId ? 1 : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
    a.value - b.value
  );
}

/**
 * The tallies of a period straight from chat events (every report's figures without storage):
 * what tests compare storage and reports against.
 *
 * @example
 * buildReport('wait', { ...input, tallies: talliesFromEvents(events, period, lookup) });
 */
export function talliesFromEvents(
  events: readonly ReportEvent[],
  period: ReportPeriod,
  responderLibrary: (responderId: string) => string | null,
): (part: TallyPart) => ChatTally[] {
  const facts = chatFacts(events, period, responderLibrary);
  const window: TallyWindow = {
    start: period.start,
    end: period.end,
    offsets: zoneOffsets(period.start, period.end, period.timeZone),
  };
  return (part) => talliesFromFacts(facts, part, window);
}
