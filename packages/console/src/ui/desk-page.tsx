import { ChatTabs } from './chat-tabs.tsx';
import { ChatWorkspace } from './chat-workspace.tsx';
import { useDesk } from './console-context.ts';
import { CoveredChats } from './covered-chats.tsx';
import { OfferList } from './offer-list.tsx';

/** The desk: waiting patrons on the left, my chats in tabs, the patron library's policy page beside. */
export function DeskPage() {
  const desk = useDesk();
  const { chats } = desk.data.value;
  const activeId = desk.activeChatId.value;
  const active = chats.find((chat) => chat.chatId === activeId) ?? chats[0];
  return (
    <main class="desk" id="main" tabIndex={-1}>
      <h1 class="visually-hidden">Desk</h1>
      <aside class="desk-side" aria-label="Queue">
        <OfferList />
        <CoveredChats />
      </aside>
      <section class="desk-work" aria-label="My chats">
        {active ? (
          <>
            <ChatTabs chats={chats} activeId={active.chatId} />
            <ChatWorkspace key={active.chatId} chat={active} />
          </>
        ) : (
          <div class="empty-desk">
            <h2>No chats open</h2>
            <p>
              {desk.data.value.status === 'away'
                ? 'You are Away. Set your status to Local or Cooperative to be offered chats.'
                : 'When you accept a waiting patron, the chat opens here.'}
            </p>
          </div>
        )}
      </section>
    </main>
  );
}
