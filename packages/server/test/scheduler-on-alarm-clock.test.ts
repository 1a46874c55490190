import type { PatronServerFrame } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { type AlarmClock, createAlarmClock } from '../src/runtime/cloudflare/alarm-clock.ts';
import { createRoomHarness, recordingPeer } from './support/room-harness.ts';

const HOUR = 3_600_000;
// The harness starts on Monday 30 November 2026 at 15:00 UTC: 09:00 in Chicago.
const START = Date.UTC(2026, 10, 30, 15);

/**
 * The room as a Durable Object runs it: every room (each waking of the object) gets its own alarm
 * clock, as `startCloudflareCooperative` builds it, and `booked` records the alarms it set.
 */
function roomOnAlarms() {
  const booked: number[] = [];
  const clocks: AlarmClock[] = [];
  const h = createRoomHarness(
    { responderIdleMs: 30 * 24 * HOUR },
    {
      roomClock(clock) {
        clocks.push(createAlarmClock(clock, (at) => booked.push(at)));
        return clocks.at(-1) ?? clock;
      },
    },
  );
  // Springfield is covered by the cooperative on Mondays from 10:00 to 12:00, Chicago time.
  h.library('springfield', {
    settings: { coverage: [{ day: 1, startMinute: 600, endMinute: 720 }] },
  });
  h.library('ogdenville');
  const olga = h.responder('olga', 'ogdenville');
  h.room.start();
  return { h, olga, booked, clocks };
}

describe('the room scheduler on a Durable Object alarm', () => {
  it('books the alarm for the instant a waiting chat\u2019s coverage window opens', () => {
    const { h, olga, booked } = roomOnAlarms();
    h.online(olga);
    h.patron('springfield');
    expect(booked.at(-1)).toBe(START + HOUR);
  });

  it('wakes an evicted room at the boundary, which routes the chat and books the window\u2019s close', () => {
    const { h, olga, booked, clocks } = roomOnAlarms();
    const { session, chatId } = h.patron('springfield');
    expect(booked.at(-1)).toBe(START + HOUR);
    // Evicted with its sockets closed: memory and in-memory timers are gone, the alarm stays.
    h.replace();
    expect(h.clock.pendingTimers()).toBe(0);
    h.clock.advance(HOUR);
    // The alarm rings: the object is built again and its room starts from storage.
    h.room.start();
    const olgaPeer = h.online(olga);
    expect(olgaPeer.last('offer')?.offer.chatId).toBe(chatId);
    const library = h.stores.directory.library(session.libraryId);
    if (!library) throw new Error('no springfield');
    const hello = { type: 'hello', protocolVersion: 1, libraryId: library.id } as const;
    h.room.patronHello(
      recordingPeer<PatronServerFrame>(),
      { ...hello, resumeToken: session.resumeToken },
      library,
    );
    // With the patron back, the window's close is the room's next deadline, on the alarm too.
    expect(h.room.context.scheduler.armedAt()).toBe(START + 3 * HOUR);
    const alarm = clocks.at(-1);
    expect(alarm?.nextDeadline()).toBe(START + 3 * HOUR);
    alarm?.alarmRang();
    expect(booked.at(-1)).toBe(START + 3 * HOUR);
  });
});
