import { describe, expect, it } from 'vitest';
import { createAppHarness, HARNESS_METRICS_TOKEN } from '../../../test/support/app-harness.ts';
import { parsePrometheusText, sampleValue } from '../../../test/support/prometheus-text.ts';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /metrics', () => {
  it('serves the Prometheus text to this machine without a token', async () => {
    const h = await createAppHarness({ clientAddress: '127.0.0.1', metricsToken: null });
    const response = await h.app.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const families = parsePrometheusText(await response.text());
    expect(families.get('refdesk_queue_length')?.type).toBe('gauge');
    expect(
      sampleValue(families, 'refdesk_queue_length', { library: 'springfield', tier: 'local' }),
    ).toBe(0);
  });

  it('refuses a request relayed to loopback by a proxy it does not trust', async () => {
    const h = await createAppHarness({ clientAddress: '::1', metricsToken: null });
    const relayed = await h.app.request('/metrics', {
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(relayed.status).toBe(403);
  });

  it('refuses other machines when no token is set, and lets them in with the right bearer token', async () => {
    const closed = await createAppHarness({ metricsToken: null });
    expect((await closed.app.request('/metrics', { headers: bearer('anything') })).status).toBe(
      403,
    );
    const h = await createAppHarness();
    expect((await h.app.request('/metrics')).status).toBe(401);
    expect(
      (await h.app.request('/metrics', { headers: bearer(`${HARNESS_METRICS_TOKEN}x`) })).status,
    ).toBe(401);
    expect(
      (await h.app.request('/metrics', { headers: bearer(HARNESS_METRICS_TOKEN) })).status,
    ).toBe(200);
  });

  it('counts refusals by surface and code, and sign-in refusals by reason', async () => {
    const h = await createAppHarness();
    const wrong = await h.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@springfield.example', password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    const response = await h.app.request('/metrics', { headers: bearer(HARNESS_METRICS_TOKEN) });
    const families = parsePrometheusText(await response.text());
    expect(
      sampleValue(families, 'refdesk_sign_in_refusals_total', { reason: 'wrong_password' }),
    ).toBe(1);
    expect(
      sampleValue(families, 'refdesk_refusals_total', { surface: 'http', code: 'unauthorized' }),
    ).toBe(1);
  });
});
