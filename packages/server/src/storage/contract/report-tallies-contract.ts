import { describe, expect, it } from 'vitest';
import type { ChatEvent, ChatEventKind } from '../../core/model.ts';
import { type TallyPart, talliesFromEvents } from '../../core/reports/chat-tallies.ts';
import { reportPeriod } from '../../core/reports/report-period.ts';
import { zoneOffsets } from '../../core/reports/zone-offsets.ts';
import type { Stores } from '../open-storage.ts';
import { BACKFILL_REPORT_CHATS } from '../schema-report-chats.ts';
import type { SqlDatabase } from '../sql.ts';
import { COOP, chat, ids, LIB, OTHER_COOP, openWithDirectory, RESPONDER } from './fixtures.ts';

const PARTS: TallyPart[] = ['requested', 'accepted', 'hours', 'answers', 'ends', 'waits'];
const LIBRARIES = [LIB, 'lib-x', 'lib-y'];

/** A seeded log of chats with every turn a chat can take, some around the period's edges. */
function writeLog(stores: Stores, seed: number): void {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const append = (
    chatId: string,
    kind: ChatEventKind,
    at: number,
    actor: string | null,
    data = {},
  ) => {
    const event: ChatEvent = {
      cooperativeId: chatId.startsWith('other') ? OTHER_COOP : COOP,
      chatId: ids.chat(chatId),
      kind,
      actorId: actor === null ? null : ids.responder(actor),
      data,
      at,
    };
    stores.room.appendEvent(event);
  };
  const year = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 60; i += 1) {
    const id = i % 17 === 0 ? `other_${seed}_${i}` : `c_${seed}_${i}`;
    // Mostly inside 2026, a few just before or after; spread over the hours and DST changes.
    let at = year - 5 * 86_400_000 + Math.floor(random() * 375 * 86_400_000);
    const later = (ms: number) => {
      at += ms;
      return at;
    };
    if (i % 9 === 0)
      stores.room.insertChat(
        chat({ id: ids.chat(id), libraryId: ids.library('lib-y'), resumeTokenHash: `hash-${id}` }),
      );
    const queued: Record<string, unknown> = { practice: random() < 0.1 };
    if (i % 9 !== 0) queued.libraryId = pick(LIBRARIES);
    if (random() < 0.05) append(id, 'offered', at - 1, 'r_bob');
    append(id, 'queued', at, null, queued);
    if (random() < 0.3)
      append(id, 'rolled_up', later(30_000), null, { to: pick(['group', 'cooperative']) });
    const turn = random();
    if (turn < 0.1) append(id, 'offline', later(1_000), null, { reason: 'no_responders' });
    if (turn < 0.6) {
      const data = random() < 0.2 ? {} : { libraryId: pick(LIBRARIES) };
      const actor = random() < 0.2 ? RESPONDER : 'r_bob';
      append(id, 'accepted', later(Math.floor(random() * 700_000)), actor, data);
      append(id, 'message', later(1_000), actor, { seq: 1 });
      if (random() < 0.3) {
        append(id, 'transferred', later(1_000), actor, { tier: pick(['library', 'cooperative']) });
        append(id, 'accepted', later(5_000), 'r_bob', { libraryId: pick(LIBRARIES) });
      }
    }
    if (turn < 0.9) {
      const outcome = pick(['answered', 'referred', 'lost', null, 7]);
      append(id, 'ended', later(Math.floor(random() * 900_000)), null, { outcome });
    }
  }
}

/**
 * `report_chats`: what the triggers keep, and the backfill of an older log, read through
 * `chatTallies`, equals what core/reports counts from the events themselves.
 *
 * @example
 * reportTalliesContract(() => openNodeSqlite(':memory:'));
 */
export function reportTalliesContract(open: () => SqlDatabase): void {
  describe('report tallies', () => {
    const check = (stores: Stores, tz: string) => {
      const found = reportPeriod('2026-01-01', '2026-12-31', tz);
      if (!found.ok) throw new Error(found.message);
      const { period } = found;
      const events = stores.reports.chatEvents(COOP, period.start, period.end);
      const expected = talliesFromEvents(events, period, (id) => (id === RESPONDER ? LIB : null));
      const window = {
        start: period.start,
        end: period.end,
        offsets: zoneOffsets(period.start, period.end, tz),
      };
      for (const part of PARTS) {
        expect({ part, tz, tallies: stores.reports.chatTallies(COOP, window, part) }).toEqual({
          part,
          tz,
          tallies: expected(part),
        });
      }
    };

    it('counts every chat as the events log does, in any time zone, as the events are written', () => {
      const stores = openWithDirectory(open);
      writeLog(stores, 11);
      writeLog(stores, 12);
      for (const tz of ['America/Chicago', 'Australia/Adelaide', 'UTC', 'Asia/Kathmandu']) {
        check(stores, tz);
      }
    });

    it('fills the summary from an older log when the migration runs', () => {
      const stores = openWithDirectory(open);
      writeLog(stores, 21);
      stores.db.run('DELETE FROM report_chats');
      stores.db.exec(BACKFILL_REPORT_CHATS);
      check(stores, 'America/Chicago');
      check(stores, 'Australia/Adelaide');
    });
  });
}
