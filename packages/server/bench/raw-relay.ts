// The floor: a minimal WebSocket relay over the same `ws` library, with no validation, storage or
// routing decisions. A client says who it is; a question goes to every librarian (as Refdesk
// offers it to every librarian who may take it), an accept goes to its patron and tells the other
// librarians the chat is taken, and every other frame goes to the peer it names, as is.
import { createServer } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { installProbe } from './child-probe.ts';

type RawFrame = { t: string; role?: 'p' | 'r'; id?: number; to?: number; from?: number };
const patrons = new Map<number, WebSocket>();
const responders = new Map<number, WebSocket>();
const http = createServer();
const wss = new WebSocketServer({ server: http, maxPayload: 256 * 1024 });

const send = (ws: WebSocket | undefined, data: string) => {
  if (ws?.readyState === 1) ws.send(data);
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
  await new Promise<void>((resolve) => http.close(() => resolve()));
});
