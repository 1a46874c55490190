import {
  assertNever,
  type ChatId,
  DateSchema,
  EmailSchema,
  type End,
  type LibraryId,
  type Outcome,
} from '@refdesk/protocol/responder';
import * as v from 'valibot';

/** What the "End chat" dialog holds while the librarian fills it in. */
export interface EndForm {
  outcome: Outcome;
  contactEmail: string;
  deadline: string;
  note: string;
  referralKind: 'library' | 'email';
  referralLibrary: LibraryId | '';
  referralEmail: string;
}

/** An `end` frame without its `type`, per outcome. */
export type EndRequest = End extends infer Frame
  ? Frame extends End
    ? Omit<Frame, 'type'>
    : never
  : never;

export type EndFormErrors = Partial<Record<keyof EndForm, string>>;

/** Outcomes that create a follow-up and so need a contact and a deadline. */
export function needsFollowUp(outcome: Outcome): boolean {
  return (
    outcome === 'follow_up_by_me' ||
    outcome === 'follow_up_by_home_library' ||
    outcome === 'referred'
  );
}

/**
 * Checks the form with the protocol's own field schemas and builds the `end` frame, or says what
 * to fix, field by field.
 *
 * @example
 * const result = endFrame(chatId, form);
 * if (result.ok) desk.end(result.frame);
 */
export function endFrame(
  chatId: ChatId,
  form: EndForm,
): { ok: true; frame: EndRequest } | { ok: false; errors: EndFormErrors } {
  const { outcome } = form;
  if (outcome === 'answered' || outcome === 'lost' || outcome === 'practice') {
    return { ok: true, frame: { chatId, outcome } };
  }
  const errors: EndFormErrors = {};
  const email = v.safeParse(EmailSchema, form.contactEmail);
  if (!email.success) errors.contactEmail = 'Enter the email address to reply to.';
  const deadline = v.safeParse(DateSchema, form.deadline);
  if (!deadline.success) errors.deadline = 'Choose the date by which to reply.';
  const note = form.note.trim().slice(0, 2000);
  const followUp = {
    contactEmail: form.contactEmail.trim(),
    deadline: form.deadline,
    ...(note ? { note } : {}),
  };
  if (outcome !== 'referred') {
    return Object.keys(errors).length
      ? { ok: false, errors }
      : { ok: true, frame: { chatId, outcome, followUp } };
  }
  let referral: Extract<EndRequest, { outcome: 'referred' }>['referral'] | undefined;
  if (form.referralKind === 'library') {
    if (form.referralLibrary) referral = { kind: 'library', libraryId: form.referralLibrary };
    else errors.referralLibrary = 'Choose the library to refer to.';
  } else if (v.safeParse(EmailSchema, form.referralEmail).success) {
    referral = { kind: 'email', email: form.referralEmail.trim() };
  } else errors.referralEmail = 'Enter the address to refer to.';
  if (!referral || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, frame: { chatId, outcome, followUp, referral } };
}

/** What happens next, in a sentence under the outcome choices. */
export function outcomeConsequence(outcome: Outcome, homeLibrary: string): string {
  switch (outcome) {
    case 'follow_up_by_me':
      return 'The follow-up goes to your library, claimed by you. Reply by email by the deadline.';
    case 'follow_up_by_home_library':
      return `The follow-up goes to ${homeLibrary}'s queue; its librarians reply by email.`;
    case 'referred':
      return 'The question goes to another library or an outside expert, who replies by email.';
    case 'practice':
      return 'Practice chats are left out of statistics.';
    case 'answered':
    case 'lost':
      return 'The chat closes for the patron.';
    default:
      return assertNever(outcome);
  }
}
