import type { Library, Responder } from '../model.ts';
import { headerText } from '../notify/header-text.ts';
import type { Directory, OutgoingEmail, PolicyPageRecord } from '../ports/index.ts';

/**
 * The emails that report a problem with a policy page: one to each owner of the page, or to the
 * library's admins when it has no owners. Replies reach the reporter.
 *
 * @example
 * const emails = policyProblemReport(directory, { reporter: me, home, library, page, comment });
 * await Promise.all(emails.map((email) => mailer.send(email)));
 */
export function policyProblemReport(
  directory: Pick<Directory, 'respondersOf'>,
  report: {
    reporter: Pick<Responder, 'displayName' | 'email'>;
    home: Pick<Library, 'name'>;
    library: Library;
    page: PolicyPageRecord;
    comment: string;
  },
): OutgoingEmail[] {
  const { reporter, home, library, page } = report;
  const recipients = page.owners.length > 0 ? page.owners : adminsOf(directory, library);
  const text = [
    `${reporter.displayName} (${reporter.email}, ${home.name}) reported a problem with the ${library.name} policy page (version ${page.version}, last updated by ${page.updatedBy}):`,
    '',
    report.comment,
    '',
    'You get this email because you own the page. Edit it in the Refdesk console under Library admin, Policy page; reply to this email to reach the reporter.',
  ].join('\n');
  const subject = headerText(`Problem reported with the ${library.name} policy page`);
  return recipients.map((to) => ({ to, subject, text, replyTo: reporter.email }));
}

/** Who hears about a page without owners: the library's admins. */
function adminsOf(directory: Pick<Directory, 'respondersOf'>, library: Library): string[] {
  return directory
    .respondersOf(library.id)
    .filter((responder) => responder.roles.includes('library_admin'))
    .map((responder) => responder.email);
}
