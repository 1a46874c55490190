import { describe, expect, it } from 'vitest';
import type { ChatSnapshot } from '../client/types.ts';
import { welcome } from '../testing/fake-socket.ts';
import { computeView } from './compute-view.ts';

const base: ChatSnapshot = {
  status: 'open',
  library: welcome().library as ChatSnapshot['library'],
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
const asked = [
  {
    key: 'a',
    seq: null,
    authorRole: 'patron',
    displayName: '',
    text: 'q',
    sentAt: 0,
    status: 'pending',
  },
] as const;

describe('computeView', () => {
  it('starts with the pre-chat screen, and the chat once a question is on its way', () => {
    expect(computeView(base)).toBe('prechat');
    expect(computeView({ ...base, messages: asked })).toBe('chat');
    expect(computeView({ ...base, chatState: 'queued' })).toBe('chat');
  });

  it('offers the leave-a-question form when the library is unavailable or nobody is free', () => {
    const library = { ...(base.library as NonNullable<ChatSnapshot['library']>), available: false };
    expect(computeView({ ...base, library })).toBe('offline');
    expect(computeView({ ...base, messages: asked, offline: 'no_responders' })).toBe('offline');
    expect(computeView({ ...base, received: { ...base.received, offlineQuestion: true } })).toBe(
      'offline-sent',
    );
  });

  it('keeps a chat that a librarian took, even if the library became unavailable', () => {
    const library = { ...(base.library as NonNullable<ChatSnapshot['library']>), available: false };
    expect(computeView({ ...base, library, chatState: 'active' })).toBe('chat');
    expect(computeView({ ...base, chatState: 'ended' })).toBe('ended');
  });
});
