import type { ChatId, CooperativeId } from '@refdesk/protocol';
import type { Library, Millis } from '../model.ts';
import type { Logger, PrivacyStore } from '../ports/index.ts';
import type { BoundarySource } from '../room/room-scheduler.ts';
import { DAY_MS } from './retention-policy.ts';
import { runScrub } from './run-scrub.ts';

/** The scrub runs at this hour, UTC, when libraries are closed nearly everywhere it matters. */
export const SCRUB_HOUR_UTC = 3;

export interface NightlyScrubInput {
  cooperativeId: CooperativeId;
  libraries: () => readonly Library[];
  /** The chats the room holds in memory now. */
  liveChats: () => readonly ChatId[];
  privacy: PrivacyStore;
  logger: Logger;
}

/**
 * The scrub as a room scheduler source: due at 03:00 UTC after the last run started, and at once
 * while a run is unfinished (a crash, or a run that yielded to the room after its batches). With
 * no ended chat keeping text, it asks for no timer at all.
 *
 * @example
 * ctx.scheduler.register(createNightlyScrub({ cooperativeId, libraries, privacy, logger }, clock.now()));
 */
export function createNightlyScrub(input: NightlyScrubInput, createdAt: Millis): BoundarySource {
  const { privacy, cooperativeId } = input;
  const dueAt = (now: Millis): Millis | undefined => {
    const last = privacy.lastScrub(cooperativeId);
    if (last && last.finishedAt === null) return now;
    // Nothing ended keeps text: no timer, so an idle Durable Object can hibernate.
    if (!privacy.hasScrubWork(cooperativeId)) return undefined;
    // Never scrubbed: the first night after the room opened.
    return nextScrubTime(last?.startedAt ?? createdAt);
  };
  return {
    next(now) {
      const at = dueAt(now);
      return at === undefined ? undefined : Math.max(at, now);
    },
    due(now) {
      const at = dueAt(now);
      if (at === undefined || at > now) return;
      runScrub({ ...input, libraries: input.libraries(), live: input.liveChats(), now });
    },
  };
}

/** The first 03:00 UTC strictly after `after`. */
export function nextScrubTime(after: Millis): Millis {
  const dayStart = Math.floor(after / DAY_MS) * DAY_MS;
  const today = dayStart + SCRUB_HOUR_UTC * 60 * 60 * 1000;
  return today > after ? today : today + DAY_MS;
}
