// The floor: a minimal WebSocket relay over the same `ws` library, with no validation, storage or
// routing decisions. A client says who it is; a question goes to every librarian (as Refdesk
// offers it to every librarian who may take it), an accept goes to its patron and tells the other
// librarians the chat is taken, and every other frame goes to the peer it names, as is.
//
// BENCH_RELAY=frames sends Refdesk's frame pattern instead of the one copy: an `ack` and an echo
// to the sender (one corked write) and the copy to the peer. BENCH_RELAY=durable does that too and
// first stores every message in a SQLite file (BENCH_DATA) with Refdesk's storage settings and its
// group commit and output gate: WAL, synchronous = NORMAL, one transaction per turn, one fdatasync
// of the WAL on a libuv thread before anything about a message leaves. The anchor for what
// durability costs apart from Refdesk's own code.
import { createServer } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { createOutputGate } from '../src/runtime/node/output-gate.ts';
import { corkForBatch } from '../src/runtime/node/socket-cork.ts';
import { openNodeSqlite } from '../src/storage/node/sqlite.ts';
import { installProbe } from './child-probe.ts';

type RawFrame = {
  t: string;
  role?: 'p' | 'r';
  id?: number;
  to?: number;
  from?: number;
  k?: number;
  text?: string;
};
const mode = process.env.BENCH_RELAY ?? 'raw';
const patrons = new Map<number, WebSocket>();
const responders = new Map<number, WebSocket>();
const http = createServer();
const wss = new WebSocketServer({ server: http, maxPayload: 256 * 1024 });

const dataPath = process.env.BENCH_DATA;
const db =
  mode === 'durable' && dataPath ? openNodeSqlite(dataPath, { durability: 'group' }) : undefined;
db?.exec(`CREATE TABLE IF NOT EXISTS messages (
  id TEXT PRIMARY KEY, chat INTEGER NOT NULL, seq INTEGER NOT NULL, author TEXT NOT NULL,
  text TEXT NOT NULL, sent_at INTEGER NOT NULL, UNIQUE (chat, seq))`);
const gate = db ? createOutputGate(() => db.sync()) : undefined;
const seqs = new Map<number, number>();
let nextId = 0;

const send = (ws: WebSocket | undefined, data: string) => {
  if (ws?.readyState === 1) ws.send(data);
};

/** Refdesk's pattern: ack + echo to the sender in one write, the copy to the peer. */
const relayMessage = (ws: WebSocket, role: 'p' | 'r', frame: RawFrame, data: string) => {
  const chat = role === 'r' ? (frame.to ?? -1) : (frame.from ?? -1);
  const seq = (seqs.get(chat) ?? 0) + 1;
  seqs.set(chat, seq);
  const id = `m${nextId++}`;
  db?.run(
    'INSERT INTO messages (id, chat, seq, author, text, sent_at) VALUES (?, ?, ?, ?, ?, ?)',
    id,
    chat,
    seq,
    role,
    frame.text ?? '',
    Date.now(),
  );
  const ack = JSON.stringify({ t: 'ack', k: frame.k, seq, id });
  const echo = JSON.stringify({ t: 'echo', k: frame.k, seq, id, text: frame.text });
  const peer = (role === 'r' ? patrons : responders).get(frame.to ?? -1);
  const out = () => {
    corkForBatch(ws);
    send(ws, ack);
    send(ws, echo);
    send(peer, data);
  };
  if (gate) gate.hold(out);
  else out();
};

wss.on('connection', (ws) => {
  let role: 'p' | 'r' | undefined;
  ws.on('message', (raw) => {
    const data = String(raw);
    const frame = JSON.parse(data) as RawFrame;
    if (frame.t === 'hello') {
      role = frame.role;
      (role === 'r' ? responders : patrons).set(frame.id ?? -1, ws);
      ws.send('{"t":"welcome"}');
    } else if (frame.t === 'ask') {
      for (const responder of responders.values()) send(responder, data);
    } else if (frame.t === 'accept') {
      send(patrons.get(frame.to ?? -1), data);
      const taken = JSON.stringify({ t: 'taken', chat: frame.to });
      for (const [id, responder] of responders) if (id !== frame.from) send(responder, taken);
    } else if (mode !== 'raw' && frame.t === 'msg' && role) {
      relayMessage(ws, role, frame, data);
    } else {
      send((role === 'r' ? patrons : responders).get(frame.to ?? -1), data);
    }
  });
});

await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const address = http.address();
const port = typeof address === 'object' && address ? address.port : 0;
installProbe(`http://127.0.0.1:${port}`, async () => {
  for (const ws of wss.clients) ws.terminate();
  await gate?.settled();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  db?.close();
});
