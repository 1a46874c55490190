import {
  decodePatronServerFrame,
  decodeResponderServerFrame,
  ERROR_CODES,
  PatronClientFrameSchemas,
  ResponderClientFrameSchemas,
} from '@refdesk/protocol';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/runtime/node/server.ts';
import {
  anyFrame,
  EXTREMES,
  heldChatFrame,
  patronFrame,
  text,
  unknownChatFrame,
} from './support/fuzz-frames.ts';
import { type ProbeResult, probeSocket } from './support/probe-socket.ts';
import { openSocket, signIn, type TestSocket } from './support/socket-client.ts';
import { LIFTED_BUDGETS, startTestServer } from './support/test-server.ts';

const ORIGIN = 'http://localhost';
const HELLO = { type: 'hello', protocolVersion: 1, libraryId: 'springfield' };
/** Close codes the protocol gives for what a fuzzed frame can cause (1009: larger than ws takes). */
const CLOSE_CODES = [1009, 4000, 4002, 4008, 4009];

let server: RunningServer;
let cookie = '';
let bystander: { patron: TestSocket; ben: TestSocket; chatId: string };
let rounds = 0;

beforeAll(async () => {
  // Fuzzing opens a socket per run from one address, and the chat alongside talks after every run:
  // per-address and per-socket limits are the abuse suite's subject, not this one's.
  server = await startTestServer(':memory:', {
    connectionLimits: false,
    socketRateScale: 10,
    room: LIFTED_BUDGETS,
  });
  cookie = (await signIn(server.url, 'cora@springfield.example')).cookie;
  const ben = await openSocket(`${server.url}/ws/responder`, {
    cookie: (await signIn(server.url, 'ben@shelbyville.example')).cookie,
  });
  ben.send({ type: 'hello', protocolVersion: 1 });
  ben.send({ type: 'set_status', status: 'cooperative' });
  await ben.next('status');
  const patron = await openSocket(`${server.url}/ws/patron`, { origin: ORIGIN });
  patron.send({ ...HELLO, libraryId: 'shelbyville' });
  await patron.next('welcome');
  patron.send({
    type: 'ask',
    clientMessageId: 'b0',
    question: 'A chat running alongside the fuzzing',
  });
  const offer = await ben.next<{ type: 'offer'; offer: { chatId: string } }>('offer');
  ben.send({ type: 'accept', chatId: offer.offer.chatId });
  await patron.next('assigned');
  bystander = { patron, ben, chatId: offer.offer.chatId };
}, 30_000);
afterAll(async () => {
  bystander?.patron.close();
  bystander?.ben.close();
  await server?.close();
});

/** The chat running alongside still works both ways. */
async function bystanderStillTalks(): Promise<void> {
  rounds += 1;
  const { patron, ben, chatId } = bystander;
  patron.send({ type: 'send', clientMessageId: `bp${rounds}`, text: `Still there? ${rounds}` });
  await ben.next<{ type: 'message'; message: { clientMessageId?: string } }>(
    'message',
    (frame) => frame.message.clientMessageId === `bp${rounds}`,
  );
  ben.send({ type: 'send', chatId, clientMessageId: `bb${rounds}`, text: `Yes ${rounds}` });
  await patron.next<{ type: 'message'; clientMessageId?: string }>(
    'message',
    (frame) => frame.clientMessageId === `bb${rounds}`,
  );
}

/** What the server said is protocol: decodable frames, known codes, no internal error, known close. */
function protocolProblems(
  result: ProbeResult,
  decode: (text: string) => { ok: boolean },
): string[] {
  const problems: string[] = [];
  for (const text of result.texts) {
    if (!decode(text).ok) problems.push(`undecodable frame ${text.slice(0, 200)}`);
    const frame = JSON.parse(text) as { type: string; code?: string };
    if (frame.type !== 'error') continue;
    if (!(ERROR_CODES as readonly string[]).includes(frame.code ?? '')) {
      problems.push(`unknown error code ${frame.code}`);
    }
    if (frame.code === 'internal') problems.push(`internal error: ${text}`);
  }
  if (result.closed && !CLOSE_CODES.includes(result.closed.code)) {
    problems.push(`closed with ${result.closed.code} ${result.closed.reason}`);
  }
  return problems;
}

const patronPrelude = (state: string): [object, string][] =>
  state === 'fresh'
    ? []
    : state === 'hello'
      ? [[HELLO, 'welcome']]
      : [
          [HELLO, 'welcome'],
          [{ type: 'ask', clientMessageId: 'q', question: 'Fuzzed chat' }, 'ack'],
        ];

