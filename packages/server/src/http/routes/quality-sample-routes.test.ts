import type { QualityCasesResponse, SampleDraw, SamplesResponse } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

describe('the quality sample over HTTP', () => {
  it('starts with the default rule and no draws', async () => {
    const samples = await json<SamplesResponse>(
      await (await h.as('qa')).get('/api/quality/samples'),
    );
    expect(samples).toEqual({
      settings: { period: 'monthly', perResponder: 2, perLibrary: 5 },
      draws: [],
    });
  });

  it('lets a coordinator draw now: the chats land in the reviewers’ inbox as sampled, with why', async () => {
    const dev = await h.as('dev');
    const response = await dev.post('/api/quality/samples', {});
    expect(response.status).toBe(201);
    const draw = await json<SampleDraw>(response);
    expect(draw).toMatchObject({ drawnBy: { displayName: 'Dev Dasgupta' }, chats: 3 });
    expect(draw.seed).not.toBe('');
    const inbox = await json<QualityCasesResponse>(
      await (await h.as('qa')).get('/api/quality/cases'),
    );
    const sampled = inbox.cases.filter((one) => one.source === 'sample');
    expect(sampled.map((one) => one.chat.chatId).sort()).toEqual(
      [h.seed.chats.byAna, h.seed.chats.coveredByBen, h.seed.chats.atShelbyville].sort(),
    );
    expect(sampled.map((one) => one.sampleReason).sort()).toEqual([
      'responder sample for Ana Alvarez',
      'responder sample for Ben Brooks',
      'responder sample for Ben Brooks',
    ]);
    expect(sampled.every((one) => one.state === 'new' && one.label === null)).toBe(true);
    // Drawing again takes no chat twice: every quota of the period is already met.
    const again = await json<SampleDraw>(await dev.post('/api/quality/samples', {}));
    expect(again.chats).toBe(0);
    const listed = await json<SamplesResponse>(await dev.get('/api/quality/samples'));
    expect(listed.draws.map((one) => one.id)).toEqual([again.id, draw.id]);
  });

  it('saves the rule a coordinator sets and refuses a quota out of range', async () => {
    const dev = await h.as('dev');
    const rule = { period: 'quarterly', perResponder: 1, perLibrary: 0 };
    expect((await dev.put('/api/quality/sample-settings', rule)).status).toBe(200);
    const listed = await json<SamplesResponse>(await dev.get('/api/quality/samples'));
    expect(listed.settings).toEqual(rule);
    const bad = { ...rule, perResponder: -1 };
    expect((await dev.put('/api/quality/sample-settings', bad)).status).toBe(400);
    const draw = await json<SampleDraw>(await dev.post('/api/quality/samples', {}));
    expect(draw.period).toMatch(/^\d{4}-Q[1-4]$/);
    expect(draw.chats).toBe(2);
  });

  it('lists the quality team for assignment', async () => {
    const team = await json<{ reviewers: { displayName: string }[] }>(
      await (await h.as('qa')).get('/api/quality/reviewers'),
    );
    expect(team.reviewers.map((one) => one.displayName)).toEqual(
      expect.arrayContaining(['Dev Dasgupta']),
    );
    expect(team.reviewers.map((one) => one.displayName)).not.toContain('Ana Alvarez');
  });
});
