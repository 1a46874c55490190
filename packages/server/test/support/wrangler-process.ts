import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { assembleCloudflareAssets } from '../../scripts/cloudflare-assets.ts';

const serverDir = join(import.meta.dirname, '..', '..');
const wrangler = join(serverDir, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

export interface WranglerProcess {
  url: string;
  /** Everything wrangler and workerd printed, for failure messages. */
  output(): string;
  /** Stops wrangler and workerd and removes the state folder. */
  stop(): Promise<void>;
}

export interface WranglerOptions {
  /** The Worker to run instead of wrangler.jsonc's `main`. */
  script?: string;
  vars?: Record<string, string>;
  compatibilityFlags?: string[];
  /** How long wrangler may take to build, start and answer /healthz (default 90 s: CI is slow). */
  readyWithinMs?: number;
}

const OFFLINE_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  CI: 'true',
  NO_COLOR: '1',
};

/**
 * Bundles the Worker as `wrangler deploy` would, without deploying (`--dry-run`), and returns the
 * bundle's path.
 */
async function bundleWorker(
  script: string | undefined,
  assets: string,
  outDir: string,
): Promise<string> {
  const args = [wrangler, 'deploy', '--dry-run', '--outdir', outDir, '--assets', assets];
  if (script) args.push(script);
  const child = spawn(process.execPath, args, { cwd: serverDir, env: OFFLINE_ENV });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`wrangler deploy --dry-run failed (${code}):\n${output}`);
  const entry = basename(script ?? 'src/runtime/cloudflare/main.ts').replace(/\.ts$/, '.js');
  return join(outDir, entry);
}

/** A port the system says is free now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Runs `wrangler dev` fully offline on a free port of 127.0.0.1, with its Durable Object state in a
 * fresh temporary folder, and resolves once /healthz answers 200 (polled in a bounded loop after
 * wrangler says it is ready). The widget and console are served from a private copy of the assets.
 *
 * @example
 * const worker = await startWranglerProcess({ vars: { REFDESK_DEMO: '1' } });
 * await fetch(`${worker.url}/healthz`);
 * await worker.stop();
 */
export async function startWranglerProcess(
  options: WranglerOptions = {},
): Promise<WranglerProcess> {
  const state = mkdtempSync(join(tmpdir(), 'refdesk-wrangler-'));
  const assets = join(state, 'assets');
  assembleCloudflareAssets(assets);
  let bundle: string;
  try {
    bundle = await bundleWorker(options.script, assets, join(state, 'bundle'));
  } catch (error) {
    rmSync(state, { recursive: true, force: true });
    throw error;
  }
  const [port, inspectorPort] = [await freePort(), await freePort()];
  // Bundled beforehand, so that edits to the sources while the tests run cannot reload workerd.
  const args = [
    wrangler,
    'dev',
    bundle,
    '--no-bundle',
    '--config',
    join(serverDir, 'wrangler.jsonc'),
  ];
  args.push('--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort));
  args.push('--persist-to', join(state, 'persist'), '--assets', assets, '--log-level', 'info');
  for (const [name, value] of Object.entries(options.vars ?? {}))
    args.push('--var', `${name}:${value}`);
  for (const flag of options.compatibilityFlags ?? []) args.push('--compatibility-flags', flag);
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    // Its own process group, so stopping it also stops the workerd it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: OFFLINE_ENV,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const said = (pattern: RegExp) =>
    new Promise<boolean>((resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (pattern.test(output)) resolve(true);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      void exited.then(() => resolve(false));
    });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    stopProcess(child, exited).finally(() => rmSync(state, { recursive: true, force: true }));
  try {
    if (!(await withDeadline(said(/Ready on http/), options.readyWithinMs ?? 90_000))) {
      throw new Error('wrangler dev exited or did not get ready');
    }
    await pollHealth(url, exited);
  } catch (error) {
    await stop();
    throw new Error(`${String(error)}\n--- wrangler output ---\n${output}`);
  }
  return { url, output: () => output, stop };
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | false> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Wrangler prints "Ready" before workerd answers on every route: ask until it does (bounded). */
async function pollHealth(url: string, exited: Promise<number | null>): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (let attempt = 1; attempt <= 100 && !gone; attempt++) {
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet: ask again after a short pause.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no 200 from ${url}/healthz`);
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // The group is gone already.
  }
  if ((await withDeadline(exited, 10_000)) === false) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Exited in between.
    }
    await exited;
  }
}
