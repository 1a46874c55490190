import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One function's share of the samples, with the time spent in its own code. */
export interface HotFunction {
  name: string;
  location: string;
  selfMs: number;
  percent: number;
}

/**
 * Reads a `.cpuprofile` (V8's format, as the inspector or `node --cpu-prof` writes it) and returns
 * the functions with the most self time (time in their own code, callees excluded).
 *
 * @example
 * for (const hot of summarizeCpuProfile('exchange.cpuprofile', 15)) console.log(hot.percent, hot.name);
 */
export function summarizeCpuProfile(path: string, top: number): HotFunction[] {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<string, { name: string; location: string; us: number }>();
  let totalUs = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[index] ?? 0;
    if (!node) return;
    totalUs += delta;
    const { functionName, url, lineNumber } = node.callFrame;
    const location = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    const key = `${functionName}|${location}`;
    const entry = selfUs.get(key) ?? { name: functionName || '(anonymous)', location, us: 0 };
    entry.us += delta;
    selfUs.set(key, entry);
  });
  return [...selfUs.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((entry) => ({
      name: entry.name,
      location: entry.location,
      selfMs: entry.us / 1000,
      percent: totalUs ? (100 * entry.us) / totalUs : 0,
    }));
}

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const packages = path.lastIndexOf('/node_modules/');
  if (packages >= 0) return path.slice(packages + '/node_modules/'.length);
  const ours = path.indexOf('/packages/');
  return ours >= 0 ? path.slice(ours + 1) : path;
}
