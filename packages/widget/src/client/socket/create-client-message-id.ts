import type { ClientMessageId } from '@refdesk/protocol';

/**
 * A new client message id: a one-letter prefix (`p` patron, `r` responder) and 16 random bytes in
 * hex, so the server can match the echo and ack of a message and drop a retry.
 * `crypto.getRandomValues` works on plain-http pages too, where `randomUUID` does not.
 *
 * @example
 * send({ type: 'send', clientMessageId: createClientMessageId('p'), text });
 */
export function createClientMessageId(prefix: string): ClientMessageId {
  let id = prefix;
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
    id += byte.toString(16).padStart(2, '0');
  }
  return id as ClientMessageId;
}
