import { useState } from 'preact/hooks';
import type { ChatView } from '../state/desk-types.ts';
import { BlockDialog } from './block-dialog.tsx';
import { ChatPane } from './chat-pane.tsx';
import { chatPanelId, chatTabId } from './chat-tabs.tsx';
import { useDesk } from './console-context.ts';
import { EndChatDialog } from './end-chat-dialog.tsx';
import { PolicyPanel } from './policy-panel.tsx';
import { QualityDialog } from './quality-dialog.tsx';
import { TransferDialog } from './transfer-dialog.tsx';

export type ChatDialog = 'end' | 'transfer' | 'quality' | 'block';

export interface ChatWorkspaceProps {
  chat: ChatView;
}

/**
 * One chat with the patron library's policy page beside it. When the patron is not from my
 * library the page opens by itself: not checking it was the cooperative's top quality problem.
 */
export function ChatWorkspace({ chat }: ChatWorkspaceProps) {
  const desk = useDesk();
  const covering = chat.homeLibrary.id !== desk.profile.library.id;
  const [policyOpen, setPolicyOpen] = useState(covering);
  const [dialog, setDialog] = useState<ChatDialog | null>(null);
  const close = () => setDialog(null);
  return (
    <div
      role="tabpanel"
      id={chatPanelId(chat.chatId)}
      aria-labelledby={chatTabId(chat.chatId)}
      class={policyOpen ? 'workspace workspace-with-policy' : 'workspace'}
    >
      <ChatPane
        chat={chat}
        covering={covering}
        policyOpen={policyOpen}
        onTogglePolicy={() => setPolicyOpen(!policyOpen)}
        onDialog={setDialog}
      />
      {policyOpen && <PolicyPanel library={chat.homeLibrary} onHide={() => setPolicyOpen(false)} />}
      {dialog === 'end' && <EndChatDialog chat={chat} onClose={close} />}
      {dialog === 'transfer' && <TransferDialog chat={chat} onClose={close} />}
      {dialog === 'quality' && <QualityDialog chat={chat} onClose={close} />}
      {dialog === 'block' && <BlockDialog chat={chat} onClose={close} />}
    </div>
  );
}
