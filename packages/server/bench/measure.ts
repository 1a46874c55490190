import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, TargetName } from './bench-options.ts';
import type { LoopDelay } from './child-probe.ts';
import { runLoad, type ServerChild, startServerChild } from './children.ts';
import { type HotFunction, summarizeCpuProfile } from './cpu-profile-summary.ts';
import type { IdleResult } from './idle-scenario.ts';
import { type ProcSample, sampleProcess } from './proc-stats.ts';
import type { ScenarioPlan, ScenarioResult } from './scenario.ts';
import { readWalState, type WalState } from './wal-state.ts';

/** The server read at one soak checkpoint (after a full garbage collection). */
export interface SoakSample extends WalState {
  /** Seconds since the soak started. */
  atSeconds: number;
  rssBytes: number;
  /** The event loop's delay during the window that ended here. */
  loopDelay: LoopDelay;
}

export type { TargetName };

export interface ServerFigures {
  emptyRssBytes: number;
  connectedRssBytes: number;
  finalRssBytes: number;
  peakRssBytes: number;
  /** RSS growth from `connections` idle sockets, per socket (both after a full GC). */
  bytesPerConnection: number;
  /** Server CPU, percent of one core, in each phase. */
  cpuPercent: { route: number; exchange: number; open: number };
  /** The load process's CPU in the same phases: near 100 means the load, not the server, set the pace. */
  loadCpuPercent: { route: number; exchange: number; open: number };
}

export interface TargetFigures {
  target: TargetName;
  full: ScenarioResult & { server: ServerFigures };
  idle?: IdleResult & { emptyRssBytes: number; idleRssBytes: number; bytesPerConnection: number };
  profile?: HotFunction[];
  /** Server-side readings of the soak (`--soak`), one before the first window and one after each. */
  soak?: SoakSample[];
}

const here = import.meta.dirname;
const entries: Record<TargetName, string> = {
  raw: join(here, 'raw-relay.ts'),
  frames: join(here, 'raw-relay.ts'),
  durable: join(here, 'raw-relay.ts'),
  ours: join(here, 'server-child.ts'),
};
/** The relay's protocol for every target but Refdesk. */
const protocol = (target: TargetName) => (target === 'ours' ? 'ours' : 'raw');
const loadEntry = join(here, 'load.ts');

/**
 * Runs the bench's traffic against one target (a fresh server process for the full scenario, and
 * another for the idle sockets) and reads the server's memory and CPU at each checkpoint.
 *
 * @example
 * const figures = await measureTarget('raw', options, (text) => process.stderr.write(text));
 */
export async function measureTarget(
  target: TargetName,
  options: BenchOptions,
  progress: (text: string) => void,
  withIdle = true,
): Promise<TargetFigures> {
  const plan = {
    patrons: options.patrons,
    responders: options.responders,
    waiting: options.waiting,
    messages: options.messages,
    exchangeLimitMs: options.duration * 1000,
    rates: options.rates,
    warmupMs: options.warmupSeconds * 1000,
    pointMs: options.pointSeconds * 1000,
    burst: options.burst,
    burstRate: options.burstRate,
    pageViews: options.pageViews,
    soakMs: target === 'ours' ? Math.round(options.soakMinutes * 60_000) : 0,
    soakRate: options.soakRate,
  };
  const profile = options.profile && target === 'ours';
  const soak: SoakSample[] = [];
  const full = await withServer(target, options, async (server, samples, folder) => {
    const reply = await runLoad(
      loadEntry,
      { type: 'run', target: protocol(target), url: server.url, plan, idle: 0 },
      checkpoints(server, samples, {
        ...(profile ? { profilePath: join(folder, 'exchange.cpuprofile') } : {}),
        soak: { dataPath: join(folder, 'refdesk.db'), samples: soak },
      }),
      progress,
    );
    if (!reply.full) throw new Error('the load process sent no result');
    const hot = profile ? summarizeCpuProfile(join(folder, 'exchange.cpuprofile'), 20) : [];
    return { ...reply.full, server: serverFigures(samples, options), hot };
  });
  const { hot, ...result } = full;
  const figures: TargetFigures = { target, full: result };
  if (profile) figures.profile = hot;
  if (soak.length > 0) figures.soak = soak;
  // Memory per idle socket compares Refdesk with the raw relay; the other relays add nothing there.
  if (withIdle && options.idle > 0 && (target === 'raw' || target === 'ours'))
    figures.idle = await measureIdle(target, options, plan, progress);
  return figures;
}

