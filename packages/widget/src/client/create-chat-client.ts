// One closure owns a client's state (the conversation, the socket, the tabs), so this file is longer
// than most: the pure parts live in apply-frame, conversation, transcript and hello-frame.
import {
  CloseCode,
  decodePatronServerFrame,
  isFinalCloseCode,
  type LibraryWidgetInfo,
  type PatronClientFrameInput,
  type PatronServerFrame,
} from '@refdesk/protocol/patron';
import { applyFrame, dropFromOutbox } from './apply-frame.ts';
import { BROWSER_ID_KEY, newBrowserId } from './browser-id.ts';
import type { ChatClient } from './chat-client.ts';
import {
  type Conversation,
  emptyConversation,
  loadConversation,
  type OutboxFrame,
  saveConversation,
} from './conversation.ts';
import { createTabSync, type TabMessage, type TabSync } from './create-tab-sync.ts';
import { createTypingThrottle } from './create-typing-throttle.ts';
import { createEmitter } from './emitter.ts';
import { helloFrame } from './hello-frame.ts';
import { createClientMessageId } from './socket/create-client-message-id.ts';
import { createReconnectingSocket } from './socket/create-reconnecting-socket.ts';
import { realTimers } from './socket/real-timers.ts';
import type { SocketConstructor } from './socket/types.ts';
import { conversationKey, defaultStorage } from './storage.ts';
import { lastSeq, pendingMessages, unreadCount } from './transcript.ts';
import type {
  BroadcastChannelLike,
  ChatClientEvents,
  ChatClientOptions,
  ChatError,
  ChatMessage,
  ChatSnapshot,
  ConnectionStatus,
} from './types.ts';

/**
 * Creates a headless patron chat client. Nothing happens until `open()` or `ask()`.
 *
 * @example
 * const client = createChatClient({ libraryId: 'springfield', server: 'https://ask.example.org' });
 * client.on('message', (message) => console.log(message.displayName, message.text));
 * client.ask({ question: 'Do you have The Left Hand of Darkness?' });
 */
