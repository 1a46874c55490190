// The Refdesk server as the bench runs it: the real Node runtime (startNodeServer: Hono, ws,
// SQLite on disk, rooms), seeded with the bench cooperative, with two limits lifted that exist for
// people and would otherwise cap what the bench measures (both limiters still run on every frame).
import { DEFAULT_ABUSE_LIMITS, scaleLimits } from '../src/core/budgets/abuse-budgets.ts';
import { startNodeServer } from '../src/runtime/node/server.ts';
import { seedBench } from './bench-seed.ts';
import { installProbe } from './child-probe.ts';

const dataPath = process.env.BENCH_DATA;
if (!dataPath) throw new Error('BENCH_DATA must name the SQLite file');
const responders = Number(process.env.BENCH_RESPONDERS ?? 100);
const maxChats = Number(process.env.BENCH_MAX_CHATS ?? 10);

// The routing scenario: several libraries in groups.
const libraries = Number(process.env.BENCH_LIBRARIES ?? 1);
const groupSize = Number(process.env.BENCH_GROUP_SIZE ?? 0);

await seedBench(dataPath, { responders, maxChats, libraries, groupSize });
const server = await startNodeServer({
  // A restart (the reconnect storm) comes back on the port the patrons know.
  port: Number(process.env.BENCH_PORT ?? 0),
  host: '127.0.0.1',
  dataPath,
  seed: true,
  logger: {
    info: () => undefined,
    error: (message, data) => console.error(`[server] ${message}`, data ?? ''),
  },
  // Every bench socket comes from 127.0.0.1: one address, thousands of sockets.
  connectionLimits: { maxOpen: 1_000_000, burst: 1_000_000, perSecond: 1_000_000 },
  // A bench librarian holds ten chats and answers at machine speed.
  socketRateScale: 1_000,
  // Thousands of chats from that one address.
  room: { budgets: scaleLimits(DEFAULT_ABUSE_LIMITS, 1_000_000) },
  // For experiments: how many password hashes run at once (default: the server's own).
  ...(process.env.BENCH_HASHING_CONCURRENCY
    ? { limits: { hashing: { concurrency: Number(process.env.BENCH_HASHING_CONCURRENCY) } } }
    : {}),
});
installProbe(server.url, () => server.close());
