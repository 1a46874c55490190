import { afterEach, describe, expect, it } from 'vitest';
import type { ChatSnapshot } from './types.ts';
import { type DepartureWindow, watchDeparture } from './watch-departure.ts';

/** A page at https://library.example.org with a watched client whose chat is in `chatState`. */
function setup(chatState: ChatSnapshot['chatState'] = 'queued') {
  const page = new EventTarget() as EventTarget & DepartureWindow;
  page.location = { href: 'https://library.example.org/hours' };
  page.navigation = new EventTarget();
  let time = 1_000_000;
  const sent: string[] = [];
  const client = {
    departing: () => sent.push('departing'),
    getSnapshot: () => ({ chatState }) as ChatSnapshot,
  };
  const stop = watchDeparture(client, page, () => time);
  const click = (href: string, options: { target?: string; prevent?: boolean } = {}) => {
    const link = document.createElement('a');
    link.href = href;
    if (options.target) link.target = options.target;
    document.body.append(link);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    if (options.prevent) event.preventDefault();
    Object.defineProperty(event, 'target', { value: link });
    page.dispatchEvent(event);
  };
  const navigate = (url: string, sameDocument = false) => {
    const event = Object.assign(new Event('navigate'), { destination: { url, sameDocument } });
    page.navigation?.dispatchEvent(event);
  };
  const hide = () => page.dispatchEvent(new Event('pagehide'));
  const later = (ms: number) => {
    time += ms;
  };
  return { sent, stop, click, navigate, hide, later };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('watchDeparture', () => {
  it('tells the server when the page goes away while a chat waits (the tab closed)', () => {
    const { sent, hide } = setup('queued');
    hide();
    expect(sent).toEqual(['departing']);
  });

  it('tells the server for a chat in progress too', () => {
    const { sent, hide } = setup('active');
    hide();
    expect(sent).toEqual(['departing']);
  });

  it('says nothing when there is no chat to leave', () => {
    const { sent, hide } = setup('none');
    hide();
    expect(sent).toEqual([]);
  });

  it('says nothing when the patron follows a link to another page of the same site', () => {
    const { sent, click, hide } = setup();
    click('https://library.example.org/events');
    hide();
    expect(sent).toEqual([]);
  });

  it('tells the server when the link leads to another site', () => {
    const { sent, click, hide } = setup();
    click('https://elsewhere.example.com/');
    hide();
    expect(sent).toEqual(['departing']);
  });

  it('tells the server when the click was taken over by the page (no page load followed)', () => {
    const { sent, click, hide, later } = setup();
    click('https://library.example.org/events', { prevent: true });
    later(60_000);
    hide();
    expect(sent).toEqual(['departing']);
  });

  it('forgets a same-site click that did not unload the page within 30 s', () => {
    const { sent, click, hide, later } = setup();
    click('https://library.example.org/events');
    later(30_000);
    hide();
    expect(sent).toEqual(['departing']);
  });

  it('says nothing on a reload or a same-site navigation the Navigation API reports', () => {
    const { sent, navigate, hide } = setup();
    navigate('https://library.example.org/hours');
    hide();
    expect(sent).toEqual([]);
  });

  it('ignores navigations within the same document', () => {
    const { sent, navigate, hide } = setup();
    navigate('https://library.example.org/hours#top', true);
    hide();
    expect(sent).toEqual(['departing']);
  });

  it('stops listening when stopped', () => {
    const { sent, stop, hide } = setup();
    stop();
    hide();
    expect(sent).toEqual([]);
  });
});
