import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lineFromMessage } from '../state/chat-lines.ts';
import { message } from '../testing/fixtures.ts';
import { MessageList } from './message-list.tsx';

afterEach(cleanup);

describe('MessageList', () => {
  it("shows a patron's HTML as text and never runs it", () => {
    const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const { container } = render(
      <MessageList lines={[lineFromMessage(message('a', 1, { text: payload }))]} />,
    );
    expect(screen.getByText(payload)).toBeTruthy();
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('labels internal notes so they are not mistaken for messages to the patron', () => {
    const note = lineFromMessage(
      message('a', 2, {
        authorRole: 'responder',
        displayName: 'Ben',
        text: 'Checked ILL',
        internal: true,
      }),
    );
    render(<MessageList lines={[note]} />);
    expect(screen.getByText('Internal note · Ben')).toBeTruthy();
  });

  it('is a log named "Conversation" and says when the patron is typing', () => {
    render(<MessageList lines={[]} patronTyping />);
    expect(screen.getByRole('log', { name: 'Conversation' })).toBeTruthy();
    expect(screen.getByText('The patron is typing…')).toBeTruthy();
  });

  it('marks a message still on its way and one that was refused', () => {
    const base = lineFromMessage(message('a', 3, { authorRole: 'responder', text: 'Hi' }));
    render(
      <MessageList
        lines={[
          { ...base, key: 'p', seq: null, delivery: 'pending' },
          { ...base, key: 'f', seq: null, delivery: 'failed' },
        ]}
      />,
    );
    expect(screen.getByText('Sending…')).toBeTruthy();
    expect(screen.getByText('Not sent')).toBeTruthy();
  });
});
