import { type Tier, TierSchema } from '@refdesk/protocol';
import type { RoomContext } from '../room/room-context.ts';

/** One gauge value with its labels. */
export interface GaugeSample {
  labels: Record<string, string>;
  value: number;
}

export interface RoomGauges {
  queueLength: GaugeSample[];
  oldestWaitSeconds: GaugeSample[];
  respondersOnline: GaugeSample[];
}

/**
 * The room's gauges at this moment, computed from its live state when `/metrics` is scraped
 * (nothing is kept up to date on the hot path). Practice chats are left out. Series with nothing
 * queue series exist for every library of the cooperative at every tier (0 when empty), so a
 * dashboard sees a queue drain to 0 instead of vanishing.
 *
 * @example
 * for (const room of rooms.rooms()) samples.push(sampleRoomGauges(room.context, clock.now()));
 */
export function sampleRoomGauges(ctx: RoomContext, now: number): RoomGauges {
  const queues = new Map<string, { library: string; tier: Tier; length: number; oldest: number }>();
  for (const library of ctx.directory.librariesOf(ctx.cooperative.id)) {
    for (const tier of TierSchema.options) {
      queues.set(`${library.id}\n${tier}`, { library: library.id, tier, length: 0, oldest: now });
    }
  }
  for (const chat of ctx.chats.values()) {
    const record = chat.record;
    if (record.state !== 'queued' || record.practice) continue;
    const key = `${record.libraryId}\n${record.tier}`;
    const entry = queues.get(key) ?? {
      library: record.libraryId,
      tier: record.tier,
      length: 0,
      oldest: now,
    };
    entry.length += 1;
    entry.oldest = Math.min(entry.oldest, record.waitingSince);
    queues.set(key, entry);
  }
  const responders = new Map<string, GaugeSample>();
  for (const live of ctx.responders.values()) {
    if (live.peers.size === 0) continue;
    const library = live.profile?.libraryId ?? ctx.directory.responder(live.id)?.libraryId ?? '';
    const key = `${library}\n${live.status}`;
    const sample = responders.get(key) ?? { labels: { library, status: live.status }, value: 0 };
    sample.value += 1;
    responders.set(key, sample);
  }
  const entries = [...queues.values()];
  return {
    queueLength: entries.map((q) => ({
      labels: { library: q.library, tier: q.tier },
      value: q.length,
    })),
    oldestWaitSeconds: entries.map((q) => ({
      labels: { library: q.library, tier: q.tier },
      value: Math.max(0, now - q.oldest) / 1000,
    })),
    respondersOnline: [...responders.values()],
  };
}
