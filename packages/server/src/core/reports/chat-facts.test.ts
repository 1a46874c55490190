import { describe, expect, it } from 'vitest';
import { answeredBy, chatFacts } from './chat-facts.ts';
import { eventStream, LIBRARIES } from './report-events.testing.ts';
import { reportPeriod } from './report-period.ts';

const day = (hour: number, minute = 0) => Date.UTC(2026, 5, 10, hour, minute);
const period = (() => {
  const result = reportPeriod('2026-06-01', '2026-06-30', 'UTC');
  if (!result.ok) throw new Error(result.message);
  return result.period;
})();
const noLibrary = () => null;

describe('chatFacts', () => {
  it('leaves practice chats out', () => {
    const s = eventStream();
    s.queued('p1', 'spr', day(9), true);
    s.accepted('p1', 'lisa', 'spr', day(9, 1));
    s.queued('c1', 'spr', day(10));
    expect(chatFacts(s.events, period, noLibrary).map((fact) => fact.chatId)).toEqual(['c1']);
  });

  it('calls a chat left below the cooperative tier abandoned, and one left after it missed', () => {
    const s = eventStream();
    s.queued('left-early', 'spr', day(9));
    s.ended('left-early', day(9, 1), 'patron_left');
    s.queued('left-at-top', 'spr', day(10));
    s.rolledUp('left-at-top', 'group', day(10, 1));
    s.rolledUp('left-at-top', 'cooperative', day(10, 2));
    s.ended('left-at-top', day(10, 20), 'patron_left');
    s.queued('nobody-on', 'spr', day(11));
    s.offline('nobody-on', day(11));
    s.ended('nobody-on', day(11, 5), 'expired');
    s.queued('still-waiting', 'spr', day(12));
    const fates = chatFacts(s.events, period, noLibrary).map((fact) => [fact.chatId, fact.fate]);
    expect(fates).toEqual([
      ['left-early', 'abandoned'],
      ['left-at-top', 'missed'],
      ['nobody-on', 'missed'],
      ['still-waiting', 'waiting'],
    ]);
  });

  it('measures the wait to the first acceptance and keeps the first library that accepted', () => {
    const s = eventStream();
    s.queued('c1', 'spr', day(9));
    s.accepted('c1', 'milhouse', 'shb', day(9, 2));
    s.accepted('c1', 'otto', 'ogd', day(9, 10));
    s.ended('c1', day(9, 20), 'responder_ended', 'answered');
    const [fact] = chatFacts(s.events, period, noLibrary);
    expect(fact?.waitMs).toBe(120_000);
    expect(fact?.acceptedByLibrary).toBe('shb');
    expect(fact?.outcome).toBe('answered');
  });

  it('counts a chat in the period of its request, whenever it ends', () => {
    const s = eventStream();
    s.queued('may', 'spr', Date.UTC(2026, 4, 31, 23, 59));
    s.accepted('may', 'lisa', 'spr', Date.UTC(2026, 5, 1, 0, 1));
    s.queued('june', 'spr', Date.UTC(2026, 5, 30, 23, 59));
    s.accepted('june', 'lisa', 'spr', Date.UTC(2026, 6, 1, 0, 1));
    expect(chatFacts(s.events, period, noLibrary).map((fact) => fact.chatId)).toEqual(['june']);
  });

  it('names a responder library from the directory when an old event does not', () => {
    const s = eventStream();
    s.queued('c1', 'spr', day(9));
    s.events.push({
      chatId: 'c1',
      kind: 'accepted',
      actorId: 'otto',
      data: {},
      at: day(9, 1),
      chatLibraryId: null,
    });
    const [fact] = chatFacts(s.events, period, (id) => (id === 'otto' ? 'ogd' : null));
    expect(fact?.acceptedByLibrary).toBe('ogd');
  });
});

describe('answeredBy', () => {
  it('tells local, group and cooperative answers apart', () => {
    const s = eventStream();
    for (const [chat, responder, library] of [
      ['a', 'lisa', 'spr'],
      ['b', 'milhouse', 'shb'],
      ['c', 'otto', 'ogd'],
    ] as const) {
      s.queued(chat, 'spr', day(9));
      s.accepted(chat, responder, library, day(9, 1));
    }
    const facts = chatFacts(s.events, period, noLibrary);
    expect(facts.map((fact) => answeredBy(fact, LIBRARIES))).toEqual([
      'local',
      'group',
      'cooperative',
    ]);
  });
});
