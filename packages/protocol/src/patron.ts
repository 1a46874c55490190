/**
 * The patron side of the protocol alone: what the widget imports, kept small.
 *
 * @example
 * import { decodePatronServerFrame, PROTOCOL_VERSION } from '@refdesk/protocol/patron';
 */

export { assertNever } from './assert-never.ts';
export type { EndReason, FieldMode, Tier } from './common.ts';
export { MAX_MESSAGE_LENGTH } from './common.ts';
export type { DecodeError, DecodeResult } from './decode.ts';
export type { ErrorCode } from './errors.ts';
export { CloseCode, isFinalCloseCode } from './errors.ts';
export type { SurveyAnswers, SurveyQuestion, SurveyQuestionKind } from './http-surveys.ts';
export type { ChatId, ClientMessageId, LibraryId, MessageId, ResumeToken } from './ids.ts';
export type { PatronClientFrame, PatronClientFrameInput } from './patron-client.ts';
export type {
  Assigned,
  ErrorFrame,
  LibraryWidgetInfo,
  OfflineReason,
  PatronChatState,
  PatronMessage,
  PatronServerFrame,
  Queued,
  Welcome,
} from './patron-server.ts';
export { decodePatronServerFrame } from './patron-server.ts';
export { PROTOCOL_VERSION } from './version.ts';
