// `pnpm dev:cloudflare`: builds what is missing (widget, console), then runs Refdesk on Cloudflare's
// runtime locally: `wrangler dev` (workerd from npm), offline, on http://127.0.0.1:8788, with the
// demo cooperative seeded into its Durable Object. State persists in packages/server/.wrangler/.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { assembleCloudflareAssets } from '../packages/server/scripts/cloudflare-assets.ts';
import { DEMO_PASSWORD, DEMO_RESPONDERS } from '../packages/server/src/storage/demo-seed.ts';
import { buildMissing } from './build-missing.ts';

const serverDir = join(import.meta.dirname, '..', 'packages', 'server');
const wrangler = join(serverDir, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '8788';
const url = `http://${host}:${port}`;

buildMissing();
assembleCloudflareAssets();

const args = [wrangler, 'dev', '--ip', host, '--port', port, '--var', 'REFDESK_DEMO:1'];
const child = spawn(process.execPath, args, {
  cwd: serverDir,
  stdio: ['inherit', 'pipe', 'inherit'],
  // Only loopback: no usage metrics, no request for Cloudflare's `cf` object.
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' },
});

let ready = false;
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (ready || !chunk.toString().includes('Ready on')) return;
  ready = true;
  console.log(`
Refdesk is running on Cloudflare's runtime (wrangler dev) at ${url}

  Demo library pages:  ${url}/demo/springfield
                       ${url}/demo/shelbyville
  Responder console:   ${url}/console/
  Health:              ${url}/healthz

  Demo logins (password "${DEMO_PASSWORD}"):
${DEMO_RESPONDERS.map((r) => `    ${r.email.padEnd(28)} ${r.displayName} (${r.roles.join(', ')})`).join('\n')}
`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
