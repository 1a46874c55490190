import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../testing/console-harness.tsx';
import { assigned, message } from '../testing/fixtures.ts';
import { ChatTabs } from './chat-tabs.tsx';

afterEach(cleanup);

describe('ChatTabs', () => {
  it('shows one tab per chat, unread counts, and moves between them with the arrow keys', () => {
    const harness = createHarness();
    harness.socket.deliver(assigned('a'));
    harness.socket.deliver(assigned('b'));
    harness.socket.deliver({ type: 'message', message: message('b', 1) });
    const { rerender } = render(
      harness.wrap(
        <ChatTabs
          chats={harness.desk.data.value.chats}
          activeId={harness.desk.data.value.chats[0]?.chatId ?? ('' as never)}
        />,
      ),
    );
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs[1]?.textContent).toContain('1 unread');
    fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowRight' });
    expect(harness.desk.activeChatId.value).toBe('b');
    expect(harness.desk.data.value.chats[1]?.unread).toBe(0);
    rerender(
      harness.wrap(
        <ChatTabs
          chats={harness.desk.data.value.chats}
          activeId={harness.desk.activeChatId.value ?? ('' as never)}
        />,
      ),
    );
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, 0]);
  });
});
