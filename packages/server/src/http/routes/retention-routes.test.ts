import type { AuditEntry, RetentionResponse } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const PATH = '/api/libraries/springfield/retention';
const FLOOR = '/api/cooperative/retention-floor';

describe('retention settings', () => {
  it('shows the defaults, the floor and no scrub yet for a library that never chose', async () => {
    const body = await json<RetentionResponse>(await (await h.as('cora')).get(PATH));
    expect(body).toEqual({
      settings: { identifierDays: 90, transcriptDays: 365, redactMessages: true },
      floor: { identifierDays: 30, transcriptDays: 30 },
      lastScrub: null,
    });
  });

  it('saves an admin\u2019s choice, "don\u2019t keep transcripts" included, and audits it', async () => {
    const cora = await h.as('cora');
    const settings = { identifierDays: 45, transcriptDays: null, redactMessages: false };
    const saved = await json<RetentionResponse>(await cora.put(PATH, settings));
    expect(saved.settings).toEqual(settings);
    expect((await json<RetentionResponse>(await cora.get(PATH))).settings).toEqual(settings);
    const log = await json<{ entries: AuditEntry[] }>(await (await h.as('dev')).get('/api/audit'));
    expect(log.entries[0]).toMatchObject({
      action: 'retention_changed',
      actorName: 'Cora Chen',
      detail: 'identifiers 45 days, transcripts not kept, redaction off',
    });
  });

  it.each([
    [
      'fewer than 30 days of identifiers',
      { identifierDays: 29 },
      'identifierDays: must be at least 30 days',
    ],
    [
      'fewer than 30 days of transcripts',
      { transcriptDays: 7 },
      'transcriptDays: must be at least 30 days',
    ],
    ['more than ten years', { transcriptDays: 4000 }, 'transcriptDays: must be at most 3650 days'],
    [
      'a fraction of a day',
      { identifierDays: 30.5 },
      'identifierDays: must be a whole number of days',
    ],
  ])('refuses %s, naming the field', async (_name, change, message) => {
    const body = { identifierDays: 90, transcriptDays: 365, redactMessages: true, ...change };
    const response = await (await h.as('cora')).put(PATH, body);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
  });

  it('refuses a library less than the cooperative\u2019s floor, which the coordinator sets', async () => {
    const dev = await h.as('dev');
    expect((await dev.put(FLOOR, { identifierDays: 60, transcriptDays: 180 })).status).toBe(200);
    const cora = await h.as('cora');
    const short = await cora.put(PATH, {
      identifierDays: 45,
      transcriptDays: 365,
      redactMessages: true,
    });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('the cooperative keeps identifiers at least 60 days');
    const fewTranscripts = { identifierDays: 60, transcriptDays: 90, redactMessages: true };
    expect((await cora.put(PATH, fewTranscripts)).status).toBe(400);
    const none = { identifierDays: 60, transcriptDays: null, redactMessages: true };
    expect((await cora.put(PATH, none)).status).toBe(200);
    expect(await json(await cora.get(FLOOR))).toEqual({ identifierDays: 60, transcriptDays: 180 });
  });
});