describe('fuzzed frames at the patron socket', () => {
  it('get protocol answers (errors with codes, protocol close codes) and never disturb another chat', {
    timeout: 120_000,
  }, async () => {
    const types = Object.keys(PatronClientFrameSchemas);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('fresh', 'hello', 'asked'),
        fc.array(anyFrame(types), { minLength: 1, maxLength: 5 }),
        async (state, frames) => {
          const url = `${server.url}/ws/patron`;
          const result = await probeSocket(url, { origin: ORIGIN }, patronPrelude(state), frames);
          expect(protocolProblems(result, decodePatronServerFrame)).toEqual([]);
          await bystanderStillTalks();
        },
      ),
      // Every run of CI covers the extremes, whatever the seed draws.
      { numRuns: 60, endOnFailure: true, examples: EXTREMES },
    );
  });
});

describe('fuzzed frames at the responder socket', () => {
  it('get protocol answers and never disturb another chat', { timeout: 120_000 }, async () => {
    const types = Object.keys(ResponderClientFrameSchemas);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<[object, string][]>(
          [],
          [[{ type: 'hello', protocolVersion: 1 }, 'welcome']],
        ),
        fc.array(anyFrame(types), { minLength: 1, maxLength: 5 }),
        async (prelude, frames) => {
          const url = `${server.url}/ws/responder`;
          const result = await probeSocket(url, { cookie }, prelude, frames);
          expect(protocolProblems(result, decodeResponderServerFrame)).toEqual([]);
          await bystanderStillTalks();
        },
      ),
      { numRuns: 40, endOnFailure: true },
    );
  });
});

const errorsOf = (result: ProbeResult) =>
  result.texts
    .map((text) => JSON.parse(text) as { type: string; code?: string; ref?: string })
    .filter((frame) => frame.type === 'error' && frame.ref !== 'ping');

describe('valid-looking frames in the wrong state', () => {
  it('are each refused with invalid_state, naming the frame, before a patron says hello', {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(patronFrame, { minLength: 1, maxLength: 6 }), async (frames) => {
        const texts = frames.map((frame) => JSON.stringify(frame));
        const result = await probeSocket(`${server.url}/ws/patron`, { origin: ORIGIN }, [], texts);
        expect(result.closed).toBeUndefined();
        const errors = errorsOf(result);
        // A text that is blank once trimmed is a bad frame whatever the state.
        const blank = (frame: object) =>
          Object.entries(frame).some(
            ([key, value]) => (key === 'text' || key === 'question') && String(value).trim() === '',
          );
        expect(errors.map((error) => [error.code, error.ref])).toEqual(
          frames.map((frame) => [blank(frame) ? 'bad_frame' : 'invalid_state', frame.type]),
        );
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('are refused as not found or forbidden when a librarian names a chat that is not theirs', {
    timeout: 60_000,
  }, async () => {
    const hello: [object, string][] = [[{ type: 'hello', protocolVersion: 1 }, 'welcome']];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(heldChatFrame, unknownChatFrame), { minLength: 1, maxLength: 6 }),
        async (frames) => {
          const texts = frames.map((frame) => JSON.stringify(frame));
          const result = await probeSocket(`${server.url}/ws/responder`, { cookie }, hello, texts);
          expect(result.closed).toBeUndefined();
          const refusals = errorsOf(result).map((error) => [error.code, error.ref]);
          const expected = frames.map((frame) => [
            ['accept', 'decline', 'take_back'].includes(frame.type) ? 'not_found' : 'forbidden',
            frame.type,
          ]);
          // A text that is blank once trimmed is refused before the room sees it.
          expect(refusals.map(([, ref]) => ref)).toEqual(expected.map(([, ref]) => ref));
          for (const [index, [code]] of refusals.entries()) {
            expect([expected[index]?.[0], 'bad_frame']).toContain(code);
          }
        },
      ),
      { numRuns: 40, endOnFailure: true },
    );
  });
});

describe('message text from every Unicode plane', () => {
  it('comes back to the patron exactly as sent (trimmed), or is refused when blank', {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(text, async (sent) => {
        const frame = JSON.stringify({ type: 'send', clientMessageId: 'u1', text: sent });
        const url = `${server.url}/ws/patron`;
        const result = await probeSocket(url, { origin: ORIGIN }, patronPrelude('asked'), [frame]);
        const frames = result.texts.map((text) => JSON.parse(text) as Record<string, unknown>);
        if (sent.trim() === '') {
          expect(frames.find((f) => f.type === 'error')).toMatchObject({ code: 'bad_frame' });
        } else {
          const echo = frames.find((f) => f.type === 'message' && f.clientMessageId === 'u1');
          expect(echo?.text).toBe(sent.trim());
        }
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
