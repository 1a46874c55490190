import {
  type CooperativeSetupRequest,
  type CooperativeSetupResponse,
  CooperativeSetupResponseSchema,
} from '@refdesk/protocol';
import * as v from 'valibot';
import { CliError } from '../cli-context.ts';

/**
 * `refdesk init --remote <url>`: asks a Cloudflare deployment's admin API (`POST /api/admin/setup`)
 * to set up the cooperative of that hostname, authenticated by REFDESK_ADMIN_TOKEN (the Worker's
 * secret of the same name).
 *
 * @example
 * await setUpRemotely('https://ask.valley.example', process.env.REFDESK_ADMIN_TOKEN, request);
 */
export async function setUpRemotely(
  url: string,
  token: string | undefined,
  request: CooperativeSetupRequest,
): Promise<CooperativeSetupResponse> {
  if (!token) {
    throw new CliError(
      'REFDESK_ADMIN_TOKEN is not set: give the token the Worker has as its REFDESK_ADMIN_TOKEN secret (wrangler secret put REFDESK_ADMIN_TOKEN).',
      2,
    );
  }
  const target = adminUrl(url);
  const response = await fetch(target, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  }).catch((error: unknown) => {
    throw new CliError(`${target.origin} could not be reached: ${String(error)}`);
  });
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: string } }
    | undefined;
  if (!response.ok) {
    const why = body?.error?.message ?? `it answered ${response.status}`;
    throw new CliError(`${target.origin} refused the setup: ${why}`);
  }
  const made = v.safeParse(CooperativeSetupResponseSchema, body);
  if (!made.success) throw new CliError(`${target.origin} answered something else than a setup.`);
  return made.output;
}

function adminUrl(url: string): URL {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new CliError(`--remote: "${url}" is not a URL (e.g. https://ask.valley.example).`, 2);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(base.hostname);
  if (base.protocol !== 'https:' && !loopback) {
    throw new CliError('--remote: the admin token goes only over https.', 2);
  }
  return new URL('/api/admin/setup', base.origin);
}
