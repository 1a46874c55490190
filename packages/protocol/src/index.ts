/**
 * The Refdesk wire contract: valibot schemas for every socket frame and HTTP body.
 *
 * @example
 * import { decodePatronClientFrame } from '@refdesk/protocol';
 * const result = decodePatronClientFrame(text);
 * if (result.ok) handle(result.value); else reply({ type: 'error', ...result.error });
 */
export * from './assert-never.ts';
export * from './common.ts';
export * from './decode.ts';
export * from './errors.ts';
export * from './fields.ts';
export * from './http.ts';
export * from './http-accounts.ts';
export * from './http-admin.ts';
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
export * from './patron-client.ts';
export * from './patron-server.ts';
export * from './responder-client.ts';
export * from './responder-server.ts';
export * from './responder-vocabulary.ts';
export * from './system-lines.ts';
export * from './version.ts';
