import type { ChatMessage } from '../client/types.ts';
import type { Catalogue } from '../i18n/en.ts';
import { MessageText } from './message-text.tsx';

export interface MessageListProps {
  messages: readonly ChatMessage[];
  t: Catalogue;
}

/**
 * The conversation: the patron's messages at the end side, librarians' at the start, with the
 * author's name above each run of messages by the same person.
 *
 * @example
 * <MessageList messages={snapshot.messages} t={t} />
 */
export function MessageList({ messages, t }: MessageListProps) {
  return (
    <ol class="msgs">
      {messages.map((m, i) => {
        const previous = messages[i - 1];
        const named =
          m.authorRole !== 'system' &&
          (previous?.authorRole !== m.authorRole || previous.displayName !== m.displayName);
        return (
          <li key={m.key} class={`msg ${m.authorRole} ${m.status}`}>
            {named && (
              <span class="who">
                {m.authorRole === 'patron' ? t.you : m.displayName || t.librarian}
              </span>
            )}
            <div class="bubble">
              <MessageText text={m.text} />
            </div>
            {m.status !== 'sent' && (
              <span class="meta">{m.status === 'pending' ? t.sending : t.notSent}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
