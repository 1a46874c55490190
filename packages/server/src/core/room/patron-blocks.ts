import type { LibraryId, LibraryWidgetInfo } from '@refdesk/protocol';
import type { PatronKeys } from '../ports/index.ts';
import { blockHolds, patronKeys } from '../privacy/block-list.ts';
import { subnetOf } from '../privacy/ip-subnet.ts';
import type { PatronSession } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

/**
 * The salted keys of a patron who says hello: of the widget's browser id and of their address.
 * Undefined when the room has no block list.
 *
 * @example
 * session.keys = keysOfPatron(ctx, hello.browserId ?? null, clientAddress);
 */
export function keysOfPatron(
  ctx: RoomContext,
  browserId: string | null,
  address: string | null,
): PatronKeys | undefined {
  if (!ctx.blocks) return undefined;
  const salt = ctx.blocks.salt(ctx.cooperative.id, () => ctx.ids.secret());
  return patronKeys(ctx.hashToken, salt, browserId, address);
}

/**
 * Whether a block keeps this patron out of their library's chat now. Asked at hello and again at
 * each new question, so a block set during a visit holds from the patron's next chat.
 */
export function isSessionBlocked(ctx: RoomContext, session: PatronSession): boolean {
  const keys = session.keys;
  if (!ctx.blocks || !keys) return false;
  const hashes = [keys.browserHash, keys.addressHash, keys.subnetHash].filter(
    (hash): hash is string => hash !== null,
  );
  const now = ctx.clock.now();
  return ctx.blocks
    .blocksMatching(ctx.cooperative.id, hashes, now)
    .some((block) => blockHolds(block, session.libraryId, now));
}

/**
 * The widget's information for this patron: a blocked patron is told, neutrally, that nobody can
 * chat now, exactly as when nobody is online, so the offline form is what they see.
 */
export function widgetInfoFor(
  ctx: RoomContext,
  session: PatronSession,
  info: LibraryWidgetInfo,
): LibraryWidgetInfo {
  return info.available && isSessionBlocked(ctx, session) ? { ...info, available: false } : info;
}

/** What the library's IP mode keeps of the patron's address on a new chat. */
export function keptAddress(
  ctx: RoomContext,
  libraryId: LibraryId,
  address: string | null,
): string | null {
  if (!ctx.blocks || !address) return null;
  const mode = ctx.blocks.ipMode(libraryId);
  return mode === 'full' ? address : mode === 'subnet' ? subnetOf(address) : null;
}
