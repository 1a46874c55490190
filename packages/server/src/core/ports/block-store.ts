import type {
  BlockAddress,
  BlockScope,
  BlockStatus,
  ChatId,
  CooperativeId,
  IpMode,
  LibraryId,
  ResponderId,
} from '@refdesk/protocol';
import type { Millis } from '../model.ts';

/** One block of the list: who set it, why, on which keys, until when. */
export interface BlockRecord {
  id: string;
  cooperativeId: CooperativeId;
  /** The library it was set for (a cooperative block holds there while it waits for approval). */
  libraryId: LibraryId;
  scope: BlockScope;
  status: BlockStatus;
  /** Salted hash of the widget's browser id; null when the patron's widget sent none. */
  browserHash: string | null;
  address: BlockAddress;
  /** Salted hash of the address or its subnet (per `address`); null for `none`. */
  addressHash: string | null;
  reason: string;
  chatId: ChatId | null;
  createdBy: ResponderId;
  createdAt: Millis;
  expiresAt: Millis;
  decidedBy: ResponderId | null;
  decidedAt: Millis | null;
}

/** What a patron presents when they open the widget: salted hashes only. */
export interface PatronKeys {
  browserHash: string | null;
  addressHash: string | null;
  subnetHash: string | null;
}

/**
 * The block list, its cooperative's salt, the salted keys kept on each chat, and each library's
 * IP mode. Blocks live in
 * their own table: the scrub, which clears the chats' keys, never touches them.
 */
export interface BlockStore {
  /** The cooperative's salt, minted by `mint` (and kept) the first time it is asked for. */
  salt(cooperativeId: CooperativeId, mint: () => string): string;
  insertBlock(block: BlockRecord): void;
  block(id: string): BlockRecord | undefined;
  updateBlock(block: BlockRecord): void;
  /** Blocks not lifted and not expired at `now`, newest first. */
  currentBlocks(cooperativeId: CooperativeId, now: Millis): BlockRecord[];
  /** Blocks not lifted nor expired at `now` that carry any of these hashes. */
  blocksMatching(
    cooperativeId: CooperativeId,
    hashes: readonly string[],
    now: Millis,
  ): BlockRecord[];
  /** Keeps the salted browser hash and what the library's IP mode keeps of the address. */
  tagChat(chatId: ChatId, browserHash: string | null, patronAddress: string | null): void;
  chatKeys(
    chatId: ChatId,
  ): { browserHash: string | null; patronAddress: string | null } | undefined;
  /** What the library keeps of a patron's address on its chats (default `none`). */
  ipMode(libraryId: LibraryId): IpMode;
  /** Sets it; a library without retention settings gets the defaults with it. */
  setIpMode(libraryId: LibraryId, mode: IpMode): void;
}
