// The shared scenarios against the Cloudflare runtime: the Worker and its Durable Objects in
// workerd under `wrangler dev`, offline. One wrangler process serves the whole file; every test
// gets a cooperative object of its own (the demo, seeded under a fresh id), so tests stay apart.
import { afterAll, beforeAll } from 'vitest';
import { evictionScenarios } from './scenarios/eviction-scenarios.ts';
import type { StartRuntime } from './scenarios/runtime-under-test.ts';
import { runSharedScenarios } from './scenarios/shared-scenarios.ts';
import { responderSocketAttacks } from './security/socket-scenarios.ts';
import { startWranglerProcess, type WranglerProcess } from './support/wrangler-process.ts';

const TEST_COOPERATIVE_HEADER = 'x-refdesk-test-cooperative';
let wrangler: WranglerProcess | undefined;

beforeAll(async () => {
  wrangler = await startWranglerProcess({
    script: 'test/workerd/refdesk-test-worker.ts',
    vars: { REFDESK_DEMO: '1' },
    // workerd:unsafe, through which the test Worker evicts objects.
    compatibilityFlags: ['unsafe_module'],
  });
}, 120_000);
afterAll(() => wrangler?.stop());

let cooperatives = 0;
/** A fresh cooperative per test; `responderIdleMs` shortens its responders' idle time. */
const startCloudflareRuntime =
  (room: { responderIdleMs?: number } = {}): StartRuntime =>
  async () => {
    if (!wrangler) throw new Error('wrangler dev did not start');
    const { url } = wrangler;
    cooperatives += 1;
    const idle = room.responderIdleMs ? `-idle-${room.responderIdleMs}` : '';
    const headers = { [TEST_COOPERATIVE_HEADER]: `scenario-${cooperatives}${idle}` };
    return {
      url,
      headers,
      close: async () => undefined,
      async evict(sockets) {
        const response = await fetch(`${url}/__test/evict?sockets=${sockets}`, {
          method: 'POST',
          headers,
        });
        if (!response.ok) throw new Error(`evict: ${response.status} ${await response.text()}`);
      },
    };
  };

// A fresh object seeds the demo (five scrypt hashes) on its first request: allow for it.
const options = { timeout: 30_000 };
runSharedScenarios(startCloudflareRuntime(), options);
// Findings 6 and 7 of security issue #19 (test/security/): sign-out reaches the object's sockets.
responderSocketAttacks(startCloudflareRuntime(), options);
// Hibernation needs a room without pending timers: responders who go idle within seconds.
evictionScenarios(startCloudflareRuntime({ responderIdleMs: 3000 }), options);