export function createChatClient(options: ChatClientOptions): ChatClient {
  const timers = options.timers ?? realTimers;
  const storage = options.storage ?? defaultStorage();
  const key = conversationKey(options.libraryId);
  // The server ignores a kept id it would not accept (protocol `BrowserIdSchema`).
  const browser = storage.getItem(BROWSER_ID_KEY) || newBrowserId();
  const newId = options.createId ?? (() => createClientMessageId('p'));
  const events = createEmitter<ChatClientEvents>();
  const saved = loadConversation(storage, key, timers.now());
  let c: Conversation = saved ?? emptyConversation();
  let engaged = saved !== null;
  let announced = saved?.token ?? null;
  let status: ConnectionStatus = 'idle';
  let library: LibraryWidgetInfo | null = null;
  /** A librarian is typing until then: an indicator never sticks if its "stopped" gets lost. */
  let typingUntil = 0;
  let failed: ChatMessage[] = [];
  let error: ChatError | null = null;
  let viewing = false;
  let unread = unreadCount(c);
  let control: PatronClientFrameInput[] = [];
  let sync: TabSync | null = null;
  let snapshot = build();

  const connection = createReconnectingSocket({
    url: `${options.server.replace(/^http/, 'ws').replace(/\/+$/, '')}/ws/patron`,
    WebSocket: options.WebSocket ?? (globalThis.WebSocket as unknown as SocketConstructor),
    timers,
    random: options.random ?? Math.random,
    heartbeatMs: options.heartbeatMs ?? 25_000,
    // The page itself: its `window` and `document` are properties of the global object.
    environment: options.environment ?? globalThis,
    hello: () => ({ ...helloFrame(options, c), browserId: browser }),
    decode: decodePatronServerFrame,
    isFinal: isFinalCloseCode,
    onFrame,
    onClose(code, reconnecting) {
      status = reconnecting ? 'reconnecting' : 'closed';
      if (code === CloseCode.sessionExpired) expire();
      if (!reconnecting) error = { code: 'connection', message: String(code) };
      setTyping(false);
      events.emit('close', { code, reconnecting });
      if (error && !reconnecting) events.emit('error', error);
      changed();
    },
  });
  const typingThrottle = createTypingThrottle(
    (active) => c.chatId && connection.send({ type: 'typing', active }),
    timers,
  );

  function onFrame(frame: PatronServerFrame): void {
    if (frame.type === 'welcome') {
      // The server no longer knows our chat: what we showed of it cannot continue.
      if (c.chatId !== null && frame.chatId !== c.chatId) expire();
      c.token = frame.resumeToken;
      c.chatId = frame.chatId;
      c.chatState = frame.state;
      if (frame.state !== 'queued') c.queue = null;
      const first = library === null;
      library = frame.library;
      status = 'open';
      error = null;
      if (first) events.emit('ready', frame.library);
      events.emit('open', undefined);
      flush();
    } else if (frame.type === 'typing') {
      setTyping(frame.active);
      events.emit('typing', { active: frame.active });
    } else if (frame.type === 'error') {
      onError(frame);
    } else if (frame.type !== 'pong') {
      const event = applyFrame(c, frame, timers.now());
      if (event?.[0] === 'message' && event[1].authorRole === 'responder') setTyping(false);
      if (event?.[0] === 'ended') setTyping(false);
      if (event) (events.emit as (type: string, payload: unknown) => void)(event[0], event[1]);
    }
    changed();
  }

  function onError({ type: _, ...refused }: Extract<PatronServerFrame, { type: 'error' }>): void {
    error = refused;
    const id = refused.clientMessageId;
    if (refused.code === 'session_expired') expire();
    else if (refused.code === 'rate_limited') timers.setTimeout(flush, 3000);
    else if (id) {
      const message = pendingMessages(c.outbox).find((m) => m.clientMessageId === id);
      if (message) failed.push({ ...message, status: 'failed' });
      dropFromOutbox(c, id);
    } else if (refused.ref === 'offline_question') {
      c.outbox = c.outbox.filter((f) => f.type !== 'offline_question');
    }
    events.emit('error', refused);
  }

  /** The chat cannot be resumed: keep only what was never delivered and needs no chat. */
  function expire(): void {
    const outbox = c.chatId ? c.outbox.filter((f) => f.type === 'offline_question') : c.outbox;
    c = { ...emptyConversation(), outbox };
    failed = [];
  }

  const setTyping = (active: boolean): void => {
    typingUntil = active ? timers.now() + 15_000 : 0;
  };

  const asking = (): boolean => c.outbox.some((f) => f.type === 'ask');

  function flush(): void {
    if (status !== 'open') return;
    if (!c.chatId && !asking()) c.outbox = c.outbox.filter((f) => f.type !== 'send');
    for (const { at: _at, ...frame } of c.outbox) connection.send(frame);
    for (const frame of control.splice(0)) connection.send(frame);
  }

  function deliver(frame: PatronClientFrameInput): void {
    if (status !== 'open' || !connection.send(frame)) control.push(frame);
  }

  function enqueue(frame: OutboxFrame): void {
    engaged = true;
    error = null;
    c.outbox.push(frame);
    const { at: _at, ...wire } = frame;
    if (status === 'open') connection.send(wire);
    client.open();
    changed();
  }

  function changed(): void {
    let count = unreadCount(c);
    if (viewing && count > 0) {
      const seq = lastSeq(c);
      c.readSeq = seq;
      count = 0;
      if (status === 'open') connection.send({ type: 'read', seq });
      sync?.post({ type: 'read', seq });
    }
    if (engaged) {
      saveConversation(storage, key, c, timers.now());
      storage.setItem(BROWSER_ID_KEY, browser);
    }
    if (engaged && c.token && c.token !== announced) {
      announced = c.token;
      sync?.post({ type: 'started' });
    }
    const unreadChanged = count !== unread;
    unread = count;
    snapshot = build();
    events.emit('change', snapshot);
    if (unreadChanged) events.emit('unread', { count });
  }

  function build(): ChatSnapshot {
    return {
      status,
      library,
      chatState: c.chatState,
      queue: c.queue,
      assigned: c.assigned,
      messages: [...c.messages, ...pendingMessages(c.outbox), ...failed],
      responderTyping: typingUntil > timers.now(),
      offline: c.offline,
      endedReason: c.endedReason,
      unread,
      received: c.received,
      error,
    };
  }

  function onTab(message: TabMessage): void {
    if (message.type === 'read') {
      if (message.seq > c.readSeq) c.readSeq = message.seq;
    } else if (message.type === 'cleared') {
      forget();
    } else if (message.type === 'started') {
      // Another tab started a chat: this one joins it, unless it started its own meanwhile.
      const other = loadConversation(storage, key, timers.now());
      if (!other?.token || other.token === c.token || c.chatId || asking()) return;
      c = other;
      engaged = true;
      announced = other.token;
      connection.restart();
    }
    changed();
  }

  function forget(): void {
    c = emptyConversation();
    engaged = false;
    announced = null;
    failed = [];
    control = [];
    error = null;
    connection.restart();
  }

  const client: ChatClient = {
    getSnapshot: () => snapshot,
    on: events.on,
    off: events.off,
    open() {
      if (status !== 'idle' && status !== 'closed') return;
      const channel =
        options.channel !== undefined
          ? options.channel
          : typeof BroadcastChannel === 'function'
            ? (new BroadcastChannel(key) as unknown as BroadcastChannelLike)
            : null;
      sync ??= createTabSync(channel, onTab);
      status = 'connecting';
      connection.start();
      changed();
    },
    ask({ question, name, email }) {
      if (c.chatId || asking()) return client.send(question);
      const at = timers.now();
      const frame: OutboxFrame = { type: 'ask', clientMessageId: newId(), question, at };
      if (name) frame.name = name;
      if (email) frame.email = email;
      enqueue(frame);
      return frame.clientMessageId;
    },
    send(text) {
      if (!c.chatId && !asking()) return client.ask({ question: text });
      const clientMessageId = newId();
      typingThrottle.stop();
      enqueue({ type: 'send', clientMessageId, text, at: timers.now() });
      return clientMessageId;
    },
    typing: () => typingThrottle.input(),
    setViewing(value) {
      if (value === viewing) return;
      viewing = value;
      if (value) changed();
    },
    leave() {
      typingThrottle.stop();
      deliver({ type: 'leave' });
    },
    // Straight to the socket, never queued: a page back from the back-forward cache is not leaving.
    departing: () => connection.send({ type: 'departing' }),
    survey(rating, comment, answers) {
      // Sent as JSON: fields left undefined are not sent at all.
      deliver({ type: 'survey', rating, comment, answers } as PatronClientFrameInput);
    },
    requestTranscript: (email) => deliver({ type: 'request_transcript', email }),
    offlineQuestion({ question, email, name, deadline }) {
      c.outbox = c.outbox.filter((f) => f.type === 'offline_question');
      const frame: OutboxFrame = { type: 'offline_question', question, email, at: timers.now() };
      if (name) frame.name = name;
      if (deadline) frame.deadline = deadline;
      c.offline ??= 'no_responders';
      enqueue(frame);
    },
    clear() {
      if (c.chatState === 'queued' || c.chatState === 'active') deliver({ type: 'leave' });
      storage.removeItem(key);
      // Kept again only if this tab's patron asks again.
      storage.removeItem(BROWSER_ID_KEY);
      forget();
      sync?.post({ type: 'cleared' });
      changed();
    },
    erase: () => c.token && deliver({ type: 'erase_chat', resumeToken: c.token }),
    destroy() {
      connection.stop();
      typingThrottle.stop();
      setTyping(false);
      sync?.close();
      sync = null;
      status = 'idle';
    },
  };
  return client;
}
