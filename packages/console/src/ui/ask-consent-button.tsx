import type { ChatView } from '../state/desk-types.ts';
import { useConsole, useDesk } from './console-context.ts';

/**
 * Asks the patron, in the chat and in their language, whether their email may go with a referral
 * to a library outside the cooperative. They answer yes or no in the chat; the answer is shown
 * there and goes with the referral when the chat ends.
 *
 * @example
 * <AskConsentButton chat={chat} disabled={left} />
 */
export function AskConsentButton({ chat, disabled }: { chat: ChatView; disabled: boolean }) {
  const desk = useDesk();
  const { notices } = useConsole();
  return (
    <button
      type="button"
      class="btn btn-small"
      disabled={disabled}
      title="Before a referral by email: may their email be passed on?"
      onClick={() => {
        if (desk.askConsent(chat.chatId)) notices.push('The patron was asked in the chat.');
        else notices.push('Not connected: try again in a moment.', 'error');
      }}
    >
      Ask to share email
    </button>
  );
}
