import type { Role } from '@refdesk/protocol';
import type { Library } from '../model.ts';
import { headerText } from '../notify/header-text.ts';
import type { OutgoingEmail } from '../ports/index.ts';

const ROLE_NAMES: Record<Role, string> = {
  librarian: 'librarian',
  library_admin: 'library administrator',
  coordinator: 'cooperative coordinator',
  quality_reviewer: 'quality reviewer',
};

/**
 * The invitation email: who invites, to which library, with which roles, and the single-use link.
 *
 * @example
 * await mailer.send(invitationEmail({ to, library, inviter: 'Cora Chen', roles, link }));
 */
export function invitationEmail(input: {
  to: string;
  library: Library;
  inviter: string;
  roles: readonly Role[];
  link: string;
}): OutgoingEmail {
  const roles = input.roles.map((role) => ROLE_NAMES[role]).join(', ');
  return {
    to: input.to,
    fromName: headerText(input.library.name),
    subject: headerText(`You are invited to answer questions for ${input.library.name}`),
    text: [
      `Hello,`,
      '',
      `${input.inviter} invites you to join ${input.library.name} on Refdesk, the library's chat`,
      `reference service, as ${roles}.`,
      '',
      'Choose your name and password here (the link works once, for 7 days):',
      input.link,
      '',
      'If you did not expect this email, you can ignore it.',
    ].join('\n'),
  };
}

/**
 * The password reset email with its single-use link, valid one hour.
 *
 * @example
 * await mailer.send(passwordResetEmail({ to: account.responder.email, library, link }));
 */
export function passwordResetEmail(input: {
  to: string;
  library: Library;
  link: string;
}): OutgoingEmail {
  return {
    to: input.to,
    fromName: headerText(input.library.name),
    subject: 'Reset your Refdesk password',
    text: [
      'Hello,',
      '',
      'Someone asked to reset the password of your Refdesk account. Choose a new one here (the',
      'link works once, for one hour):',
      input.link,
      '',
      'If it was not you, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}
