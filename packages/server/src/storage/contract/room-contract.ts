import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../sql.ts';
import {
  COOP,
  chat,
  followUp,
  ids,
  message,
  OTHER_COOP,
  OTHER_LIB,
  openWithDirectory,
  RESPONDER,
} from './fixtures.ts';

const C1 = ids.chat('c_1');

/**
 * The room store: chats, events, follow-ups and responder statuses.
 *
 * @example
 * roomContract(() => openNodeSqlite(':memory:'));
 */
export function roomContract(open: () => SqlDatabase): void {
  describe('room store: chats', () => {
    it('reads back a queued chat with its nulls exactly as inserted', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat());
      expect(room.chat(C1)).toEqual(chat());
    });

    it('reads back an ended chat with every optional field filled', () => {
      const { room } = openWithDirectory(open);
      const ended = chat({
        state: 'ended',
        tier: 'cooperative',
        practice: true,
        patronName: 'Pat',
        patronEmail: 'pat@example.org',
        pageUrl: 'https://lib-a.example/ask',
        responderId: RESPONDER,
        assignedAt: 1_500,
        endedAt: 9_000,
        endReason: 'responder_ended',
        outcome: 'answered',
        lastSeq: 7,
        patronLeftAt: 8_000,
      });
      room.insertChat(ended);
      expect(room.chat(C1)).toEqual(ended);
    });

    it('stores every update of a chat', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat());
      const active = chat({
        state: 'active',
        responderId: RESPONDER,
        assignedAt: 1_200,
        lastSeq: 3,
      });
      room.updateChat(active);
      expect(room.chat(C1)).toEqual(active);
    });

    it('refuses to update a chat that does not exist', () => {
      const { room } = openWithDirectory(open);
      expect(() => room.updateChat(chat())).toThrow(/no chat/);
    });

    it("reads a chat's last seq back from its messages when they are newer than its row", () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat({ lastSeq: 0, state: 'active' }));
      room.insertMessage(message({ seq: 1 }));
      room.insertMessage(message({ seq: 2, id: ids.message('m_2'), clientMessageId: null }));
      expect(room.chat(C1)?.lastSeq).toBe(2);
      expect(room.liveChats(COOP).map((live) => live.lastSeq)).toEqual([2]);
      room.updateChat(chat({ lastSeq: 5, state: 'active' }));
      expect(room.chat(C1)?.lastSeq).toBe(5);
    });

    it('finds a chat by the hash of its resume token', () => {
      const { room } = openWithDirectory(open);
      room.insertChat(chat({ resumeTokenHash: 'abc123' }));
      expect(room.chatByResumeTokenHash('abc123')?.id).toBe(C1);
      expect(room.chatByResumeTokenHash('other')).toBeUndefined();
    });

    it('lists the queued and active chats of one cooperative, longest waiting first, without ended ones', () => {
      const { room } = openWithDirectory(open);
      const make = (id: string, state: 'queued' | 'active' | 'ended', waitingSince: number) =>
        chat({ id: ids.chat(id), resumeTokenHash: `h-${id}`, state, waitingSince });
      room.insertChat(make('late', 'queued', 3_000));
      room.insertChat(make('early', 'active', 1_000));
      room.insertChat(make('done', 'ended', 500));
      room.insertChat({
        ...make('elsewhere', 'queued', 10),
        cooperativeId: OTHER_COOP,
        libraryId: OTHER_LIB,
      });
      expect(room.liveChats(COOP).map((c) => c.id)).toEqual(['early', 'late']);
      expect(room.liveChats(OTHER_COOP).map((c) => c.id)).toEqual(['elsewhere']);
    });

    it('reads back any chat record unchanged', () => {
      const { room } = openWithDirectory(open);
      const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
      const time = fc.integer({ min: 0, max: 2 ** 50 });
      const record = fc.record({
        state: fc.constantFrom('queued' as const, 'active' as const, 'ended' as const),
        tier: fc.constantFrom('local' as const, 'group' as const, 'cooperative' as const),
        practice: fc.boolean(),
        question: fc.string(),
        patronName: nullable(fc.string()),
        patronEmail: nullable(fc.string()),
        pageUrl: nullable(fc.webUrl()),
        createdAt: time,
        waitingSince: time,
        responderId: nullable(fc.constant(RESPONDER)),
        assignedAt: nullable(time),
        endedAt: nullable(time),
        endReason: nullable(fc.constantFrom('patron_left' as const, 'expired' as const)),
        outcome: nullable(fc.constantFrom('referred' as const, 'lost' as const)),
        lastSeq: fc.nat(),
        patronSeenAt: time,
      });
      let n = 0;
      fc.assert(
        fc.property(record, (fields) => {
          n += 1;
          const stored = chat({ ...fields, id: ids.chat(`c_p${n}`), resumeTokenHash: `h${n}` });
          room.insertChat(stored);
          expect(room.chat(stored.id)).toEqual(stored);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('room store: events, follow-ups and statuses', () => {
    it('appends events in order with their data as JSON', () => {
      const { db, room } = openWithDirectory(open);
      room.appendEvent({
        cooperativeId: COOP,
        chatId: C1,
        kind: 'queued',
        actorId: null,
        data: { tier: 'local' },
        at: 10,
      });
      room.appendEvent({
        cooperativeId: COOP,
        chatId: null,
        kind: 'offline',
        actorId: RESPONDER,
        data: {},
        at: 11,
      });
      const rows = db.all(
        'SELECT cooperative_id, chat_id, kind, actor_id, data, at FROM events ORDER BY id',
      );
      expect(rows).toEqual([
        {
          cooperative_id: COOP,
          chat_id: C1,
          kind: 'queued',
          actor_id: null,
          data: '{"tier":"local"}',
          at: 10,
        },
        {
          cooperative_id: COOP,
          chat_id: null,
          kind: 'offline',
          actor_id: RESPONDER,
          data: '{}',
          at: 11,
        },
      ]);
    });

    it('inserts follow-ups the follow-up store can read', () => {
      const { room, followUps } = openWithDirectory(open);
      room.insertFollowUp(followUp());
      expect(followUps.followUp(followUp().id)).toEqual(followUp());
    });

    it('remembers the newest status of each responder', () => {
      const { room } = openWithDirectory(open);
      expect(room.responderStatus(RESPONDER)).toBeUndefined();
      room.setResponderStatus(RESPONDER, 'cooperative', 1);
      room.setResponderStatus(RESPONDER, 'away', 2);
      expect(room.responderStatus(RESPONDER)).toBe('away');
    });
  });
}
