import type { CooperativeId } from '@refdesk/protocol';
import type { CooperativeRoom } from '../core/room/cooperative-room.ts';

/** Finds the room that owns a cooperative. On Node every room lives in one process. */
export interface RoomRegistry {
  roomFor(cooperativeId: CooperativeId): CooperativeRoom | undefined;
  /** Every room started so far (shutdown, metrics). */
  rooms(): CooperativeRoom[];
}

/**
 * Creates rooms on first use and starts them (rebuilding their live state from storage).
 *
 * @example
 * const registry = createRoomRegistry((id) => createCooperativeRoom(depsFor(id)));
 */
export function createRoomRegistry(
  create: (cooperativeId: CooperativeId) => CooperativeRoom | undefined,
): RoomRegistry {
  const rooms = new Map<CooperativeId, CooperativeRoom>();
  return {
    roomFor(cooperativeId) {
      let room = rooms.get(cooperativeId);
      if (!room) {
        room = create(cooperativeId);
        if (!room) return undefined;
        rooms.set(cooperativeId, room);
        room.start();
      }
      return room;
    },
    rooms: () => [...rooms.values()],
  };
}
