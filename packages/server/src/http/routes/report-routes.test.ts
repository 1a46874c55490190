import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

describe('GET /api/reports/:name', () => {
  it('answers the contribution report as JSON for the period and time zone asked', async () => {
    const dev = await h.as('dev');
    const response = await dev.get(
      '/api/reports/contribution?from=2026-01-01&to=2026-12-31&tz=UTC',
    );
    const body = await json(response);
    expect(body).toMatchObject({
      name: 'contribution',
      from: '2026-01-01',
      to: '2026-12-31',
      tz: 'UTC',
      library: null,
    });
    expect(body.columns).toEqual(['library', 'requested', 'accepted', 'contribution_percentage']);
  });

  it('sends the CSV as a download with the issue’s columns', async () => {
    const dev = await h.as('dev');
    const response = await dev.get(
      '/api/reports/contribution?from=2026-01-01&to=2026-12-31&format=csv',
    );
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(
      'contribution-2026-01-01-2026-12-31.csv',
    );
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe('library,requested,accepted,contribution_percentage');
  });

  it('shows a library admin their own library only, with the cooperative totals', async () => {
    const cora = await h.as('cora');
    const body = await json(await cora.get('/api/reports/contribution'));
    expect(body.library).toBe('springfield');
    expect((body.rows as { library_id: string }[]).map((row) => row.library_id)).toEqual([
      'springfield',
    ]);
    expect(body.cooperative).toMatchObject({ library: 'Cooperative' });
  });

  it('refuses a bad period, an unknown time zone and an unknown report', async () => {
    const dev = await h.as('dev');
    expect((await dev.get('/api/reports/contribution?from=2026-02-01&to=2026-01-01')).status).toBe(
      400,
    );
    expect((await dev.get('/api/reports/contribution?tz=Mars/Olympus')).status).toBe(400);
    expect((await dev.get('/api/reports/nonsense')).status).toBe(404);
    expect((await dev.get('/api/reports/wait?library=atlantis')).status).toBe(404);
  });
});
