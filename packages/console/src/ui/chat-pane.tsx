import type { ChatView } from '../state/desk-types.ts';
import { TIER_LABELS } from '../state/labels.ts';
import { AskConsentButton } from './ask-consent-button.tsx';
import type { ChatDialog } from './chat-workspace.tsx';
import { Composer } from './composer.tsx';
import { MessageList } from './message-list.tsx';
import { PatronContext } from './patron-context.tsx';

export interface ChatPaneProps {
  chat: ChatView;
  /** The patron is from another library than mine. */
  covering: boolean;
  policyOpen: boolean;
  onTogglePolicy(): void;
  onDialog(dialog: ChatDialog): void;
}

/** The conversation: who, where from, the transcript, and the composer. */
export function ChatPane({ chat, covering, policyOpen, onTogglePolicy, onDialog }: ChatPaneProps) {
  const left = chat.phase === 'patron_left';
  return (
    <div class="chat-pane">
      <header class="chat-head">
        <div class="chat-title">
          <h2>{chat.patron.name ?? 'Patron'}</h2>
          <p class="chat-sub">
            <span class={covering ? 'library-name' : 'library-name library-mine'}>
              {chat.homeLibrary.name}
            </span>
            <span class={`tier tier-${chat.tier}`}>{TIER_LABELS[chat.tier]}</span>
            {covering && <span class="tag tag-accent">You are covering</span>}
            {chat.practice && <span class="tag">Practice</span>}
          </p>
        </div>
        <div class="chat-actions">
          <button
            type="button"
            class="btn btn-small"
            aria-pressed={policyOpen}
            onClick={onTogglePolicy}
          >
            Policy page
          </button>
          <button
            type="button"
            class="btn btn-small"
            onClick={() => onDialog('transfer')}
            disabled={left}
          >
            Transfer
          </button>
          <AskConsentButton chat={chat} disabled={left} />
          <button type="button" class="btn btn-small" onClick={() => onDialog('quality')}>
            Forward to quality
          </button>
          <button type="button" class="btn btn-small" onClick={() => onDialog('block')}>
            Block
          </button>
          <button type="button" class="btn btn-small btn-primary" onClick={() => onDialog('end')}>
            End chat
          </button>
        </div>
      </header>
      <PatronContext chat={chat} />
      {left && (
        <p class="banner banner-warning" role="status">
          The patron left the chat. Choose an outcome with “End chat” to close it.
        </p>
      )}
      <MessageList lines={chat.lines} patronTyping={chat.patronTyping} />
      <Composer chat={chat} />
    </div>
  );
}
