import { describe, expect, it } from 'vitest';
import { createRoomHarness, groupId } from '../../../test/support/room-harness.ts';
import type { CounterName, Metrics } from '../ports/index.ts';
import { sampleRoomGauges } from './room-gauges.ts';

function recordingMetrics() {
  const counts: string[] = [];
  const metrics: Metrics = {
    count: (name: CounterName, labels) => counts.push(`${name} ${labels.library}`),
    observe: () => undefined,
  };
  return { metrics, counts };
}

function setup() {
  const { metrics, counts } = recordingMetrics();
  const h = createRoomHarness({}, { metrics });
  h.library('springfield', { groupId: groupId('county') });
  h.library('shelbyville', { groupId: groupId('county') });
  const ana = h.responder('ana', 'springfield');
  const ben = h.responder('ben', 'shelbyville');
  h.room.start();
  return { h, ana, ben, counts };
}

describe("the room's chat counters", () => {
  it('counts a chat started, then answered once even when it is transferred and accepted again', () => {
    const { h, ana, ben, counts } = setup();
    const anaPeer = h.online(ana);
    const benPeer = h.online(ben);
    const { chatId } = h.patron('springfield');
    h.room.responderFrame(anaPeer, ana, { type: 'accept', chatId });
    h.room.responderFrame(anaPeer, ana, {
      type: 'transfer',
      chatId,
      to: { kind: 'library', libraryId: 'shelbyville' as never },
    });
    h.room.responderFrame(benPeer, ben, { type: 'accept', chatId });
    expect(benPeer.of('chat_assigned')).toHaveLength(1);
    expect(counts).toEqual([
      'refdesk_chats_started_total springfield',
      'refdesk_chats_answered_total springfield',
    ]);
  });

  it('counts a chat the patron left while waiting as abandoned, and one that expired unanswered as missed', () => {
    const { h, counts } = setup();
    const left = h.patron('springfield');
    h.room.patronFrame(left.session, { type: 'leave' });
    const gone = h.patron('shelbyville');
    h.room.patronClosed(gone.session);
    h.clock.advance(10 * 60_000 + 1);
    expect(counts).toEqual([
      'refdesk_chats_started_total springfield',
      'refdesk_chats_abandoned_total springfield',
      'refdesk_chats_started_total shelbyville',
      'refdesk_chats_missed_total shelbyville',
    ]);
  });
});

describe("the room's gauges", () => {
  it('reports every library and tier, the queue length and the longest wait, and responders by status', () => {
    const { h, ana } = setup();
    h.online(ana, 'local');
    h.patron('shelbyville');
    h.clock.advance(1_500);
    h.patron('shelbyville');
    const gauges = sampleRoomGauges(h.room.context, h.clock.now());
    expect(gauges.queueLength).toHaveLength(6);
    const queued = gauges.queueLength.filter((sample) => sample.value > 0);
    expect(queued).toEqual([
      { labels: { library: 'shelbyville', tier: expect.any(String) }, value: 2 },
    ]);
    const tier = queued[0]?.labels.tier;
    expect(gauges.oldestWaitSeconds).toContainEqual({
      labels: { library: 'shelbyville', tier },
      value: 1.5,
    });
    expect(gauges.oldestWaitSeconds).toContainEqual({
      labels: { library: 'springfield', tier: 'local' },
      value: 0,
    });
    expect(gauges.respondersOnline).toEqual([
      { labels: { library: 'springfield', status: 'local' }, value: 1 },
    ]);
  });
});
