import { type CooperativeId, CooperativeIdSchema } from '@refdesk/protocol';
import * as v from 'valibot';
import type { CooperativeEnv, CooperativeServer } from './cooperative-server.ts';

/** The Worker's bindings and variables, as wrangler.jsonc and `wrangler secret` define them. */
export interface CloudflareEnv extends CooperativeEnv {
  /** One Durable Object per cooperative, named by the cooperative's id. */
  COOPERATIVES: DurableObjectNamespace<CooperativeServer>;
  /** The built widget and console (wrangler.jsonc `assets`). */
  ASSETS: Fetcher;
  /** The cooperative a request belongs to when its hostname is not in REFDESK_HOSTS (default `demo-public`). */
  REFDESK_COOPERATIVE?: string;
  /** JSON object from hostname to cooperative id, e.g. `{"ask.springfield.example": "simpsons"}`. */
  REFDESK_HOSTS?: string;
}

const DEFAULT_COOPERATIVE = 'demo-public';
const HostsSchema = v.record(v.pipe(v.string(), v.trim(), v.toLowerCase()), CooperativeIdSchema);

export type CooperativeLookup =
  | { ok: true; cooperativeId: CooperativeId }
  | { ok: false; error: string };

type ParsedHosts = { hosts: Record<string, CooperativeId> } | { error: string };

/** Parsed REFDESK_HOSTS, kept per variable text: the text only changes with a new deployment. */
const parsedHosts = new Map<string, ParsedHosts>();

function hostsOf(text: string): ParsedHosts {
  let found = parsedHosts.get(text);
  if (!found) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      json = String(error);
    }
    const result = v.safeParse(HostsSchema, json);
    found = result.success
      ? { hosts: result.output }
      : {
          error: `REFDESK_HOSTS must be a JSON object from hostname to cooperative id: ${v.summarize(result.issues)}`,
        };
    parsedHosts.set(text, found);
  }
  return found;
}

/**
 * Which cooperative a request belongs to: a hosted deployment serves each cooperative on its own
 * hostname (REFDESK_HOSTS), and everything else goes to REFDESK_COOPERATIVE. A malformed variable
 * is a result, not a throw, so the Worker can answer with a clear error.
 *
 * @example
 * cooperativeFor('ask.springfield.example', { REFDESK_HOSTS: '{"ask.springfield.example":"simpsons"}' });
 * // { ok: true, cooperativeId: 'simpsons' }
 */
export function cooperativeFor(
  hostname: string,
  env: Pick<CloudflareEnv, 'REFDESK_COOPERATIVE' | 'REFDESK_HOSTS'>,
): CooperativeLookup {
  if (env.REFDESK_HOSTS?.trim()) {
    const parsed = hostsOf(env.REFDESK_HOSTS);
    if ('error' in parsed) return { ok: false, error: parsed.error };
    const mapped = parsed.hosts[hostname.toLowerCase()];
    if (mapped) return { ok: true, cooperativeId: mapped };
  }
  const fallback = v.safeParse(CooperativeIdSchema, env.REFDESK_COOPERATIVE || DEFAULT_COOPERATIVE);
  return fallback.success
    ? { ok: true, cooperativeId: fallback.output }
    : { ok: false, error: `REFDESK_COOPERATIVE: ${v.summarize(fallback.issues)}` };
}
