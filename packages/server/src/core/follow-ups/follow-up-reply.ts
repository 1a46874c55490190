import type { FollowUpRecord, Library, Responder } from '../model.ts';
import { headerText } from '../notify/header-text.ts';
import type { OutgoingEmail, TranscriptStore } from '../ports/index.ts';

/** What a responder writes back to the patron of a follow-up. */
export interface FollowUpReply {
  subject: string;
  text: string;
}

/**
 * The email that answers a follow-up: from the library (its name in From, the responder in
 * Reply-To), signed, quoting what the patron asked. An empty subject becomes a default one.
 *
 * @example
 * const email = followUpReplyEmail({ followUp, library, responder: me, reply, question });
 * await mailer.send(email);
 */
export function followUpReplyEmail(input: {
  followUp: FollowUpRecord;
  library: Library;
  responder: Pick<Responder, 'displayName' | 'email'>;
  reply: FollowUpReply;
  question: string;
}): OutgoingEmail {
  const { library, responder, reply } = input;
  const subject = headerText(reply.subject) || `Your question to ${library.name}`;
  const text = [
    reply.text,
    '',
    `${responder.displayName}`,
    library.name,
    '',
    '---',
    'You asked:',
    ...input.question.split('\n').map((line) => `> ${line}`),
  ].join('\n');
  return {
    to: input.followUp.contactEmail,
    subject,
    text,
    replyTo: responder.email,
    fromName: headerText(library.name),
  };
}

/**
 * What the patron asked, in their words: a chat's follow-up question also carries staff notes,
 * so the chat's own question is quoted instead.
 *
 * @example
 * const question = patronQuestion(stores.transcripts, followUp);
 */
export function patronQuestion(
  transcripts: Pick<TranscriptStore, 'chat'>,
  followUp: FollowUpRecord,
): string {
  const chat = followUp.chatId ? transcripts.chat(followUp.chatId) : undefined;
  return chat?.question ?? (followUp.source === 'offline_question' ? followUp.question : '');
}
