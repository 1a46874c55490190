/**
 * The wire protocol version, exchanged in the first frame (`hello`) of every socket.
 * Bump it only for a change an older peer cannot ignore (see README, "Compatibility").
 *
 * @example
 * socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, libraryId: 'springfield' }));
 */
export const PROTOCOL_VERSION = 1;
