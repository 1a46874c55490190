import type { ClientMessageId } from '@refdesk/protocol/responder';

/**
 * A new client message id (`r` and 32 hex digits), so the server can match the echo and ack of a
 * message and drop a retry. `getRandomValues` works on plain-http pages, where `randomUUID` does not.
 *
 * @example
 * socket.send({ type: 'send', chatId, clientMessageId: createClientMessageId(), text });
 */
export function createClientMessageId(): ClientMessageId {
  let id = 'r';
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
    id += byte.toString(16).padStart(2, '0');
  }
  return id as ClientMessageId;
}
