import type {
  FollowUp,
  LibraryId,
  MemberReferralList,
  ResponderId,
  StaffNotificationsResponse,
} from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Ana referred a Springfield patron's question to Shelbyville: the seeded Shelbyville follow-up. */
async function referred() {
  const h = await createAppHarness();
  const followUpId = h.seed.followUps.shelbyville;
  h.stores.followUpReferrals.saveMemberReferral({
    followUpId,
    fromLibraryId: 'springfield' as LibraryId,
    toLibraryId: 'shelbyville' as LibraryId,
    referredBy: 'demo-ana' as ResponderId,
    referredAt: h.clock.now(),
    state: 'pending',
    reason: null,
    decidedBy: null,
    decidedAt: null,
  });
  return { h, followUpId };
}

const referralsOut = async (h: AppHarness) =>
  (
    await json<MemberReferralList>(
      await (await h.as('cora')).get('/api/libraries/springfield/referrals-out'),
    )
  ).referrals;

describe('referrals to a member library', () => {
  it('lets the receiving library accept one, and the home library sees it accepted', async () => {
    const { h, followUpId } = await referred();
    expect((await referralsOut(h))[0]).toMatchObject({ followUpId, state: 'pending' });
    const ben = await h.as('ben');
    const response = await ben.post(`/api/follow-ups/${followUpId}/referral`, {
      decision: 'accept',
    });
    expect(response.status).toBe(200);
    const view = await json<FollowUp>(response);
    expect(view.library.id).toBe('shelbyville');
    expect(view.memberReferral).toMatchObject({ state: 'accepted', decidedBy: 'Ben Brooks' });
    expect(view.notes.at(-1)?.text).toBe('Referral accepted for Shelbyville Public Library.');
    expect((await referralsOut(h))[0]).toMatchObject({
      state: 'accepted',
      from: { id: 'springfield' },
      to: { id: 'shelbyville', name: 'Shelbyville Public Library' },
      referredBy: 'Ana Alvarez',
    });
  });

  it('sends a returned one back to the home library’s queue, with the reason, and tells its staff', async () => {
    const { h, followUpId } = await referred();
    const ben = await h.as('ben');
    const response = await ben.post(`/api/follow-ups/${followUpId}/referral`, {
      decision: 'return',
      reason: 'We hold no newspapers before 1950.',
    });
    const view = await json<FollowUp>(response);
    expect(view).toMatchObject({ status: 'open', claimedBy: null, library: { id: 'springfield' } });
    expect((await referralsOut(h))[0]).toMatchObject({
      state: 'returned',
      reason: 'We hold no newspapers before 1950.',
    });
    const ana = await h.as('ana');
    const badge = await json<StaffNotificationsResponse>(
      await ana.get('/api/follow-up-notifications'),
    );
    expect(badge.notifications[0]).toMatchObject({ kind: 'referral', followUpId });
    expect((await ana.get(`/api/follow-ups/${followUpId}`)).status).toBe(200);
    const again = await ben.post(`/api/follow-ups/${followUpId}/referral`, { decision: 'accept' });
    expect(again.status).toBe(404);
  });

  it('refuses a return without a reason, and a second answer', async () => {
    const { h, followUpId } = await referred();
    const ben = await h.as('ben');
    const empty = await ben.post(`/api/follow-ups/${followUpId}/referral`, {
      decision: 'return',
      reason: '  ',
    });
    expect(empty.status).toBe(400);
    await ben.post(`/api/follow-ups/${followUpId}/referral`, { decision: 'accept' });
    const twice = await ben.post(`/api/follow-ups/${followUpId}/referral`, {
      decision: 'return',
      reason: 'Changed our mind',
    });
    expect(twice.status).toBe(409);
  });
});

describe('the cooperative pool', () => {
  it('lets a coordinator reassign a follow-up to another library, whose staff are told', async () => {
    const h = await createAppHarness();
    const followUpId = h.seed.followUps.springfield;
    const dev = await h.as('dev');
    const response = await dev.post(`/api/follow-up-pool/${followUpId}/reassign`, {
      libraryId: 'shelbyville',
    });
    expect(response.status).toBe(200);
    expect(await json<FollowUp>(response)).toMatchObject({
      library: { id: 'shelbyville' },
      status: 'open',
      claimedBy: null,
    });
    const ben = await json<StaffNotificationsResponse>(
      await (await h.as('ben')).get('/api/follow-up-notifications'),
    );
    expect(ben.notifications[0]).toMatchObject({ kind: 'new_follow_up', followUpId });
    const same = await dev.post(`/api/follow-up-pool/${followUpId}/reassign`, {
      libraryId: 'shelbyville',
    });
    expect(same.status).toBe(409);
  });

  it('filters the pool by age', async () => {
    const h = await createAppHarness();
    const dev = await h.as('dev');
    const ids = async (query: string) =>
      (
        await json<{ followUps: FollowUp[] }>(await dev.get(`/api/follow-up-pool${query}`))
      ).followUps.map((f) => f.id);
    const all = await ids('');
    const newest = Math.max(
      ...(await Promise.all(
        all.map(async (id) => {
          const view = await json<FollowUp>(await dev.get(`/api/follow-ups/${id}`));
          return view.createdAt;
        }),
      )),
    );
    const daysOld = Math.floor((h.clock.now() - newest) / DAY);
    expect(await ids(`?olderThanDays=${daysOld}`)).toEqual(all);
    expect(await ids(`?olderThanDays=${daysOld + 400}`)).toEqual([]);
    expect((await dev.get('/api/follow-up-pool?olderThanDays=soon')).status).toBe(400);
  });
});
