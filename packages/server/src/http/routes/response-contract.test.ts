import {
  EarlierChatsResponseSchema,
  FollowUpSchema,
  PolicyPageSchema,
  PolicyProblemResponseSchema,
  PolicySearchResponseSchema,
  ScriptSchema,
  TranscriptSchema,
  WidgetSettingsSchema,
} from '@refdesk/protocol';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness } from '../../../test/support/app-harness.ts';

type Call = (h: AppHarness) => Promise<Response>;

const CASES: [string, v.GenericSchema, Call][] = [
  [
    'PUT policy page',
    PolicyPageSchema,
    async (h) => {
      const page = h.stores.policies.policyPage('springfield' as never);
      return (await h.as('cora')).put('/api/libraries/springfield/policy', {
        baseVersion: page?.version,
        sections: page?.sections,
        staffOnly: 'Guest wifi: bookworm',
        owners: ['cora@springfield.example'],
      });
    },
  ],
  [
    'policy search',
    PolicySearchResponseSchema,
    async (h) => (await h.as('ben')).get('/api/policy/search?q=pin'),
  ],
  [
    'policy problem report',
    PolicyProblemResponseSchema,
    async (h) =>
      (await h.as('ben')).post('/api/libraries/springfield/policy/problems', { comment: 'Typo' }),
  ],
  [
    'new script',
    ScriptSchema,
    async (h) =>
      (await h.as('ana')).post('/api/scripts', { scope: 'personal', title: 'Hi', text: 'Hello!' }),
  ],
  [
    'follow-up',
    FollowUpSchema,
    async (h) => (await h.as('ana')).get(`/api/follow-ups/${h.seed.followUps.springfield}`),
  ],
  [
    'follow-up after a reply',
    FollowUpSchema,
    async (h) =>
      (await h.as('ana')).post(`/api/follow-ups/${h.seed.followUps.springfield}/actions`, {
        action: 'reply',
        subject: 'Found it',
        text: 'Page 42.',
      }),
  ],
  [
    'widget settings',
    WidgetSettingsSchema,
    async (h) => (await h.as('cora')).get('/api/libraries/springfield/widget-settings'),
  ],
  [
    'transcript',
    TranscriptSchema,
    async (h) => (await h.as('ben')).get(`/api/chats/${h.seed.chats.coveredByBen}`),
  ],
  [
    'earlier chats',
    EarlierChatsResponseSchema,
    async (h) => (await h.as('ana')).get(`/api/chats/${h.seed.chats.current}/earlier`),
  ],
];

describe('responses match the protocol schemas the console decodes them with', () => {
  it.each(CASES)('%s', async (_label, schema, call) => {
    const response = await call(await createAppHarness());
    expect(response.status).toBeLessThan(300);
    const result = v.safeParse(schema, await response.json());
    expect(result.success ? [] : v.flatten(result.issues)).toEqual([]);
  });
});
