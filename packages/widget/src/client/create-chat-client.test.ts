import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { responderMessage, welcome } from '../testing/fake-socket.ts';
import { setupClient as setup, texts } from '../testing/setup-client.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('privacy', () => {
  it('opens no socket and stores nothing before open() or a question', () => {
    const { fake, storage, make } = setup();
    const client = make();
    client.setViewing(true);
    vi.advanceTimersByTime(60_000);
    expect(fake.sockets).toHaveLength(0);
    expect(storage.writes).toEqual([]);
    expect(client.getSnapshot().status).toBe('idle');
  });

  it('stores nothing when the patron only opens the chat without asking', () => {
    const { storage, make, connect } = setup();
    make().open();
    connect();
    expect(storage.writes).toEqual([]);
  });
});

describe('asking and sending', () => {
  it('shows the question as pending, then once, confirmed, after the ack and the echo', () => {
    const { make, connect } = setup();
    const client = make();
    client.open();
    const socket = connect();
    const id = client.ask({ question: 'Do you have Dune?', name: 'Lisa' });
    expect(socket.sent.at(-1)).toEqual({
      type: 'ask',
      clientMessageId: id,
      question: 'Do you have Dune?',
      name: 'Lisa',
    });
    expect(client.getSnapshot().messages[0]).toMatchObject({ status: 'pending', seq: null });
    socket.receive({ type: 'ack', clientMessageId: id, seq: 1, messageId: 'm1' });
    socket.receive({
      ...responderMessage(1, 'Do you have Dune?'),
      authorRole: 'patron',
      displayName: 'Lisa',
      clientMessageId: id,
    });
    const [message, ...rest] = client.getSnapshot().messages;
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ key: id, seq: 1, status: 'sent', text: 'Do you have Dune?' });
  });

  it('sends later messages with their own client message ids', () => {
    const { make, connect } = setup();
    const client = make();
    client.open();
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    const first = client.send('one');
    const second = client.send('two');
    expect(first).not.toBe(second);
    expect(socket.sent.slice(-2)).toEqual([
      { type: 'send', clientMessageId: first, text: 'one' },
      { type: 'send', clientMessageId: second, text: 'two' },
    ]);
  });

  it('shows a message refused by the server as failed and stops retrying it', () => {
    const { make, connect, fake } = setup();
    const client = make();
    client.open();
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    const id = client.send('x'.repeat(10));
    socket.receive({ type: 'error', code: 'validation', message: 'too long', clientMessageId: id });
    expect(client.getSnapshot().messages).toMatchObject([{ key: id, status: 'failed' }]);
    socket.drop();
    vi.advanceTimersByTime(1000);
    connect(welcome({ chatId: 'chat1', state: 'active' }));
    expect(fake.last().sent.filter((f) => f.type === 'send')).toEqual([]);
  });
});

describe('the outbox', () => {
  it('survives a reload and is sent again, with the same ids, after the resume', () => {
    const { make, connect, fake } = setup();
    const before = make();
    before.open();
    connect(welcome({ resumeToken: 'token-one-aaaaaaaaaaaa' }));
    const id = before.ask({ question: 'Where is the library?' });
    fake.last().drop();
    before.destroy();

    const after = make();
    expect(texts(after)).toEqual(['Where is the library?']);
    after.open();
    const socket = connect(welcome({ resumeToken: 'token-one-aaaaaaaaaaaa' }));
    expect(socket.sent[0]).toMatchObject({ resumeToken: 'token-one-aaaaaaaaaaaa', lastSeq: 0 });
    expect(socket.sent[1]).toMatchObject({ type: 'ask', clientMessageId: id });
  });

  it('re-sends messages that were not acknowledged when the socket dropped', () => {
    const { make, connect, fake } = setup();
    const client = make();
    client.open();
    connect(welcome({ chatId: 'chat1', state: 'active' }));
    const acked = client.send('acked');
    const lost = client.send('lost');
    fake.last().receive({ type: 'ack', clientMessageId: acked, seq: 1, messageId: 'm1' });
    fake.last().drop();
    vi.advanceTimersByTime(1000);
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    expect(socket.sent.filter((f) => f.type === 'send')).toEqual([
      { type: 'send', clientMessageId: lost, text: 'lost' },
    ]);
  });

  it('keeps messages written while offline and sends them in order once connected', () => {
    const { make, connect } = setup();
    const client = make();
    const id = client.ask({ question: 'first' });
    client.send('second');
    const socket = connect();
    expect(socket.sent.map((f) => f.type)).toEqual(['hello', 'ask', 'send']);
    expect(socket.sent[1]).toMatchObject({ clientMessageId: id });
  });
});

describe('messages', () => {
  it('shows duplicate and out-of-order frames once, in seq order', () => {
    const { make, connect } = setup();
    const client = make();
    const events: number[] = [];
    client.on('message', (m) => events.push(m.seq ?? -1));
    client.open();
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    for (const seq of [3, 1, 2, 2, 1, 3]) socket.receive(responderMessage(seq));
    expect(texts(client)).toEqual(['reply 1', 'reply 2', 'reply 3']);
    expect(events).toEqual([3, 1, 2]);
  });

  it('resumes with the last seq it has shown, and shows a replay only once', () => {
    const { make, connect, fake } = setup();
    const client = make();
    client.ask({ question: 'q' });
    const first = connect(welcome({ chatId: 'chat1', state: 'active' }));
    first.receive(responderMessage(4));
    first.receive(responderMessage(5));
    first.drop(1001);
    vi.advanceTimersByTime(1000);
    const socket = connect(welcome({ chatId: 'chat1', state: 'active' }));
    expect(socket.sent[0]).toMatchObject({ resumeToken: 'token-aaaaaaaaaaaaaaaa', lastSeq: 5 });
    socket.receive(responderMessage(5));
    socket.receive(responderMessage(6));
    expect(texts(client)).toEqual(['reply 4', 'reply 5', 'reply 6', 'q']);
    expect(fake.sockets).toHaveLength(2);
  });

  it('forgets the token and starts afresh when the server says the session expired', () => {
    const { make, connect, fake } = setup();
    const client = make();
    client.ask({ question: 'q' });
    const first = connect(welcome({ chatId: 'chat1', state: 'queued' }));
    first.receive(responderMessage(1));
    first.drop(4004);
    expect(fake.sockets).toHaveLength(1);
    vi.advanceTimersByTime(0);
    const socket = connect(welcome({ resumeToken: 'token-new-aaaaaaaaaaaa' }));
    expect(socket.sent[0]).not.toHaveProperty('resumeToken');
    expect(client.getSnapshot()).toMatchObject({ chatState: 'none', messages: [] });
  });
});
