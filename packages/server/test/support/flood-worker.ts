/**
 * The attacker of `abuse.test.ts`, in a process of its own at the lowest CPU priority: a real
 * attacker's sending runs on another machine, so here it must neither share the event loop that
 * serves and times the other chats nor take CPU from it on a busy test machine. Only the server's
 * own cost of a flood (reading, refusing, closing) is then what the test measures.
 * Started by `startFlooder` (`node flood-worker.ts <url> <origin> <frames>`).
 */
import WebSocket from 'ws';

export interface FloodOutcome {
  errors: string[];
  close: number | undefined;
}

const [url = '', origin = '', framesText = '0'] = process.argv.slice(2);
/** Messages each socket sends after its question. */
const frames = Number(framesText);
let flooding = false;

/** One socket that says hello, asks, then sends messages as fast as it can until it is closed. */
function flood(): Promise<FloodOutcome> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws/patron`, { origin });
  const outcome: FloodOutcome = { errors: [], close: undefined };
  ws.on('error', () => undefined);
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; code?: string };
    if (frame.type === 'error') outcome.errors.push(frame.code ?? '');
    if (frame.type !== 'welcome') return;
    ws.send(JSON.stringify({ type: 'ask', clientMessageId: 'q', question: 'Flood' }));
    for (let n = 0; n < frames && ws.readyState === WebSocket.OPEN; n++) {
      ws.send(JSON.stringify({ type: 'send', clientMessageId: `f${n}`, text: `Flood ${n}` }));
    }
  });
  ws.on('open', () =>
    ws.send(JSON.stringify({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' })),
  );
  return new Promise((resolve) => {
    ws.on('close', (code) => resolve({ ...outcome, close: code }));
  });
}

process.on('message', async (order: { start?: number; stop?: true }) => {
  if (order.stop) {
    flooding = false;
    return;
  }
  flooding = true;
  const outcomes: FloodOutcome[] = [];
  // One flooding socket after another, as fast as the per-address limit lets them in.
  for (let n = 0; flooding && n < (order.start ?? 0); n++) outcomes.push(await flood());
  process.send?.(outcomes);
});
