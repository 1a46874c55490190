import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, fakeApi } from '../testing/console-harness.tsx';
import { assigned, scripts } from '../testing/fixtures.ts';
import { Composer } from './composer.tsx';

afterEach(cleanup);

function setup() {
  const harness = createHarness(fakeApi({ scripts: async () => scripts }));
  harness.socket.deliver(assigned('a'));
  const chat = harness.desk.data.value.chats[0];
  if (!chat) throw new Error('no chat');
  render(harness.wrap(<Composer chat={chat} />));
  const box = screen.getByLabelText('Message') as HTMLTextAreaElement;
  const type = (value: string) => {
    box.value = value;
    box.setSelectionRange(value.length, value.length);
    fireEvent.input(box);
  };
  return { harness, box, type };
}

describe('Composer', () => {
  it('sends on Enter and clears the box', () => {
    const { harness, box, type } = setup();
    type('Hello Marge');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(harness.socket.sent.at(-1)).toMatchObject({
      type: 'send',
      chatId: 'a',
      text: 'Hello Marge',
    });
    expect(box.value).toBe('');
  });

  it("offers the patron library's scripts first after '/', and inserts one with its variables filled", async () => {
    const { harness, box, type } = setup();
    type('/ren');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Renewals'),
      expect.stringContaining('Renew at Shelbyville'),
    ]);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() =>
      expect(box.value).toBe(
        'Springfield Public Library items renew twice. — Ben Brooks, Shelbyville Public Library',
      ),
    );
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(harness.socket.sent.filter((f) => f.type === 'send')).toEqual([]);
  });

  it('closes the suggestions on Escape and then sends the text as typed', async () => {
    const { harness, box, type } = setup();
    type('/ren');
    await screen.findByRole('listbox');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(harness.socket.sent.at(-1)).toMatchObject({ type: 'send', text: '/ren' });
  });

  it('sends an internal note when "Internal note" is ticked', () => {
    const { harness, box, type } = setup();
    fireEvent.click(screen.getByLabelText('Internal note'));
    type('Patron is a student at SCC');
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(harness.socket.sent.at(-1)).toMatchObject({
      type: 'note',
      text: 'Patron is a student at SCC',
    });
    expect(box.value).toBe('');
  });

  it('tells the patron the librarian is typing, once', () => {
    const { harness, type } = setup();
    type('H');
    type('He');
    expect(harness.socket.sent.filter((f) => f.type === 'typing')).toEqual([
      { type: 'typing', chatId: 'a', active: true },
    ]);
  });
});
