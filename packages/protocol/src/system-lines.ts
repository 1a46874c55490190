import * as v from 'valibot';

/**
 * The lines the service itself adds to a chat, stored as a code with its params beside their
 * English text: each patron gets the text in their language (the server's catalogue), live, on
 * resume and in the transcript email; librarians read English.
 *
 * @example
 * const line: SystemLine = { code: 'joined', params: { name: 'Ana', library: 'Springfield' } };
 */
export const SYSTEM_LINE_CODES = [
  /** `{name}` of `{library}` took the chat. */
  'joined',
  /** `{name}` of the patron's own library takes the chat back. */
  'taking_over',
  /** `{name}` transfers the chat to `{to}`, a librarian or a library. */
  'transferring',
  /** `{name}` transfers the chat to the whole cooperative. */
  'transferring_cooperative',
  /** `{name}` asks whether the patron's email may go with a referral; answered yes or no. */
  'consent_ask',
  'consent_granted',
  'consent_refused',
] as const;
export type SystemLineCode = (typeof SYSTEM_LINE_CODES)[number];

/** One system line: its code and the values its text is filled with. */
export const SystemLineSchema = v.object({
  code: v.picklist(SYSTEM_LINE_CODES),
  params: v.record(v.string(), v.string()),
});
export type SystemLine = v.InferOutput<typeof SystemLineSchema>;
