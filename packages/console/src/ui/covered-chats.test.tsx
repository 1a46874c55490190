import type { ChatId } from '@refdesk/protocol/responder';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../testing/console-harness.tsx';
import { shelbyville } from '../testing/fixtures.ts';
import { CoveredChats } from './covered-chats.tsx';

afterEach(cleanup);

describe('CoveredChats', () => {
  it('names who is helping my patron and takes the chat back on request', () => {
    const harness = createHarness(undefined, 130_000);
    harness.socket.deliver({
      type: 'covered_chats',
      chats: [
        {
          chatId: 'c1' as ChatId,
          question: 'Where is Westside?',
          responderName: 'Ben Brooks',
          responderLibrary: shelbyville,
          since: 10_000,
        },
      ],
    });
    render(harness.wrap(<CoveredChats />));
    expect(screen.getByText('Where is Westside?')).toBeTruthy();
    expect(
      screen.getByText(/Ben Brooks, Shelbyville Public Library · for 2 min 00 s/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take back' }));
    expect(harness.socket.sent).toEqual([{ type: 'take_back', chatId: 'c1' }]);
  });
});
