import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES } from './common.ts';
import { checkFrameSize } from './decode.ts';
import { decodePatronClientFrame } from './patron-client.ts';
import { decodePatronServerFrame } from './patron-server.ts';
import { decodeResponderClientFrame } from './responder-client.ts';

describe('decodeFrame', () => {
  it('accepts a valid hello and returns the typed frame', () => {
    const result = decodePatronClientFrame(
      JSON.stringify({ type: 'hello', protocolVersion: 1, libraryId: 'springfield' }),
    );
    expect(result).toEqual({
      ok: true,
      value: { type: 'hello', protocolVersion: 1, libraryId: 'springfield' },
    });
  });

  it('refuses text that is not JSON with a bad_frame error', () => {
    expect(decodePatronClientFrame('{nope')).toEqual({
      ok: false,
      error: { code: 'bad_frame', message: 'frame is not valid JSON' },
    });
  });

  it('names an unknown frame type in its error', () => {
    const result = decodePatronServerFrame({ type: 'teleport' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad_frame', message: 'unknown frame type "teleport"', ref: 'teleport' },
    });
  });

  it('refuses a frame over the size limit before parsing it', () => {
    const text = JSON.stringify({ type: 'send', clientMessageId: 'm1', text: 'é'.repeat(20_000) });
    const result = decodePatronClientFrame(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('frame_too_large');
  });

  it('points at the offending field of an invalid frame', () => {
    const result = decodePatronClientFrame({ type: 'send', clientMessageId: 'm1', text: '   ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_frame', ref: 'send' } });
    if (!result.ok) expect(result.error.message).toMatch(/^text: /);
  });
});

/** UTF-8 length as a WebSocket sends the text: a lone surrogate becomes U+FFFD, three bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

describe('checkFrameSize', () => {
  it('refuses exactly the text whose UTF-8 length is over the limit', () => {
    // Any UTF-16 code unit, lone surrogates included, which 'binary' never produces.
    const codeUnit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
      fc.constantFrom('a', 'é', '中', '😀', '\ud83d', '\ude00'),
    );
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit }));
    const sized = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.integer({ min: Math.max(0, utf8Length(t) - 3), max: utf8Length(t) + 3 }),
      ),
    );
    fc.assert(
      fc.property(sized, ([t, max]) => {
        const result = checkFrameSize(t, max);
        expect(result?.error.code).toBe(utf8Length(t) > max ? 'frame_too_large' : undefined);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['decodePatronClientFrame', decodePatronClientFrame],
    ['decodeResponderClientFrame', decodeResponderClientFrame],
  ])('makes %s answer any client frame over 32 KiB with frame_too_large', (_name, decode) => {
    const filler = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(filler, fc.constantFrom('send', 'ping', 'teleport'), (unit, type) => {
        const text = unit.repeat(Math.ceil(MAX_FRAME_BYTES / unit.length) + 1);
        const result = decode(JSON.stringify({ type, clientMessageId: 'm_1', text }));
        expect(result).toEqual({
          ok: false,
          error: { code: 'frame_too_large', message: `frame exceeds ${MAX_FRAME_BYTES} bytes` },
        });
      }),
      { numRuns: 50 },
    );
  });

  it('lets a frame of exactly 32 KiB through to the schema, and refuses one byte more', () => {
    const frame = (bytes: number) => {
      const empty = JSON.stringify({ type: 'ping', pad: '' });
      return JSON.stringify({ type: 'ping', pad: 'x'.repeat(bytes - empty.length) });
    };
    expect(decodePatronClientFrame(frame(MAX_FRAME_BYTES))).toEqual({
      ok: true,
      value: { type: 'ping' },
    });
    expect(decodePatronClientFrame(frame(MAX_FRAME_BYTES + 1))).toMatchObject({
      ok: false,
      error: { code: 'frame_too_large' },
    });
  });

  it('leaves frames from the server to the server, whatever their size', () => {
    const text = JSON.stringify({ type: 'pong', pad: 'x'.repeat(MAX_FRAME_BYTES) });
    expect(decodePatronServerFrame(text)).toEqual({ ok: true, value: { type: 'pong' } });
  });
});
