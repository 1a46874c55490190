import fc from 'fast-check';

// What the fuzz suite (test/fuzz.test.ts) throws at the sockets.

/** Lone UTF-16 surrogates: not valid Unicode on their own. */
const lonely = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const nested = fc
  .record({ depth: fc.integer({ min: 1, max: 50_000 }), object: fc.boolean() })
  .map(({ depth, object }) =>
    object
      ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}${']'.repeat(depth)}`,
  );
const huge = fc
  .record({
    size: fc.constantFrom(33_000, 140_000, 300_000),
    char: fc.constantFrom('x', 'é', '😀'),
  })
  .map(({ size, char }) =>
    JSON.stringify({ type: 'send', clientMessageId: 'h', text: char.repeat(size / 2) }),
  );
const wrongTypes = (types: string[]) =>
  fc
    .record({
      type: fc.constantFrom(...types),
      fields: fc.dictionary(
        fc.constantFrom(
          'clientMessageId',
          'text',
          'question',
          'chatId',
          'status',
          'seq',
          'to',
          'x',
        ),
        fc.anything({ maxDepth: 3 }),
      ),
    })
    .map(({ type, fields }) => JSON.stringify({ ...fields, type }));
/**
 * Any frame a broken or hostile client could send: text from every Unicode plane, lone surrogates,
 * JSON of any shape, deep nesting, oversized frames, bytes, and frames of the right `type` with
 * fields of the wrong types.
 *
 * @example
 * fc.assert(fc.asyncProperty(fc.array(anyFrame(['send', 'ask'])), async (frames) => { ... }));
 */
export const anyFrame = (types: string[]) =>
  fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 3 },
    { arbitrary: fc.string({ unit: lonely, maxLength: 20 }), weight: 1 },
    { arbitrary: fc.json({ maxDepth: 4 }), weight: 2 },
    { arbitrary: nested, weight: 1 },
    { arbitrary: huge, weight: 1 },
    { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 1 },
    { arbitrary: wrongTypes(types), weight: 4 },
  );

const oversized = (size: number) =>
  JSON.stringify({ type: 'send', clientMessageId: 'h', text: 'x'.repeat(size) });
/** Runs every fuzz run covers first: each edge the protocol answers in its own way. */
export const EXTREMES: [string, (string | Uint8Array)[]][] = [
  ['asked', [oversized(300_000)]], // beyond what ws takes: 1009
  ['asked', [oversized(140_000)]], // beyond four times the frame limit: 4009
  ['asked', [oversized(33_000), '{"type":"typing","active":true}']], // frame_too_large, stays open
  ['hello', [`${'['.repeat(100_000)}${']'.repeat(100_000)}`]],
  ['fresh', ['\ud800\udc00\udfff', new Uint8Array([0xff, 0xfe])]],
  ['fresh', ['{"type":"hello","protocolVersion":2,"libraryId":"springfield"}']], // 4000
  ['fresh', ['{"type":"hello","protocolVersion":1,"libraryId":"atlantis"}']], // 4002
];

const clientId = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/);
/** Message text from every Unicode plane. */
export const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 80 });
const chatId = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/).map((id) => `c_${id}`);
/** Well-formed patron frames (before hello, each must be refused with invalid_state). */
export const patronFrame = fc.oneof(
  fc.record({ type: fc.constant('send'), clientMessageId: clientId, text }),
  fc.record({ type: fc.constant('ask'), clientMessageId: clientId, question: text }),
  fc.record({ type: fc.constant('typing'), active: fc.boolean() }),
  fc.record({ type: fc.constant('read'), seq: fc.nat() }),
  fc.record({ type: fc.constant('leave') }),
  fc.record({ type: fc.constant('request_transcript'), email: fc.constant('pat@example.org') }),
  fc.record({ type: fc.constant('survey'), rating: fc.integer({ min: 1, max: 5 }) }),
);
/** Well-formed librarian frames about a chat they would have to hold. */
export const heldChatFrame = fc.oneof(
  fc.record({ type: fc.constant('send'), chatId, clientMessageId: clientId, text }),
  fc.record({ type: fc.constant('note'), chatId, clientMessageId: clientId, text }),
  fc.record({ type: fc.constant('typing'), chatId, active: fc.boolean() }),
  fc.record({ type: fc.constant('transfer'), chatId, to: fc.constant({ kind: 'cooperative' }) }),
  fc.record({ type: fc.constant('end'), chatId, outcome: fc.constant('answered') }),
  fc.record({ type: fc.constant('forward_to_quality'), chatId, comment: fc.constant('Look') }),
);
/** Well-formed librarian frames about a chat that does not exist. */
export const unknownChatFrame = fc.oneof(
  fc.record({ type: fc.constantFrom('accept', 'decline', 'take_back'), chatId }),
);
