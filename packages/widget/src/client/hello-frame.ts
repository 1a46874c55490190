import { type PatronClientFrameInput, PROTOCOL_VERSION } from '@refdesk/protocol/patron';
import type { Conversation } from './conversation.ts';
import { lastSeq } from './transcript.ts';
import type { ChatClientOptions } from './types.ts';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The first frame of every socket: with a resume token and the last seq shown once there is a
 * conversation, so the server resumes it and replays only what follows. What the server would
 * refuse (an odd locale, a page address that is not http(s) or too long) is left out.
 *
 * @example
 * socket.send(JSON.stringify(helloFrame(options, conversation)));
 */
export function helloFrame(
  options: Pick<ChatClientOptions, 'libraryId' | 'practice' | 'pageUrl' | 'locale'>,
  conversation: Pick<Conversation, 'token' | 'messages'>,
): Extract<PatronClientFrameInput, { type: 'hello' }> {
  const frame: Extract<PatronClientFrameInput, { type: 'hello' }> = {
    type: 'hello',
    protocolVersion: PROTOCOL_VERSION,
    libraryId: options.libraryId,
  };
  if (conversation.token) {
    frame.resumeToken = conversation.token;
    frame.lastSeq = lastSeq(conversation);
  }
  if (options.practice) frame.practice = true;
  const pageUrl = options.pageUrl ?? globalThis.location?.href;
  if (pageUrl && /^https?:/.test(pageUrl) && pageUrl.length <= 2048) frame.pageUrl = pageUrl;
  if (options.locale && LOCALE.test(options.locale)) frame.locale = options.locale;
  return frame;
}
