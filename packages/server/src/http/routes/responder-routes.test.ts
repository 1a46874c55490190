import { ResponderListResponseSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createAppHarness } from '../../../test/support/app-harness.ts';

describe('GET /api/responders', () => {
  it('lists every librarian of the cooperative with their library, in the protocol shape', async () => {
    const h = await createAppHarness();
    const ana = await h.as('ana');
    const response = await ana.get('/api/responders');
    expect(response.status).toBe(200);
    const body = v.parse(ResponderListResponseSchema, await response.json());
    const ben = body.responders.find((responder) => responder.displayName === 'Ben Brooks');
    expect(ben).toMatchObject({
      library: { id: 'shelbyville', name: 'Shelbyville Public Library' },
      online: false,
    });
    expect(body.responders.length).toBeGreaterThanOrEqual(5);
  });
});
