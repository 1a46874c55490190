import { parseTrustProxy } from '../http/trust-proxy.ts';
import { isLoopbackHost } from '../runtime/node/loopback.ts';

/** Where and how `refdesk serve` listens, from flags and the environment. */
export interface ServeSettings {
  host: string;
  port: number;
  publicUrl: string | undefined;
  trustProxy: string | undefined;
}

/** One thing wrong with the settings: which variable, what is wrong, how to fix it. */
export interface SettingProblem {
  variable: string;
  message: string;
  fix: string;
}

export interface ServeInput {
  host?: string | undefined;
  port?: string | undefined;
}

/**
 * Reads HOST, PORT (flags first), REFDESK_PUBLIC_URL and REFDESK_TRUST_PROXY and says what is
 * wrong: a port that is not one, a trust-proxy value that does not parse, a public URL that is not
 * an https origin (http only on a loopback hostname), or a non-loopback address without one.
 *
 * @example
 * const { settings, problems } = readServeSettings(process.env, { host: '0.0.0.0' });
 */
export function readServeSettings(
  env: Record<string, string | undefined>,
  flags: ServeInput = {},
): { settings: ServeSettings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const host = flags.host ?? env.HOST ?? '127.0.0.1';
  const portText = flags.port ?? env.PORT ?? '8787';
  const port = /^\d+$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    problems.push({
      variable: flags.port === undefined ? 'PORT' : '--port',
      message: `"${portText}" is not a port number`,
      fix: 'give a number from 1 to 65535, e.g. 8787',
    });
  }
  if (host.trim() === '') {
    problems.push({
      variable: 'HOST',
      message: 'is empty',
      fix: 'unset it (127.0.0.1) or give an address',
    });
  }
  const publicUrl = env.REFDESK_PUBLIC_URL?.trim() || undefined;
  const publicProblem = publicUrl ? checkPublicUrl(publicUrl) : undefined;
  if (publicProblem) problems.push(publicProblem);
  if (!publicUrl && !isLoopbackHost(host)) {
    problems.push({
      variable: 'REFDESK_PUBLIC_URL',
      message: `is not set, and HOST ${host} is reachable from other machines`,
      fix: 'set it to the https origin patrons and staff use, e.g. REFDESK_PUBLIC_URL=https://ask.example.org (behind a TLS proxy), or listen on 127.0.0.1',
    });
  }
  const trustProxy = env.REFDESK_TRUST_PROXY;
  try {
    parseTrustProxy(trustProxy);
  } catch (error) {
    problems.push({
      variable: 'REFDESK_TRUST_PROXY',
      message: (error as Error).message.replace(/^REFDESK_TRUST_PROXY: /, ''),
      fix: 'a hop count (1), addresses or CIDR ranges, or loopback, linklocal, uniquelocal; unset trusts no proxy',
    });
  }
  return { settings: { host, port, publicUrl, trustProxy }, problems };
}

function checkPublicUrl(value: string): SettingProblem | undefined {
  const problem = (message: string) => ({
    variable: 'REFDESK_PUBLIC_URL',
    message: `"${value}" ${message}`,
    fix: 'give the origin only, e.g. https://ask.example.org (no path, query or trailing text)',
  });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return problem('is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return problem('is not an http(s) URL');
  if (url.origin !== value.replace(/\/$/, '')) return problem('is not an origin');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return problem('is not https: sessions and passwords would cross the network in clear');
  }
  return undefined;
}
