import type { LibraryId, NowBoard, PatronServerFrame } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';
import { recordingPeer } from '../../../test/support/room-harness.ts';
import { localDate } from '../../core/schedules/zoned-time.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
  const today = localDate(h.clock.now(), 'America/Chicago').date;
  const overdue = localDate(h.clock.now() - 3 * 86_400_000, 'America/Chicago').date;
  const { followUps } = h.stores;
  const springfield = followUps.followUp(h.seed.followUps.springfield);
  const shelbyville = followUps.followUp(h.seed.followUps.shelbyville);
  if (!springfield || !shelbyville) throw new Error('seeded follow-ups missing');
  followUps.updateFollowUp({ ...springfield, deadline: overdue });
  followUps.updateFollowUp({ ...shelbyville, deadline: today, status: 'claimed' });
});

/** A Shelbyville patron asking, straight through the room. */
function shelbyvillePatronAsks(): void {
  const library = h.stores.directory.library('shelbyville' as LibraryId);
  const room = library && h.rooms.roomFor(library.cooperativeId);
  if (!library || !room) throw new Error('no Shelbyville room');
  const session = room.patronHello(
    recordingPeer<PatronServerFrame>(),
    { type: 'hello', protocolVersion: 1, libraryId: library.id },
    library,
  );
  room.patronFrame(session, { type: 'ask', clientMessageId: 'c1' as never, question: 'Hours?' });
}

describe('GET /api/now', () => {
  it('shows a coordinator the whole cooperative: the queue and every library’s follow-ups due', async () => {
    shelbyvillePatronAsks();
    const board = await json<NowBoard>(await (await h.as('dev')).get('/api/now'));
    expect(board.scope).toBe(null);
    expect(board.waiting.map((w) => [w.library.id, w.tier])).toEqual([['shelbyville', 'local']]);
    expect(board.followUpsDue.map((f) => [f.library.id, f.overdue, f.status])).toEqual([
      ['springfield', true, 'open'],
      ['shelbyville', false, 'claimed'],
    ]);
  });

  it('limits a library admin to her own library', async () => {
    shelbyvillePatronAsks();
    const response = await (await h.as('cora')).get('/api/now');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const board = await json<NowBoard>(response);
    expect(board.scope).toEqual({ id: 'springfield', name: 'Springfield Public Library' });
    expect(board.waiting).toEqual([]);
    expect(board.followUpsDue.map((f) => f.library.id)).toEqual(['springfield']);
  });
});
