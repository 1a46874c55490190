import type { Catalogue } from '../i18n/en.ts';
import { format } from '../i18n/load-catalogue.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import type { ExtrasModule } from './load-extras.ts';
import { MessageList } from './message-list.tsx';

export interface ConversationProps {
  state: WidgetState;
  /** The survey lives in the extras chunk; until it has loaded, it is not shown. */
  extras: ExtrasModule | undefined;
}

/** "about 40 seconds" up to two minutes, then "about 3 minutes". */
const waitText = (seconds: number, t: Catalogue): string =>
  seconds < 120
    ? format(t.seconds, { n: Math.max(1, Math.round(seconds)) })
    : format(t.minutes, { n: Math.round(seconds / 60) });

/**
 * The messages, then where the chat stands: the place in the queue while waiting, who is typing,
 * and once it has ended, why, the survey and a way to start again.
 *
 * @example
 * <Conversation state={state} extras={extras} />
 */
export function Conversation({ state, extras }: ConversationProps) {
  const { t } = state;
  const s = state.snapshot;
  return (
    <>
      <MessageList messages={s.messages} t={t} />
      {s.chatState !== 'queued' && s.chatState !== 'active' && extras?.LimitNotice && (
        <extras.LimitNotice state={state} what="ask" />
      )}
      {s.chatState === 'queued' && (
        <p class="card">
          {s.queue
            ? format(t.queue, {
                position: s.queue.position,
                wait: waitText(s.queue.estimatedWaitSeconds, t),
              })
            : t.waiting}
        </p>
      )}
      {s.responderTyping && (
        <p class="typing">
          <span class="dots" aria-hidden="true">
            <i />
            <i />
            <i />
          </span>
          {format(t.typing, { name: s.assigned?.responderName ?? t.librarian })}
        </p>
      )}
      {s.chatState === 'ended' && (
        <>
          <p class="msg system" tabIndex={-1} data-focus>
            {t[s.endedReason ?? 'responder_ended']}
          </p>
          {extras?.AfterChat && <extras.AfterChat state={state} />}
        </>
      )}
    </>
  );
}
