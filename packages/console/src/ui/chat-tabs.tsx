import type { ChatId } from '@refdesk/protocol/responder';
import type { ChatView } from '../state/desk-types.ts';
import { useDesk } from './console-context.ts';

export interface ChatTabsProps {
  chats: ChatView[];
  activeId: ChatId;
}

export const chatTabId = (chatId: ChatId) => `chat-tab-${chatId}`;
export const chatPanelId = (chatId: ChatId) => `chat-panel-${chatId}`;

/** One tab per open chat; arrow keys move between them, as in any tab list. */
export function ChatTabs({ chats, activeId }: ChatTabsProps) {
  const desk = useDesk();
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let target = step ? (index + step + chats.length) % chats.length : -1;
    if (event.key === 'Home') target = 0;
    if (event.key === 'End') target = chats.length - 1;
    const chat = chats[target];
    if (!chat) return;
    event.preventDefault();
    desk.focusChat(chat.chatId);
    document.getElementById(chatTabId(chat.chatId))?.focus();
  };
  return (
    <div class="chat-tabs" role="tablist" aria-label="Open chats">
      {chats.map((chat, index) => {
        const selected = chat.chatId === activeId;
        return (
          <button
            key={chat.chatId}
            type="button"
            role="tab"
            id={chatTabId(chat.chatId)}
            aria-selected={selected}
            aria-controls={chatPanelId(chat.chatId)}
            tabIndex={selected ? 0 : -1}
            class="chat-tab"
            onClick={() => desk.focusChat(chat.chatId)}
            onKeyDown={(event) => move(event, index)}
          >
            <span class="chat-tab-name">{chat.patron.name ?? 'Patron'}</span>
            <span class="chat-tab-library">{chat.homeLibrary.name}</span>
            {chat.phase === 'patron_left' && <span class="tag tag-muted">Left</span>}
            {chat.unread > 0 && (
              <span class="badge">
                {chat.unread}
                <span class="visually-hidden"> unread</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
