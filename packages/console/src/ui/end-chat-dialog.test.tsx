import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../testing/console-harness.tsx';
import { assigned } from '../testing/fixtures.ts';
import { EndChatDialog } from './end-chat-dialog.tsx';

afterEach(cleanup);

function setup() {
  const harness = createHarness();
  harness.socket.deliver(assigned('a'));
  const chat = harness.desk.data.value.chats[0];
  if (!chat) throw new Error('no chat');
  let closed = 0;
  render(harness.wrap(<EndChatDialog chat={chat} onClose={() => closed++} />));
  return { harness, closed: () => closed };
}

describe('EndChatDialog', () => {
  it('offers the six outcomes', () => {
    setup();
    const names = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(names).toEqual([
      'Answered',
      'Follow-up by me',
      'Follow-up by the home library',
      'Referred',
      'Lost',
      'Practice',
    ]);
  });

  it('will not end with a follow-up until it has a deadline, then sends the outcome', () => {
    const { harness, closed } = setup();
    fireEvent.click(screen.getByLabelText('Follow-up by the home library'));
    const email = screen.getByLabelText('Contact email') as HTMLInputElement;
    expect(email.value).toBe('marge@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'End chat' }));
    expect(screen.getByText('Choose the date by which to reply.')).toBeTruthy();
    expect(screen.getByLabelText('Deadline').getAttribute('aria-invalid')).toBe('true');
    expect(harness.socket.sent).toEqual([]);
    const deadline = screen.getByLabelText('Deadline') as HTMLInputElement;
    deadline.value = '2026-12-24';
    fireEvent.input(deadline);
    fireEvent.click(screen.getByRole('button', { name: 'End chat' }));
    expect(harness.socket.sent).toEqual([
      {
        type: 'end',
        chatId: 'a',
        outcome: 'follow_up_by_home_library',
        followUp: { contactEmail: 'marge@example.com', deadline: '2026-12-24' },
      },
    ]);
    expect(closed()).toBe(1);
  });

  it('ends an answered chat at once', () => {
    const { harness } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'End chat' }));
    expect(harness.socket.sent).toEqual([{ type: 'end', chatId: 'a', outcome: 'answered' }]);
  });
});
