import { readFileSync } from 'node:fs';

/** A process's resident memory and CPU time, read from /proc. */
export interface ProcSample {
  rssBytes: number;
  /** Peak RSS so far (VmHWM). */
  peakRssBytes: number;
  /** User + system CPU time. */
  cpuSeconds: number;
  /** performance.now() of the reading. */
  at: number;
}

// Linux reports CPU time in clock ticks; 100 per second on every mainstream kernel config.
const TICKS_PER_SECOND = 100;

/**
 * Reads /proc/<pid>/status (VmRSS, VmHWM) and /proc/<pid>/stat (utime + stime). Linux only.
 *
 * @example
 * const before = sampleProcess(server.pid);
 */
export function sampleProcess(pid: number): ProcSample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return {
    rssBytes: kib('VmRSS'),
    peakRssBytes: kib('VmHWM'),
    cpuSeconds: ticks / TICKS_PER_SECOND,
    at: performance.now(),
  };
}

/**
 * The soft limit on open files of this process (children inherit it), from /proc/self/limits.
 *
 * @example
 * if (openFilesLimit() < 10_100) console.error('raise it with ulimit -n');
 */
export function openFilesLimit(): number {
  const limits = readFileSync('/proc/self/limits', 'utf8');
  const soft = /^Max open files\s+(\S+)/m.exec(limits)?.[1];
  return soft === undefined || soft === 'unlimited' ? Number.POSITIVE_INFINITY : Number(soft);
}
