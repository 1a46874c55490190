import type { LibraryId, PolicyPage, PolicySearchResponse } from '@refdesk/protocol';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AppHarness, createAppHarness, json } from '../../../test/support/app-harness.ts';
import { DEFAULT_REPORT_LIMITS } from '../../core/budgets/abuse-budgets.ts';

let h: AppHarness;
beforeEach(async () => {
  h = await createAppHarness();
});

const current = (library = 'springfield') => {
  const page = h.stores.policies.policyPage(library as LibraryId);
  if (!page) throw new Error('no page');
  return page;
};
const update = (changes: { alerts?: string; staffOnly?: string; baseVersion?: number } = {}) => {
  const page = current();
  return {
    baseVersion: changes.baseVersion ?? page.version,
    sections: { ...page.sections, alerts: changes.alerts ?? 'Closed on 24 December.' },
    staffOnly: changes.staffOnly ?? page.staffOnly,
    owners: ['Cora@Springfield.example', 'ana@springfield.example'],
  };
};
const DAY = 86_400_000;

describe('PUT /api/libraries/:id/policy', () => {
  it('saves a new version stamped with the editor’s name and the time, and serves it', async () => {
    const cora = await h.as('cora');
    h.clock.advance(3_600_000);
    const saved = await json<PolicyPage>(
      await cora.put('/api/libraries/springfield/policy', update()),
    );
    expect(saved).toMatchObject({
      version: 2,
      updatedBy: 'Cora Chen',
      updatedAt: h.clock.now(),
      owners: ['cora@springfield.example', 'ana@springfield.example'],
      stale: false,
    });
    expect(saved.sections.alerts).toBe('Closed on 24 December.');
    const read = await json<PolicyPage>(
      await (await h.as('anonymous')).get('/api/libraries/springfield/policy'),
    );
    expect(read.version).toBe(2);
    expect(read.sections.alerts).toBe('Closed on 24 December.');
  });

  it('refuses a save based on an older version with 409 conflict and keeps the newer page', async () => {
    const cora = await h.as('cora');
    const dev = await h.as('dev');
    const base = current().version;
    expect(
      (await cora.put('/api/libraries/springfield/policy', update({ alerts: 'Cora' }))).status,
    ).toBe(200);
    const late = await dev.put(
      '/api/libraries/springfield/policy',
      update({ alerts: 'Dev', baseVersion: base }),
    );
    expect(late.status).toBe(409);
    expect((await json<{ error: { code: string } }>(late)).error.code).toBe('conflict');
    expect(current().sections.alerts).toBe('Cora');
    expect(current().version).toBe(base + 1);
  });

  it('refuses a base version from the future', async () => {
    const response = await (await h.as('cora')).put(
      '/api/libraries/springfield/policy',
      update({ baseVersion: current().version + 5 }),
    );
    expect(response.status).toBe(409);
  });

  it('answers 400 naming the field when a section is missing', async () => {
    const { alerts: _alerts, ...sections } = update().sections;
    const response = await (await h.as('cora')).put('/api/libraries/springfield/policy', {
      ...update(),
      sections,
    });
    expect(response.status).toBe(400);
    expect((await json<{ error: { message: string } }>(response)).error.message).toMatch(
      /^sections\.alerts/,
    );
  });

  it('answers 404 for a library that does not exist', async () => {
    const response = await (await h.as('dev')).put('/api/libraries/atlantis/policy', update());
    expect(response.status).toBe(404);
  });

  it('keeps markup as text: what was typed comes back unchanged as JSON', async () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const cora = await h.as('cora');
    await cora.put(
      '/api/libraries/springfield/policy',
      update({ alerts: payload, staffOnly: payload }),
    );
    const response = await cora.get('/api/libraries/springfield/policy');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const page = await json<PolicyPage>(response);
    expect(page.sections.alerts).toBe(payload);
    expect(page.staffOnly).toBe(payload);
  });
});

describe('GET /api/libraries/:id/policy', () => {
  it('flags the page stale once it is older than the cooperative’s freshness limit', async () => {
    const anonymous = await h.as('anonymous');
    h.clock.advance(180 * DAY);
    expect(
      (await json<PolicyPage>(await anonymous.get('/api/libraries/springfield/policy'))).stale,
    ).toBe(false);
    h.clock.advance(DAY);
    expect(
      (await json<PolicyPage>(await anonymous.get('/api/libraries/springfield/policy'))).stale,
    ).toBe(true);
  });
});

describe('who reads what of a policy page', () => {
  const read = async (actor: 'anonymous' | 'patron' | 'ana' | 'ben' | 'dev') =>
    json<PolicyPage>(await (await h.as(actor)).get('/api/libraries/springfield/policy'));

  it('shows the public and patrons the sections alone: no staff emails, no staff-only text', async () => {
    for (const actor of ['anonymous', 'patron'] as const) {
      const page = await read(actor);
      expect(page.owners).toBeUndefined();
      expect(page.staffOnly).toBeUndefined();
    }
  });

  it('keeps the demo’s staff-only text (a guest PIN) for the library’s own staff and coordinators', async () => {
    expect((await read('ana')).staffOnly).toBe(current().staffOnly);
    expect((await read('dev')).staffOnly).toBe(current().staffOnly);
    const ben = await read('ben');
    expect(ben.staffOnly).toBeUndefined();
    expect(ben.owners).toEqual(['cora@springfield.example']);
    const word =
      current()
        .staffOnly.split(/\W+/)
        .find((w) => w.length > 6) ?? '';
    const hits = await json<PolicySearchResponse>(
      await (await h.as('ben')).get(`/api/policy/search?q=${encodeURIComponent(word)}`),
    );
    const springfieldStaffOnly = hits.hits.filter(
      (hit) => hit.section === 'staffOnly' && hit.library.id === 'springfield',
    );
    expect(springfieldStaffOnly).toEqual([]);
  });

  it('shows the staff-only text to every responder of the cooperative once its editor shares it', async () => {
    const saved = await (await h.as('cora')).put('/api/libraries/springfield/policy', {
      ...update({ staffOnly: 'Escalate to ext. 12.' }),
      staffOnlyAudience: 'cooperative',
    });
    expect(saved.status).toBe(200);
    expect(await read('ben')).toMatchObject({
      staffOnly: 'Escalate to ext. 12.',
      staffOnlyAudience: 'cooperative',
    });
    expect((await read('patron')).staffOnly).toBeUndefined();
  });
});

