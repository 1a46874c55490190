import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecodeResult, decodeWith, type FrameSchemas } from './decode.ts';
import {
  FollowUpActionSchema,
  LoginRequestSchema,
  PolicyPageUpdateSchema,
  WidgetSettingsSchema,
} from './http.ts';
import { decodePatronClientFrame, PatronClientFrameSchemas } from './patron-client.ts';
import { decodePatronServerFrame, PatronServerFrameSchemas } from './patron-server.ts';
import { decodeResponderClientFrame, ResponderClientFrameSchemas } from './responder-client.ts';
import { decodeResponderServerFrame, ResponderServerFrameSchemas } from './responder-server.ts';

type Decoder = (raw: unknown) => DecodeResult<unknown>;

const frameDecoders: [name: string, decode: Decoder, schemas: FrameSchemas][] = [
  ['decodePatronClientFrame', decodePatronClientFrame, PatronClientFrameSchemas],
  ['decodePatronServerFrame', decodePatronServerFrame, PatronServerFrameSchemas],
  ['decodeResponderClientFrame', decodeResponderClientFrame, ResponderClientFrameSchemas],
  ['decodeResponderServerFrame', decodeResponderServerFrame, ResponderServerFrameSchemas],
];
const decoders: [name: string, decode: Decoder][] = [
  ...frameDecoders.map(([name, decode]): [string, Decoder] => [name, decode]),
  ...Object.entries({
    LoginRequestSchema,
    PolicyPageUpdateSchema,
    FollowUpActionSchema,
    WidgetSettingsSchema,
  }).map(([name, schema]): [string, Decoder] => [
    `decodeWith(${name})`,
    (raw) => decodeWith(schema, raw),
  ]),
];

/** A refusal as the decoders promise it: a known code, a message, and nothing else. */
function expectRefusal(result: DecodeResult<unknown>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(['bad_frame', 'frame_too_large']).toContain(result.error.code);
  expect(result.error.message).toEqual(expect.any(String));
  expect(result.error.message.length).toBeGreaterThan(0);
  for (const key of Object.keys(result.error)) expect(['code', 'message', 'ref']).toContain(key);
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
/** Whether a parsed value could be a frame: an object whose `type` a family knows. */
const couldBeFrame = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'type' in value;

const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

describe.each(decoders)('%s', (_name, decode) => {
  it('refuses any string that is not JSON, without throwing', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' })).filter((s) => !isJson(s));
    fc.assert(fc.property(text, (raw) => expectRefusal(decode(raw))));
  });

  it('decodes JSON text exactly as it decodes the value the text holds', () => {
    // A string argument is always read as JSON text, so text holding a string is left out.
    const text = fc.json().filter((raw) => typeof JSON.parse(raw) !== 'string');
    fc.assert(
      fc.property(text, (raw) => {
        expect(decode(raw)).toEqual(decode(JSON.parse(raw)));
      }),
    );
  });

  it('refuses any JSON value that is not an object with a type, without throwing', () => {
    const value = fc.jsonValue().filter((v) => !couldBeFrame(v));
    fc.assert(fc.property(value, (raw) => expectRefusal(decode(raw))));
  });

  it('never throws on any JavaScript value', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const result = decode(raw);
        if (!result.ok) expectRefusal(result);
      }),
    );
  });

  it('refuses deeply nested input without overflowing the stack', () => {
    const depth = fc.integer({ min: 1_000, max: 50_000 });
    const nesting = fc.constantFrom(['[', '', ']'], ['{"type":', 'null', '}']);
    fc.assert(
      fc.property(depth, nesting, (n, [open, leaf, close]) => {
        expectRefusal(decode(open.repeat(n) + leaf + close.repeat(n)));
        expectRefusal(decode(open.repeat(n)));
      }),
      { numRuns: 20 },
    );
  });
});

/** The names of the fields a frame schema defines (an object, or a variant of objects). */
function fieldNames(schema: unknown): string[] {
  const { entries, options } = schema as { entries?: object; options?: unknown[] };
  return entries ? Object.keys(entries) : (options ?? []).flatMap(fieldNames);
}
const plausible = fc.constantFrom('springfield', 'c_1', 'ann@example.org', '2026-12-04', 1, true);

describe.each(frameDecoders)('%s', (_name, decode, schemas) => {
  const type = fc.constantFrom(...Object.keys(schemas));
  const fields = fc.dictionary(fc.string(), fc.jsonValue());

  it('answers a frame of a known type with arbitrary fields by that frame, or a refusal naming it', () => {
    fc.assert(
      fc.property(type, fields, (frameType, rest) => {
        const result = decode({ ...rest, type: frameType });
        if (result.ok) expect(result.value).toMatchObject({ type: frameType });
        else expect(result.error).toMatchObject({ code: 'bad_frame', ref: frameType });
      }),
    );
  });

  it('keeps only defined fields of a frame it accepts, and names the defined field it refuses', () => {
    const frame = type.chain((frameType) => {
      const names = fieldNames(schemas[frameType]).filter((name) => name !== 'type');
      const value = fc.oneof(plausible, fc.jsonValue());
      const record = Object.fromEntries(names.map((name) => [name, value]));
      return fc.record(record, { requiredKeys: [] }).map((rest) => ({ ...rest, type: frameType }));
    });
    fc.assert(
      fc.property(frame, (input) => {
        const names = fieldNames(schemas[input.type]);
        const result = decode(input);
        if (result.ok)
          for (const key of Object.keys(result.value as object)) expect(names).toContain(key);
        else expect(names).toContain(result.error.message.split(/[.:]/)[0]);
      }),
    );
  });

  it('decodes a frame whose fields are nested 10,000 deep without overflowing the stack', () => {
    let nested: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) nested = i % 2 ? [nested] : { type: 'ping', text: nested };
    fc.assert(
      fc.property(type, fc.string(), (frameType, key) => {
        const result = decode({ [key]: nested, chatId: nested, text: nested, type: frameType });
        if (!result.ok) expect(result.error.ref).toBe(frameType);
      }),
      { numRuns: 30 },
    );
  });
});
