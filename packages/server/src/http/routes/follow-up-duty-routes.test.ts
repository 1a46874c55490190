import type { FollowUp, StaffNotificationsResponse } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import {
  createAppHarness,
  EMAILS,
  json,
  signedInClient,
} from '../../../test/support/app-harness.ts';
import { DEMO_PASSWORD } from '../../storage/demo-seed.ts';

const DAY = 24 * 60 * 60 * 1000;

async function askSpringfield(h: Awaited<ReturnType<typeof createAppHarness>>) {
  const patron = await h.as('patron');
  const response = await patron.post('/api/libraries/springfield/offline-questions', {
    question: 'Is the 1911 directory online?',
    email: 'kim@example.org',
  });
  expect(response.status).toBe(201);
  h.clock.advance(0);
  return ((await json(response)) as { followUpId: string }).followUpId;
}

const pool = async (h: Awaited<ReturnType<typeof createAppHarness>>, query: string) => {
  // A fresh sign-in: the tests move the clock past a session's idle limit.
  const dev = await signedInClient(h.app, EMAILS.dev, DEMO_PASSWORD);
  const body = (await json(await dev.get(`/api/follow-up-pool${query}`))) as {
    followUps: FollowUp[];
  };
  return body.followUps.map((followUp) => followUp.id);
};

describe('follow-up duty routes', () => {
  it('shows a coordinator every library’s follow-ups, filtered by library and state', async () => {
    const h = await createAppHarness();
    const { springfield, shelbyville } = h.seed.followUps;
    expect(await pool(h, '')).toEqual(expect.arrayContaining([springfield, shelbyville]));
    expect(await pool(h, '?library=shelbyville')).toEqual([shelbyville]);
    expect(await pool(h, '?state=closed')).not.toContain(springfield);
  });

  it('counts an offline question on the badge of the library’s staff until they look', async () => {
    const h = await createAppHarness();
    const followUpId = await askSpringfield(h);
    const ana = await h.as('ana');
    const before = (await json(
      await ana.get('/api/follow-up-notifications'),
    )) as StaffNotificationsResponse;
    expect(before.unseen).toBe(1);
    expect(before.notifications[0]).toMatchObject({ kind: 'offline_question', followUpId });
    const ben = (await json(
      await (await h.as('ben')).get('/api/follow-up-notifications'),
    )) as StaffNotificationsResponse;
    expect(ben.unseen).toBe(0);
    await ana.post('/api/follow-up-notifications/seen');
    const after = (await json(
      await ana.get('/api/follow-up-notifications'),
    )) as StaffNotificationsResponse;
    expect(after.unseen).toBe(0);
  });

  it('shows the deadline on the follow-up, and the follow-up in the overdue pool once it passed', async () => {
    const h = await createAppHarness();
    const followUpId = await askSpringfield(h);
    const ana = await h.as('ana');
    const view = (await json(await ana.get(`/api/follow-ups/${followUpId}`))) as {
      due: { dueAt: number; overdue: boolean };
    };
    expect(view.due.overdue).toBe(false);
    expect(view.due.dueAt).toBeGreaterThan(h.clock.now());
    expect(await pool(h, '?overdue=true')).not.toContain(followUpId);
    h.clock.advance(view.due.dueAt - h.clock.now());
    expect(await pool(h, '?overdue=true')).toContain(followUpId);
    expect(await pool(h, '?overdue=false')).not.toContain(followUpId);
  });

  it('lets an admin lengthen the library’s promise for follow-ups to come', async () => {
    const h = await createAppHarness();
    const cora = await h.as('cora');
    expect(await json(await cora.get('/api/libraries/springfield/follow-up-promise'))).toEqual({
      workingDays: 2,
    });
    await cora.put('/api/libraries/springfield/follow-up-promise', { workingDays: 10 });
    const followUpId = await askSpringfield(h);
    const due = h.stores.followUpDuties.deadline(followUpId as never)?.dueAt ?? 0;
    expect(due - h.clock.now()).toBeGreaterThan(9 * DAY);
  });
});
