import type { Context } from 'hono';
import type { ChatRecord, Responder } from '../../core/model.ts';
import type { QualityCaseRecord } from '../../core/quality/quality-case.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { publicOrigin } from '../public-origin.ts';

/**
 * Emails a feedback message to the other side of a case (the responder, or the reviewer who
 * reviewed). The message is already stored and shown in the console: a mail failure is logged,
 * not an error for the writer.
 *
 * @example
 * await sendFeedbackEmail(deps, c, { from: me, to: ben, record, chat, text });
 */
export async function sendFeedbackEmail(
  deps: AppDeps,
  c: Context<AppEnv>,
  input: {
    from: Responder;
    to: Responder;
    record: QualityCaseRecord;
    chat: ChatRecord;
    text: string;
  },
): Promise<void> {
  const link = `${publicOrigin(c)}/console/quality/${encodeURIComponent(input.record.id)}`;
  const question = input.chat.question.replace(/\s+/g, ' ').slice(0, 80);
  try {
    await deps.mailer.send({
      to: input.to.email,
      subject: `Quality feedback on your chat: ${question}`,
      fromName: 'Refdesk quality review',
      text: [
        `${input.from.displayName} wrote about the chat "${question}":`,
        '',
        input.text,
        '',
        `Read and reply in the console: ${link}`,
      ].join('\n'),
    });
  } catch (error) {
    deps.logger.error('quality feedback email not sent', {
      case: input.record.id,
      error: String(error),
    });
  }
}
