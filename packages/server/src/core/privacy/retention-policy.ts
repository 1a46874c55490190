import {
  DEFAULT_RETENTION,
  MIN_RETENTION_DAYS,
  type RetentionFloor,
  type RetentionSettings,
} from '@refdesk/protocol';
import type { Millis } from '../model.ts';
import { DAY_MS } from '../schedules/zoned-time.ts';

export { DAY_MS };
/** With "don't keep transcripts", a chat's text still lives this long: the patron may ask for it by email. */
export const NO_TRANSCRIPT_GRACE_MS = 60 * 60 * 1000;
/** The floor of a cooperative whose coordinator never set one: the 30 days. */
export const DEFAULT_FLOOR: RetentionFloor = {
  identifierDays: MIN_RETENTION_DAYS,
  transcriptDays: MIN_RETENTION_DAYS,
};

/** What a library keeps: its own settings, or the defaults. */
export function retentionOf(settings: RetentionSettings | undefined): RetentionSettings {
  return settings ?? { ...DEFAULT_RETENTION };
}

/**
 * Why a library may not keep for so few days under its cooperative's floor, or undefined when it
 * may. "Don't keep transcripts" is always allowed: the floor never forces anyone to keep text.
 *
 * @example
 * retentionRefusal({ identifierDays: 40, transcriptDays: 365, redactMessages: true }, { identifierDays: 60, transcriptDays: 30 });
 * // 'identifierDays: the cooperative keeps identifiers at least 60 days'
 */
export function retentionRefusal(
  settings: RetentionSettings,
  floor: RetentionFloor,
): string | undefined {
  if (settings.identifierDays < floor.identifierDays) {
    return `identifierDays: the cooperative keeps identifiers at least ${floor.identifierDays} days`;
  }
  if (settings.transcriptDays !== null && settings.transcriptDays < floor.transcriptDays) {
    return `transcriptDays: the cooperative keeps transcripts at least ${floor.transcriptDays} days`;
  }
  return undefined;
}

/**
 * The instants before which a library's ended chats lose their identifiers and their transcripts,
 * at `now`. A floor raised after a library saved its settings wins.
 */
export function retentionCutoffs(
  settings: RetentionSettings,
  floor: RetentionFloor,
  now: Millis,
): { identifiers: Millis; transcripts: Millis } {
  const identifierDays = Math.max(settings.identifierDays, floor.identifierDays);
  const transcripts =
    settings.transcriptDays === null
      ? now - NO_TRANSCRIPT_GRACE_MS
      : now - Math.max(settings.transcriptDays, floor.transcriptDays) * DAY_MS;
  return { identifiers: now - identifierDays * DAY_MS, transcripts };
}
