import { describe, expect, it } from 'vitest';
import { chooseCoding } from './content-coding.ts';

const both = { br: 'b', gzip: 'g' };

describe('chooseCoding', () => {
  it("sends Chromium's choice of brotli, and gzip where brotli is not accepted", () => {
    expect(chooseCoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseCoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseCoding('GZIP', both)).toBe('gzip');
  });

  it('follows the weights, the wildcard and refusals', () => {
    expect(chooseCoding('br;q=0.5, gzip', both)).toBe('gzip');
    expect(chooseCoding('br;q=0, *', both)).toBe('gzip');
    expect(chooseCoding('*;q=0.3', both)).toBe('br');
    expect(chooseCoding('gzip;q=0, br;q=0', both)).toBeUndefined();
  });

  it('sends the file as it is without a header, or when it is kept in no accepted coding', () => {
    expect(chooseCoding(undefined, both)).toBeUndefined();
    expect(chooseCoding('', both)).toBeUndefined();
    expect(chooseCoding('identity', both)).toBeUndefined();
    expect(chooseCoding('br', { gzip: 'g' })).toBeUndefined();
    expect(chooseCoding('gzip, br', {})).toBeUndefined();
  });
});
