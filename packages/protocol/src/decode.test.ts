import { describe, expect, it } from 'vitest';
import { decodePatronClientFrame } from './patron-client.ts';
import { decodePatronServerFrame } from './patron-server.ts';

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
