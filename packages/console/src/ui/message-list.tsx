import { useEffect, useRef } from 'preact/hooks';
import type { ChatLine } from '../state/desk-types.ts';
import { formatTime } from './format.ts';

export interface MessageListProps {
  lines: ChatLine[];
  patronTyping?: boolean;
  /** Accessible name of the log. */
  label?: string;
}

/**
 * A chat transcript. Every text is rendered as a text node, never as HTML: a patron's `<img
 * onerror>` is shown, not run. New lines scroll into view unless the reader scrolled up.
 */
export function MessageList({ lines, patronTyping, label = 'Conversation' }: MessageListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const stuck = useRef(true);
  useEffect(() => {
    const list = ref.current;
    if (list && stuck.current) list.scrollTop = list.scrollHeight;
  }, [lines.length, patronTyping]);
  return (
    <div
      ref={ref}
      class="messages"
      role="log"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable log must take focus so keyboard users can scroll it
      tabIndex={0}
      onScroll={(event) => {
        const list = event.currentTarget;
        stuck.current = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
      }}
    >
      {lines.length === 0 && <p class="muted message-empty">No messages yet.</p>}
      {lines.map((line) => (
        <MessageLine key={line.key} line={line} />
      ))}
      {patronTyping && (
        <p class="typing" aria-live="polite">
          <span class="typing-dots" aria-hidden="true">
            <span class="typing-dot" />
            <span class="typing-dot" />
            <span class="typing-dot" />
          </span>
          The patron is typing…
        </p>
      )}
    </div>
  );
}

function MessageLine({ line }: { line: ChatLine }) {
  if (line.authorRole === 'system') {
    return (
      <p class="message message-system">
        {line.text} <span class="message-time">{formatTime(line.sentAt)}</span>
      </p>
    );
  }
  const kind = line.internal ? 'note' : line.authorRole;
  return (
    <div class={`message message-${kind} message-${line.delivery}`}>
      <p class="message-meta">
        <span class="message-author">
          {line.internal ? `Internal note · ${line.displayName}` : line.displayName}
        </span>
        <span class="message-time">{formatTime(line.sentAt)}</span>
        {line.delivery === 'pending' && <span class="message-state">Sending…</span>}
        {line.delivery === 'failed' && <span class="message-state message-failed">Not sent</span>}
      </p>
      <p class="message-text">{line.text}</p>
    </div>
  );
}