describe('GET /api/policy/search', () => {
  const search = async (q: string, actor: 'ana' | 'ben' = 'ben') =>
    (await h.as(actor)).get(`/api/policy/search?q=${encodeURIComponent(q)}`);

  it('finds sections of every member library, each with a short plain-text snippet', async () => {
    const body = await json<PolicySearchResponse>(await search('renew'));
    const libraries = new Set(body.hits.map((hit) => hit.library.id));
    expect(libraries).toEqual(new Set(['springfield', 'shelbyville']));
    for (const hit of body.hits) {
      expect(hit.snippet.toLowerCase()).toContain('renew');
      expect(hit.snippet.length).toBeLessThanOrEqual(202);
    }
  });

  it('searches the staff-only sections for signed-in responders', async () => {
    const staffOnly = current().staffOnly;
    const word = staffOnly.split(/\W+/).find((w) => w.length > 6) ?? '';
    // Springfield's own staff: its demo staff-only text is not shared with the cooperative.
    const body = await json<PolicySearchResponse>(await search(word, 'ana'));
    expect(body.hits).toContainEqual(
      expect.objectContaining({
        library: expect.objectContaining({ id: 'springfield' }),
        section: 'staffOnly',
      }),
    );
  });

  it('needs every word of the query in the same section', async () => {
    const body = await json<PolicySearchResponse>(await search('renew zyzzyva'));
    expect(body.hits).toEqual([]);
  });

  it('answers 400 for an empty query', async () => {
    expect((await search('   ')).status).toBe(400);
  });
});

describe('POST /api/libraries/:id/policy/problems', () => {
  it('emails every owner of the page, with the reporter as Reply-To', async () => {
    const ben = await h.as('ben');
    const response = await ben.post('/api/libraries/springfield/policy/problems', {
      comment: 'The renewals section still says 3 renewals; the catalogue allows 2.',
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ notified: 1 });
    expect(h.mailer.sent).toEqual([
      expect.objectContaining({
        to: 'cora@springfield.example',
        replyTo: 'ben@shelbyville.example',
        subject: 'Problem reported with the Springfield Public Library policy page',
      }),
    ]);
    expect(h.mailer.sent[0]?.text).toContain('the catalogue allows 2');
    expect(h.mailer.sent[0]?.text).toContain('Ben Brooks');
  });

  it('tells the library’s admins when the page names no owners', async () => {
    const cora = await h.as('cora');
    await cora.put('/api/libraries/springfield/policy', { ...update(), owners: [] });
    await (await h.as('ben')).post('/api/libraries/springfield/policy/problems', {
      comment: 'Typo',
    });
    expect(h.mailer.sent.map((email) => email.to)).toEqual(['cora@springfield.example']);
  });

  it('answers 500 and logs when the email cannot be sent', async () => {
    h.mailer.failNext();
    const response = await (await h.as('ben')).post('/api/libraries/springfield/policy/problems', {
      comment: 'Typo',
    });
    expect(response.status).toBe(500);
    expect(h.errors.join('\n')).toContain('policy problem report not sent');
  });

  it('refuses reports beyond the per-responder budget with 429 and Retry-After, emailing nobody more', async () => {
    const { limit } = DEFAULT_REPORT_LIMITS.reportsPerResponder;
    const ben = await h.as('ben');
    const report = () =>
      ben.post('/api/libraries/springfield/policy/problems', { comment: 'Spam https://x.example' });
    for (let n = 0; n < limit; n++) expect((await report()).status).toBe(200);
    const refused = await report();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await json(refused)).toMatchObject({ error: { code: 'rate_limited' } });
    expect(h.mailer.sent).toHaveLength(limit);
    h.clock.advance(DEFAULT_REPORT_LIMITS.reportsPerResponder.windowMs);
    expect((await report()).status).toBe(200);
  });

  it('refuses reports about one page beyond the per-library budget, whoever sends them', async () => {
    const perResponder = DEFAULT_REPORT_LIMITS.reportsPerResponder.limit;
    const perLibrary = DEFAULT_REPORT_LIMITS.reportsPerLibrary.limit;
    const statuses: number[] = [];
    // Every responder of the cooperative reports as much as they may.
    for (const actor of ['ana', 'ben', 'cora', 'dev', 'qa'] as const) {
      const client = await h.as(actor);
      for (let n = 0; n < perResponder; n++) {
        const response = await client.post('/api/libraries/springfield/policy/problems', {
          comment: 'Typo',
        });
        statuses.push(response.status);
      }
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(perLibrary);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5 * perResponder - perLibrary);
  });

  it('refuses an empty comment', async () => {
    const response = await (await h.as('ben')).post('/api/libraries/springfield/policy/problems', {
      comment: '  ',
    });
    expect(response.status).toBe(400);
    expect(h.mailer.sent).toEqual([]);
  });
});
