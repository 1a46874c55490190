import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeChannels, responderMessage, welcome } from '../testing/fake-socket.ts';
import { setupClient as setup, texts } from '../testing/setup-client.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the chat lifecycle', () => {
  it('follows queued, assigned, typing and ended, and emits each', () => {
    const { make, connect } = setup();
    const client = make();
    const seen: string[] = [];
    for (const type of ['queued', 'assigned', 'typing', 'ended'] as const) {
      client.on(type, () => seen.push(type));
    }
    client.ask({ question: 'q' });
    const socket = connect();
    socket.receive({
      type: 'queued',
      chatId: 'chat1',
      position: 2,
      estimatedWaitSeconds: 40,
      tier: 'local',
    });
    expect(client.getSnapshot().queue).toEqual({
      position: 2,
      estimatedWaitSeconds: 40,
      tier: 'local',
    });
    socket.receive({
      type: 'assigned',
      chatId: 'chat1',
      responderName: 'Ben',
      libraryName: 'Shelbyville Public Library',
      isHomeLibrary: false,
      disclosure: 'A librarian from Shelbyville Public Library is helping you',
    });
    socket.receive({ type: 'typing', active: true });
    expect(client.getSnapshot()).toMatchObject({ chatState: 'active', responderTyping: true });
    socket.receive(responderMessage(2));
    expect(client.getSnapshot().responderTyping).toBe(false);
    socket.receive({ type: 'ended', chatId: 'chat1', reason: 'responder_ended' });
    expect(client.getSnapshot()).toMatchObject({ chatState: 'ended', queue: null });
    expect(seen).toEqual(['queued', 'assigned', 'typing', 'ended']);
  });

  it('stops showing a librarian typing after 15 seconds without news', () => {
    const { make, connect } = setup();
    const client = make();
    client.open();
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    socket.receive({ type: 'typing', active: true });
    vi.advanceTimersByTime(14_000);
    socket.receive({ type: 'pong' });
    expect(client.getSnapshot().responderTyping).toBe(true);
    vi.advanceTimersByTime(2000);
    socket.receive({ type: 'pong' });
    expect(client.getSnapshot().responderTyping).toBe(false);
  });

  it('throttles typing to one frame every three seconds and says when it stops', () => {
    const { make, connect } = setup();
    const client = make();
    client.open();
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    for (let i = 0; i < 20; i++) {
      client.typing();
      vi.advanceTimersByTime(200);
    }
    vi.advanceTimersByTime(5000);
    const typing = socket.sent.filter((f) => f.type === 'typing').map((f) => f.active);
    expect(typing).toEqual([true, true, false]);
  });

  it('keeps an offline question until the server confirms it', () => {
    const { make, connect, storage, fake } = setup();
    const client = make();
    client.offlineQuestion({
      question: 'Hours?',
      email: 'lisa@example.org',
      deadline: '2030-01-02',
    });
    expect(storage.map.get('refdesk:springfield')).toContain('Hours?');
    let socket = connect(welcome({ library: { ...welcome().library, available: false } }));
    socket.drop();
    vi.advanceTimersByTime(1000);
    socket = connect();
    expect(socket.sent[1]).toEqual({
      type: 'offline_question',
      question: 'Hours?',
      email: 'lisa@example.org',
      deadline: '2030-01-02',
    });
    socket.receive({ type: 'received', what: 'offline_question', followUpId: 'f1' });
    expect(client.getSnapshot().received.offlineQuestion).toBe(true);
    expect(storage.map.get('refdesk:springfield')).not.toContain('Hours?');
    expect(fake.sockets).toHaveLength(2);
  });
});

describe('events', () => {
  it('says ready once, with the library, and open and close with every connection', () => {
    const { make, connect, fake } = setup();
    const client = make();
    const seen: string[] = [];
    client.on('ready', (library) => seen.push(`ready ${library.name}`));
    client.on('open', () => seen.push('open'));
    client.on('close', ({ code, reconnecting }) => seen.push(`close ${code} ${reconnecting}`));
    client.open();
    connect();
    fake.last().drop(1001);
    vi.advanceTimersByTime(1000);
    connect();
    expect(seen).toEqual(['ready Springfield Public Library', 'open', 'close 1001 true', 'open']);
  });

  it('says when nobody is available, and why', () => {
    const { make, connect } = setup();
    const client = make();
    const reasons: string[] = [];
    client.on('offline', ({ reason }) => reasons.push(reason));
    client.ask({ question: 'Anyone?' });
    connect().receive({ type: 'offline', reason: 'outside_hours' });
    expect(reasons).toEqual(['outside_hours']);
    expect(client.getSnapshot().offline).toBe('outside_hours');
  });

  it('keeps going when a listener throws', () => {
    const { make, connect } = setup();
    const client = make();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    client.on('message', () => {
      throw new Error('a broken page script');
    });
    client.on('message', after);
    client.open();
    connect(welcome({ chatId: 'chat1', state: 'active' })).receive(responderMessage(1));
    expect(after).toHaveBeenCalledTimes(1);
    expect(texts(client)).toEqual(['reply 1']);
    error.mockRestore();
  });
});

describe('unread messages', () => {
  it('counts replies while the patron is not looking, and reads them when they look', () => {
    const { make, connect } = setup();
    const client = make();
    const counts: number[] = [];
    client.on('unread', ({ count }) => counts.push(count));
    client.ask({ question: 'q' });
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    socket.receive(responderMessage(2));
    socket.receive(responderMessage(3));
    expect(client.getSnapshot().unread).toBe(2);
    client.setViewing(true);
    expect(client.getSnapshot().unread).toBe(0);
    expect(socket.sent.at(-1)).toEqual({ type: 'read', seq: 3 });
    socket.receive(responderMessage(4));
    expect(counts).toEqual([1, 2, 0]);
  });
});

describe('one conversation across tabs', () => {
  it('lets a second tab join the chat the first one started', () => {
    const { make, fake } = setup();
    const channels = createFakeChannels();
    const tabA = make({ channel: channels.open() });
    const tabB = make({ channel: channels.open() });
    tabB.open();
    const socketB = fake.last();
    socketB.accept();
    socketB.receive(welcome({ resumeToken: 'token-bbbbbbbbbbbbbbbb' }));
    tabA.ask({ question: 'shared' });
    const socketA = fake.last();
    socketA.accept();
    socketA.receive(welcome({ resumeToken: 'token-aaaaaaaaaaaaaaaa' }));
    const joined = fake.last();
    expect(joined).not.toBe(socketA);
    joined.accept();
    expect(joined.sent[0]).toMatchObject({ resumeToken: 'token-aaaaaaaaaaaaaaaa' });
    expect(texts(tabB)).toEqual(['shared']);
  });

  it('clears every tab when the patron clears the conversation', () => {
    const { make, fake, storage } = setup();
    const channels = createFakeChannels();
    const tabA = make({ channel: channels.open() });
    tabA.ask({ question: 'private' });
    fake.last().accept();
    fake.last().receive(welcome({ chatId: 'chat1', state: 'active' }));
    const tabB = make({ channel: channels.open() });
    tabB.open();
    expect(texts(tabB)).toEqual(['private']);
    const socketA = fake.sockets[0];
    tabA.clear();
    expect(socketA?.sent.at(-1)).toEqual({ type: 'leave' });
    expect(storage.map.size).toBe(0);
    expect(texts(tabA)).toEqual([]);
    expect(texts(tabB)).toEqual([]);
    fake.last().accept();
    expect(fake.last().sent[0]).not.toHaveProperty('resumeToken');
  });
});
