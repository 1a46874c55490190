import type { LibraryId } from '@refdesk/protocol';
import { formatDue } from '../notify/follow-up-emails.ts';
import type { Directory, OutgoingEmail } from '../ports/index.ts';
import type { LibraryScheduleSettingsRecord, MissedShiftRecord } from './schedule-records.ts';

/**
 * The emails telling a library that one of its shifts was missed: to each of its admins and each
 * of its backup librarians (once each), saying who missed which shift and that a make-up is owed.
 *
 * @example
 * for (const email of missedShiftEmails(missed, directory, schedules.libraryScheduleSettings(id))) {
 *   void mailer.send(email);
 * }
 */
export function missedShiftEmails(
  missed: MissedShiftRecord,
  directory: Directory,
  settings: Pick<LibraryScheduleSettingsRecord, 'backups'>,
): OutgoingEmail[] {
  const library = directory.library(missed.libraryId);
  const person = directory.responder(missed.responderId);
  if (!library || !person) return [];
  const admins = directory
    .respondersOf(missed.libraryId as LibraryId)
    .filter((r) => r.roles.includes('library_admin'));
  const backups = settings.backups.flatMap((id) => directory.responder(id) ?? []);
  const to = new Set([...admins, ...backups].map((r) => r.email));
  const when = formatDue(missed.startsAt, library);
  return [...to].map((address) => ({
    to: address,
    subject: `Missed shift: ${person.displayName}, ${library.name}`,
    text: [
      `${person.displayName} was not online for their Refdesk shift starting ${when}.`,
      'A make-up shift is owed: book one in the console (Schedules, "Make-up for").',
      'You receive this as an admin or a backup librarian of the library.',
    ].join('\n\n'),
    fromName: 'Refdesk',
  }));
}
