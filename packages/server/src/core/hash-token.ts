import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a bearer secret (session id, resume token), hex. Storage keeps only this, so a
 * leaked database does not let anyone resume a chat or a session. Synchronous and runtime-free.
 *
 * @example
 * store.chatByResumeTokenHash(hashToken(hello.resumeToken));
 */
export function hashToken(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}
