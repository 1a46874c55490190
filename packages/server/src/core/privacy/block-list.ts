import type { BlockAddress, BlockScope, ChatId, ResponderId } from '@refdesk/protocol';
import type { ChatRecord, Library, Millis, Responder } from '../model.ts';
import { isCoordinatorOf } from '../permissions.ts';
import type { BlockRecord, PatronKeys } from '../ports/index.ts';
import { subnetOf } from './ip-subnet.ts';

const HOUR = 3_600_000;

/**
 * The salted keys a patron presents: of the widget's browser id, of their address and of its
 * subnet. Each kind has its own prefix, so a hash never matches a key of another kind; the salt
 * is the cooperative's, so no other cooperative (nor a leaked table) can tell who it is.
 *
 * @example
 * const keys = patronKeys(hashToken, salt, hello.browserId ?? null, clientAddress);
 */
export function patronKeys(
  hash: (text: string) => string,
  salt: string,
  browserId: string | null,
  address: string | null,
): PatronKeys {
  return {
    browserHash: browserId ? hash(`browser:${salt}:${browserId}`) : null,
    addressHash: address ? hash(`address:${salt}:${address}`) : null,
    subnetHash: address ? hash(`subnet:${salt}:${subnetOf(address)}`) : null,
  };
}

/** What a new block needs: the chat's patron keys and the responder's choices. */
export interface NewBlockInput {
  id: string;
  chat: Pick<ChatRecord, 'id' | 'cooperativeId' | 'libraryId'>;
  keys: PatronKeys;
  scope: BlockScope;
  address: BlockAddress;
  reason: string;
  hours: number;
  by: Responder;
  /** A coordinator's cooperative block needs nobody else's approval. */
  byCoordinator: boolean;
  now: Millis;
}

/**
 * A new block, or why it cannot be made: a library block holds at once; a cooperative block waits
 * for a coordinator (and holds at its library meanwhile), unless a coordinator set it.
 *
 * @example
 * const block = newBlock({ id, chat, keys, scope: 'cooperative', address: 'none', ... });
 */
export function newBlock(input: NewBlockInput): BlockRecord | { refused: string } {
  const addressHash =
    input.address === 'full'
      ? input.keys.addressHash
      : input.address === 'subnet'
        ? input.keys.subnetHash
        : null;
  if (input.address !== 'none' && !addressHash) {
    return { refused: 'The patron’s address is no longer known: block by browser only.' };
  }
  if (!input.keys.browserHash && !addressHash) {
    return { refused: 'This patron’s widget gave no browser id: block by address instead.' };
  }
  const approved = input.scope === 'library' || input.byCoordinator;
  return {
    id: input.id,
    cooperativeId: input.chat.cooperativeId,
    libraryId: input.chat.libraryId,
    scope: input.scope,
    status: approved ? 'active' : 'pending',
    browserHash: input.keys.browserHash,
    address: input.address,
    addressHash,
    reason: input.reason,
    chatId: input.chat.id as ChatId,
    createdBy: input.by.id,
    createdAt: input.now,
    expiresAt: input.now + input.hours * HOUR,
    decidedBy: input.scope === 'cooperative' && approved ? input.by.id : null,
    decidedAt: input.scope === 'cooperative' && approved ? input.now : null,
  };
}

/**
 * Whether a block keeps a patron out of `libraryId`'s chat at `now`: a library block (or a
 * cooperative block still waiting for approval) at its own library, an approved cooperative block
 * at every library of the cooperative; never once lifted or expired.
 *
 * @example
 * const blocked = blocks.some((block) => blockHolds(block, library.id, now));
 */
export function blockHolds(block: BlockRecord, libraryId: string, now: Millis): boolean {
  if (block.status === 'lifted' || block.expiresAt <= now) return false;
  if (block.scope === 'cooperative' && block.status === 'active') return true;
  return block.libraryId === libraryId;
}

/** Who may block the patron of a chat: who answered it, its library's staff, coordinators. */
export function canBlockPatron(me: Responder, home: Library, chat: ChatRecord): boolean {
  if (home.cooperativeId !== chat.cooperativeId) return false;
  return (
    chat.responderId === me.id ||
    me.libraryId === chat.libraryId ||
    me.roles.includes('coordinator')
  );
}

/** Who sees a block in the list, and may lift it: its library's admins and coordinators. */
export function canManageBlock(me: Responder, home: Library, library: Library): boolean {
  if (isCoordinatorOf(me, home, library)) return true;
  return me.roles.includes('library_admin') && me.libraryId === library.id;
}

/** A coordinator approves a cooperative block that waits; a refusal says why not. */
export function approveBlock(
  block: BlockRecord,
  by: ResponderId,
  now: Millis,
): BlockRecord | { refused: string } {
  if (block.scope !== 'cooperative' || block.status !== 'pending') {
    return { refused: 'Only a cooperative block waiting for approval can be approved.' };
  }
  if (block.expiresAt <= now) return { refused: 'This block has expired.' };
  return { ...block, status: 'active', decidedBy: by, decidedAt: now };
}

/** Lifts a block that still holds (or waits). */
export function liftBlock(
  block: BlockRecord,
  by: ResponderId,
  now: Millis,
): BlockRecord | { refused: string } {
  if (block.status === 'lifted') return { refused: 'This block was already lifted.' };
  if (block.expiresAt <= now) return { refused: 'This block has expired.' };
  return { ...block, status: 'lifted', decidedBy: by, decidedAt: now };
}
