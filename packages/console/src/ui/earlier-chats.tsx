import type { EarlierChatsResponse } from '@refdesk/protocol/responder';
import { useState } from 'preact/hooks';
import { OUTCOME_LABELS } from '../state/labels.ts';
import { type Loadable, load } from '../state/loadable.ts';
import { useConsole } from './console-context.ts';
import { formatDateTime } from './format.ts';

/** The same patron's earlier chats, fetched when asked for (the home library may not share them). */
export function EarlierChats({ chatId }: { chatId: string }) {
  const { api } = useConsole();
  const [earlier, setEarlier] = useState<Loadable<EarlierChatsResponse> | null>(null);
  const show = async () => {
    setEarlier({ state: 'loading' });
    setEarlier(await load(() => api.earlierChats(chatId)));
  };
  if (earlier === null) {
    return (
      <button type="button" class="btn-link" onClick={show}>
        Show earlier chats of this patron
      </button>
    );
  }
  if (earlier.state === 'loading') return <p class="muted small">Looking for earlier chats…</p>;
  if (earlier.state === 'error') {
    return <p class="muted small">{earlier.message}</p>;
  }
  if (!earlier.value.shared) {
    return <p class="muted small">The patron's library does not share earlier chats.</p>;
  }
  if (earlier.value.chats.length === 0) return <p class="muted small">No earlier chats.</p>;
  return (
    <section class="earlier" aria-label="Earlier chats">
      <ul class="plain-list">
        {earlier.value.chats.map((chat) => (
          <li key={chat.chatId} class="small">
            <strong>{formatDateTime(chat.startedAt)}</strong> {chat.question}
            {chat.responderName && <span class="muted"> · {chat.responderName}</span>}
            {chat.outcome && <span class="tag">{OUTCOME_LABELS[chat.outcome]}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
