import type { ChatView } from '../state/desk-types.ts';
import { EarlierChats } from './earlier-chats.tsx';
import { formatTime, safeHref } from './format.ts';

export interface PatronContextProps {
  chat: ChatView;
}

/** What the patron told us and the page they came from, on one line. Links only for http(s). */
export function PatronContext({ chat }: PatronContextProps) {
  const { patron } = chat;
  const href = safeHref(patron.pageUrl);
  return (
    <div class="patron-context">
      <dl class="facts facts-inline">
        <div>
          <dt>Started</dt>
          <dd>{formatTime(chat.startedAt)}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{patron.email ?? <span class="muted">not given</span>}</dd>
        </div>
        <div>
          <dt>Page</dt>
          <dd>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {patron.pageUrl}
              </a>
            ) : (
              (patron.pageUrl ?? <span class="muted">unknown</span>)
            )}
          </dd>
        </div>
      </dl>
      <EarlierChats chatId={chat.chatId} />
    </div>
  );
}