function measureIdle(
  target: TargetName,
  options: BenchOptions,
  plan: ScenarioPlan,
  progress: (text: string) => void,
): Promise<NonNullable<TargetFigures['idle']>> {
  return withServer(target, options, async (server, samples) => {
    const reply = await runLoad(
      loadEntry,
      { type: 'run', target: protocol(target), url: server.url, plan, idle: options.idle },
      checkpoints(server, samples),
      progress,
    );
    if (!reply.idle) throw new Error('the load process sent no result');
    const empty = sample(samples, 'empty').rssBytes;
    const idleRss = sample(samples, 'idle').rssBytes;
    return {
      ...reply.idle,
      emptyRssBytes: empty,
      idleRssBytes: idleRss,
      bytesPerConnection: (idleRss - empty) / Math.max(1, reply.idle.connections),
    };
  });
}

/** Runs `work` against a fresh server process on a fresh SQLite file, then stops it. */
async function withServer<T>(
  target: TargetName,
  options: BenchOptions,
  work: (server: ServerChild, samples: Map<string, ProcSample>, folder: string) => Promise<T>,
): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'refdesk-bench-'));
  const env = {
    BENCH_DATA: join(folder, 'refdesk.db'),
    BENCH_RESPONDERS: String(options.responders),
    BENCH_MAX_CHATS: String(Math.ceil(options.patrons / options.responders)),
    BENCH_RELAY: target,
  };
  const server = await startServerChild(entries[target], env);
  try {
    return await work(server, new Map(), folder);
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Reads the server (and load) process at each checkpoint; profiles the exchange if asked; at the
 * soak's checkpoints also reads the WAL and the event loop's delay.
 */
function checkpoints(
  server: ServerChild,
  samples: Map<string, ProcSample>,
  extra: { profilePath?: string; soak?: { dataPath: string; samples: SoakSample[] } } = {},
) {
  const { profilePath, soak } = extra;
  let soakStart = 0;
  return async (name: string, gc: boolean, loadPid: number) => {
    if (gc) await server.gc();
    if (soak && name.startsWith('soak:')) {
      const loopDelay = await server.loopDelay();
      const now = performance.now();
      if (name === 'soak:0') soakStart = now;
      soak.samples.push({
        atSeconds: (now - soakStart) / 1000,
        rssBytes: sampleProcess(server.pid).rssBytes,
        loopDelay,
        ...readWalState(soak.dataPath),
      });
      return;
    }
    if (profilePath && name === 'exchanged') await server.stopProfile(profilePath);
    samples.set(name, sampleProcess(server.pid));
    samples.set(`load:${name}`, sampleProcess(loadPid));
    if (profilePath && name === 'routed') await server.startProfile();
  };
}

function sample(samples: Map<string, ProcSample>, name: string): ProcSample {
  const found = samples.get(name);
  if (!found) throw new Error(`no "${name}" checkpoint`);
  return found;
}

function serverFigures(samples: Map<string, ProcSample>, options: BenchOptions): ServerFigures {
  const cpu = (from: string, to: string) => {
    const a = sample(samples, from);
    const b = sample(samples, to);
    return (100 * (b.cpuSeconds - a.cpuSeconds)) / Math.max(1e-9, (b.at - a.at) / 1000);
  };
  const empty = sample(samples, 'empty');
  const connected = sample(samples, 'connected');
  const last = sample(samples, 'open');
  return {
    emptyRssBytes: empty.rssBytes,
    connectedRssBytes: connected.rssBytes,
    finalRssBytes: last.rssBytes,
    peakRssBytes: last.peakRssBytes,
    bytesPerConnection:
      (connected.rssBytes - empty.rssBytes) / (options.patrons + options.responders),
    cpuPercent: {
      route: cpu('connected', 'routed'),
      exchange: cpu('routed', 'exchanged'),
      open: cpu('exchanged', 'open'),
    },
    loadCpuPercent: {
      route: cpu('load:connected', 'load:routed'),
      exchange: cpu('load:routed', 'load:exchanged'),
      open: cpu('load:exchanged', 'load:open'),
    },
  };
}
