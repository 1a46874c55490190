/**
 * The responder side of the protocol: what the console imports.
 *
 * @example
 * import { decodeResponderServerFrame } from '@refdesk/protocol/responder';
 */
export { assertNever } from './assert-never.ts';
export * from './common.ts';
export type { DecodeError, DecodeResult } from './decode.ts';
export * from './errors.ts';
export * from './fields.ts';
export * from './http.ts';
export * from './http-accounts.ts';
export * from './http-blocks.ts';
export * from './http-follow-up-duties.ts';
export * from './http-now.ts';
export * from './http-privacy.ts';
export * from './http-provisioning.ts';
export * from './http-quality.ts';
export * from './http-quality-samples.ts';
export * from './http-referrals.ts';
export * from './http-reports.ts';
export * from './http-schedules.ts';
export * from './http-shift-changes.ts';
export * from './http-surveys.ts';
export * from './ids.ts';
export * from './responder-client.ts';
export * from './responder-server.ts';
export * from './responder-vocabulary.ts';
export { PROTOCOL_VERSION } from './version.ts';
