// Shared by the protocol's own tests; nothing in the package imports it.
// biome-ignore lint/style/noRestrictedImports: test support, imported by *.test.ts files only
import { describe, expect, it } from 'vitest';
import { type DecodeResult, decodeWith } from './decode.ts';

/** An input a schema accepts, and what it decodes to when that differs from the input. */
export type Accepted = [label: string, input: unknown, output?: unknown];
/** An input a schema refuses, and how the error message starts (the path of the field at fault). */
export type Refused = [label: string, input: unknown, message: string];
/** Tables of cases, keyed by the schema's name or the frame's `type`. */
export type Cases = Record<string, { accepted: Accepted[]; refused: Refused[] }>;

/**
 * Runs every table of cases through a decoder. Inputs go through JSON text, as on the wire, so a
 * field set to `undefined` is a missing field.
 *
 * @example
 * describeCases('patron client frame', decodePatronClientFrame, { ping: { accepted, refused } });
 */
export function describeCases(
  family: string,
  decode: (text: string) => DecodeResult<unknown>,
  cases: Cases,
): void {
  describe.each(Object.entries(cases))(`${family} %s`, (_name, { accepted, refused }) => {
    it.each(accepted)('accepts %s', (_label, input, ...output) => {
      const value = output.length > 0 ? output[0] : input;
      expect(decode(JSON.stringify(input))).toEqual({ ok: true, value });
    });

    it.each(refused)('refuses %s', (_label, input, message) => {
      const result = decode(JSON.stringify(input));
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_frame' } });
      if (!result.ok) expect(result.error.message.slice(0, message.length)).toBe(message);
    });
  });
}

/** The decoder of one HTTP body schema. */
export const bodyDecoder =
  (schema: Parameters<typeof decodeWith>[0]) =>
  (text: string): DecodeResult<unknown> =>
    decodeWith(schema, text);

/** A string of `length` characters. */
export const text = (length: number, char = 'x'): string => char.repeat(length);
