import * as v from 'valibot';
import { MAX_FRAME_BYTES } from './common.ts';
import type { ErrorCode } from './errors.ts';

/** Why a frame was refused, ready to put into an `error` frame. */
export interface DecodeError {
  code: Extract<ErrorCode, 'bad_frame' | 'frame_too_large'>;
  message: string;
  /** The frame's `type`, when it had a readable one. */
  ref?: string;
}
export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: DecodeError };

/** The schemas of one message family, keyed by their wire `type`. */
export type FrameSchemas = Record<string, v.GenericSchema<unknown, { type: string }>>;
/** The union of frames a family's schemas produce, discriminated by `type`. */
export type FrameOf<M extends FrameSchemas> = { [K in keyof M]: v.InferOutput<M[K]> }[keyof M];

/**
 * Decodes one untrusted frame (text, or JSON already parsed) of a message family. Never throws.
 * Dispatches on `type` through a plain lookup, which keeps the patron bundle smaller than
 * `v.variant` does.
 *
 * @example
 * const result = decodeFrame(PatronClientFrameSchemas, rawText);
 * if (!result.ok) send({ type: 'error', ...result.error });
 */
export function decodeFrame<M extends FrameSchemas>(
  schemas: M,
  raw: unknown,
): DecodeResult<FrameOf<M>> {
  const parsed = parseText(raw);
  if (!parsed.ok) return parsed;
  const type = frameType(parsed.value);
  if (type === undefined) return refused('frame must be an object with a string "type"');
  const schema = Object.hasOwn(schemas, type) ? schemas[type] : undefined;
  if (!schema) return refused(`unknown frame type "${type}"`, type);
  return decodeWith(schema, parsed.value, type) as DecodeResult<FrameOf<M>>;
}

/**
 * Parses untrusted text (or JSON already parsed) with one schema, such as an HTTP body. Never throws.
 * A string is always read as JSON text: pass the raw body, not `request.json()`, whose result may
 * itself be a string.
 *
 * @example
 * const result = decodeWith(LoginRequestSchema, await request.text());
 */
export function decodeWith<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  ref?: string,
): DecodeResult<v.InferOutput<S>> {
  const parsed = parseText(raw);
  if (!parsed.ok) return parsed;
  const result = v.safeParse(schema, parsed.value);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return refused(path ? `${path}: ${issue.message}` : issue.message, ref);
}

/**
 * Refuses text longer than `maxBytes` in UTF-8, before anything parses it. Servers call it on
 * every frame a client sends; the client-frame decoders below do.
 *
 * @example
 * const tooLarge = checkFrameSize(rawText);
 * if (tooLarge) return reply({ type: 'error', ...tooLarge.error });
 */
export function checkFrameSize(
  raw: unknown,
  maxBytes = MAX_FRAME_BYTES,
): { ok: false; error: DecodeError } | undefined {
  if (typeof raw !== 'string') return undefined;
  // A UTF-16 length is at most the UTF-8 byte length, and at least a third of it.
  if (raw.length > maxBytes || (raw.length * 3 > maxBytes && byteLength(raw) > maxBytes)) {
    return {
      ok: false,
      error: { code: 'frame_too_large', message: `frame exceeds ${maxBytes} bytes` },
    };
  }
  return undefined;
}

function parseText(raw: unknown): DecodeResult<unknown> {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return refused('frame is not valid JSON');
  }
}

function refused(message: string, ref?: string): { ok: false; error: DecodeError } {
  const error: DecodeError = { code: 'bad_frame', message };
  if (ref !== undefined) error.ref = ref;
  return { ok: false, error };
}

/** UTF-8 length without TextEncoder, which is neither in the protocol's types nor needed. */
function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is sent as U+FFFD, three bytes
  }
  return bytes;
}

function frameType(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const type: unknown = (data as { type?: unknown }).type;
  return typeof type === 'string' && type.length <= 40 ? type : undefined;
}
