import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatSnapshot } from '../client/types.ts';
import en from '../i18n/en.ts';
import { createAnnouncer } from './create-announcer.ts';

const base: ChatSnapshot = {
  status: 'open',
  library: null,
  chatState: 'none',
  queue: null,
  assigned: null,
  messages: [],
  responderTyping: false,
  offline: null,
  endedReason: null,
  unread: 0,
  received: { survey: false, transcript: false, offlineQuestion: false },
  error: null,
};
const mine = (status: ChatMessage['status']) =>
  ({ key: 'm1', authorRole: 'patron', displayName: '', text: 'Hi', status }) as ChatMessage;
const queued = (position: number, wait = 60): ChatSnapshot => ({
  ...base,
  chatState: 'queued',
  queue: { position, estimatedWaitSeconds: wait } as ChatSnapshot['queue'],
  messages: [mine('sent')],
});

describe('createAnnouncer', () => {
  it('says the place in the queue when it changes, not when only the wait estimate does', () => {
    const announce = createAnnouncer(base, en);
    expect(announce(queued(3))).toBe('You are number 3 in line.');
    const again = announce(queued(3, 30));
    expect(again.trim()).toBe('You are number 3 in line.');
    expect(again).toBe('You are number 3 in line.');
    expect(announce(queued(2)).trim()).toBe('You are number 2 in line.');
  });

  it('says when the connection is lost, once', () => {
    const announce = createAnnouncer(base, en);
    expect(announce({ ...base, status: 'reconnecting' })).toBe(en.lost);
    expect(announce({ ...base, status: 'reconnecting' })).toBe(en.lost);
  });

  it('confirms that the patron message went, or says that it did not', () => {
    const announce = createAnnouncer(base, en);
    expect(announce({ ...base, messages: [mine('pending')] })).toBe('');
    expect(announce({ ...base, messages: [mine('sent')] })).toBe(en.sent);
    const failing = createAnnouncer(base, en);
    failing({ ...base, messages: [mine('pending')] });
    expect(failing({ ...base, messages: [mine('failed')] })).toBe(en.notSentLong);
  });

  it('says that the chat ended, and why', () => {
    const announce = createAnnouncer({ ...base, chatState: 'active' }, en);
    expect(announce({ ...base, chatState: 'ended', endedReason: 'responder_ended' })).toBe(
      'The chat is over: The librarian ended the chat.',
    );
  });

  it('announces nothing that was already there when the widget started', () => {
    const announce = createAnnouncer({ ...queued(4), status: 'reconnecting' }, en);
    expect(announce({ ...queued(4), status: 'reconnecting' })).toBe('');
  });
});
