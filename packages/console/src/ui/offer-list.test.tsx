import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../testing/console-harness.tsx';
import { offer, shelbyville } from '../testing/fixtures.ts';
import { OfferList } from './offer-list.tsx';

afterEach(cleanup);

describe('OfferList', () => {
  it('lists waiting patrons longest-waiting first, with library, tier, wait and question', () => {
    const harness = createHarness(undefined, 200_000);
    harness.socket.deliver({
      type: 'queue',
      offers: [
        offer('new', 190_000, {
          question: 'Do you have wifi?',
          library: shelbyville,
          tier: 'local',
        }),
        offer('old', 75_000, { question: 'How do I renew?' }),
      ],
    });
    render(harness.wrap(<OfferList />));
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.offer-question')?.textContent)).toEqual([
      'How do I renew?',
      'Do you have wifi?',
    ]);
    const first = within(items[0] as HTMLElement);
    expect(first.getByText('Springfield Public Library')).toBeTruthy();
    expect(first.getByText('Group')).toBeTruthy();
    expect(first.getByText('2 min 05 s')).toBeTruthy();
  });

  it('says how long ago a patron left the page, on that offer only', () => {
    const harness = createHarness(undefined, 200_000);
    harness.socket.deliver({
      type: 'queue',
      offers: [offer('gone', 100_000, { patronLeftAt: 188_000 }), offer('here', 150_000)],
    });
    render(harness.wrap(<OfferList />));
    const [gone, here] = screen.getAllByRole('listitem') as HTMLElement[];
    expect(within(gone as HTMLElement).getByText('Patron left 12 s ago')).toBeTruthy();
    expect(here?.textContent).not.toContain('Patron left');
  });

  it('accepts the offer whose Accept button was pressed', () => {
    const harness = createHarness();
    harness.socket.deliver({ type: 'queue', offers: [offer('a', 1), offer('b', 2)] });
    render(harness.wrap(<OfferList />));
    const second = screen.getAllByRole('button', { name: 'Accept' })[1] as HTMLElement;
    fireEvent.click(second);
    expect(harness.socket.sent.at(-1)).toEqual({ type: 'accept', chatId: 'b' });
  });

  it('says why nothing is offered while the librarian is away', () => {
    const harness = createHarness();
    render(harness.wrap(<OfferList />));
    expect(screen.getByText('You are Away, so no chats are offered to you.')).toBeTruthy();
  });
});
