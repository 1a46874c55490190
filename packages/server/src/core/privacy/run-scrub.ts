import type { ChatId, CooperativeId, FollowUpId, ScrubCounts, ScrubRun } from '@refdesk/protocol';
import type { Library, Millis } from '../model.ts';
import type { Logger, PrivacyStore } from '../ports/index.ts';
import { redactPersonalData } from './redact-personal-data.ts';
import { DEFAULT_FLOOR, retentionCutoffs, retentionOf } from './retention-policy.ts';

export interface ScrubInput {
  cooperativeId: CooperativeId;
  libraries: readonly Library[];
  privacy: PrivacyStore;
  logger: Logger;
  now: Millis;
  /** Chats per transaction (default 100). */
  batchSize?: number;
  /** Chats the room holds in memory (an ended chat awaiting its outcome): left for a later run. */
  live?: readonly ChatId[];
  /** Transactions before it yields to the room (default 20); the rest waits for the next call. */
  maxBatches?: number;
}

export const NO_COUNTS: ScrubCounts = {
  identifiersCleared: 0,
  messagesRedacted: 0,
  transcriptsRemoved: 0,
  messagesDeleted: 0,
  followUpIdentifiersCleared: 0,
  followUpTextsRemoved: 0,
};

/** One kind of work of a library's scrub: what it selects, in batches, and what it does to each. */
interface ScrubStep {
  select(): readonly string[];
  apply(id: string): void;
}

/**
 * Runs (or resumes) the cooperative's scrub: for each library, removes the transcripts past their
 * date, then clears the identifiers past theirs, redacting personal data in the remaining text
 * unless the library opted out; closed follow-ups likewise, by the date they were made (their
 * question is the transcript, their name and email the identifiers). Each batch is one
 * transaction that also records the run's counts, so a crash loses at most a batch that did not commit, and the next call redoes it. Idempotent:
 * what is done is marked in the rows and never selected again. The events log is not touched.
 *
 * @example
 * const run = runScrub({ cooperativeId, libraries, privacy, logger, now: clock.now() });
 * if (run.finishedAt === null) scheduleAgainSoon();
 */
export function runScrub(input: ScrubInput): ScrubRun {
  const { privacy, cooperativeId, now } = input;
  const last = privacy.lastScrub(cooperativeId);
  const run: ScrubRun =
    last && last.finishedAt === null
      ? { ...last, counts: { ...last.counts } }
      : { startedAt: now, finishedAt: null, counts: { ...NO_COUNTS } };
  privacy.saveScrub(cooperativeId, run);
  const floor = privacy.retentionFloor(cooperativeId) ?? DEFAULT_FLOOR;
  let budget = input.maxBatches ?? 20;
  const batchSize = input.batchSize ?? 100;
  for (const library of input.libraries) {
    const settings = retentionOf(privacy.retention(library.id));
    const cutoffs = retentionCutoffs(settings, floor, now);
    const { counts } = run;
    const steps: ScrubStep[] = [
      {
        select: () =>
          privacy.chatsWithTranscripts(library.id, cutoffs.transcripts, batchSize, input.live),
        apply: (id) => removeTranscript(privacy, counts, id as ChatId, now),
      },
      {
        select: () =>
          privacy.chatsWithIdentifiers(library.id, cutoffs.identifiers, batchSize, input.live),
        apply: (id) =>
          clearIdentifiers(privacy, counts, id as ChatId, now, settings.redactMessages),
      },
      {
        select: () => privacy.closedFollowUps(library.id, 'text', cutoffs.transcripts, batchSize),
        apply: (id) => {
          privacy.removeFollowUpText(id as FollowUpId, now);
          counts.followUpTextsRemoved++;
        },
      },
      {
        select: () =>
          privacy.closedFollowUps(library.id, 'identifiers', cutoffs.identifiers, batchSize),
        apply: (id) =>
          clearFollowUpIdentifiers(privacy, counts, id as FollowUpId, now, settings.redactMessages),
      },
    ];
    for (const step of steps) {
      for (;;) {
        if (budget === 0) return run;
        const ids = step.select();
        if (ids.length === 0) break;
        budget--;
        privacy.transaction(() => {
          for (const id of ids) step.apply(id);
          privacy.saveScrub(cooperativeId, run);
        });
      }
    }
  }
  run.finishedAt = now;
  privacy.saveScrub(cooperativeId, run);
  input.logger.info('privacy scrub finished', { cooperativeId, ...run.counts });
  return run;
}

function removeTranscript(privacy: PrivacyStore, counts: ScrubCounts, chatId: ChatId, at: Millis) {
  counts.messagesDeleted += privacy.removeTranscript(chatId, at);
  counts.transcriptsRemoved++;
}

function clearIdentifiers(
  privacy: PrivacyStore,
  counts: ScrubCounts,
  chatId: ChatId,
  at: Millis,
  redact: boolean,
) {
  if (redact) {
    for (const stored of privacy.chatTexts(chatId)) {
      const { text, redactions } = redactPersonalData(stored.text);
      if (redactions === 0) continue;
      privacy.rewriteText({ ...stored, text });
      counts.messagesRedacted++;
    }
  }
  privacy.clearIdentifiers(chatId, at);
  counts.identifiersCleared++;
}

function clearFollowUpIdentifiers(
  privacy: PrivacyStore,
  counts: ScrubCounts,
  id: FollowUpId,
  at: Millis,
  redact: boolean,
) {
  const redacted = redact ? redactPersonalData(privacy.followUpQuestion(id)) : undefined;
  if (redacted && redacted.redactions > 0) {
    privacy.clearFollowUpIdentifiers(id, at, redacted.text);
  } else {
    privacy.clearFollowUpIdentifiers(id, at);
  }
  counts.followUpIdentifiersCleared++;
}
