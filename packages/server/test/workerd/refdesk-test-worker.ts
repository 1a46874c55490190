// The Refdesk Worker as the Cloudflare scenario tests run it under `wrangler dev` (see
// test/scenarios-cloudflare.test.ts): the production Worker and Durable Object, plus doors for
// tests only.
//   - `X-Refdesk-Test-Cooperative: <id>` sends a request to that cooperative's object, so each test
//     gets a fresh cooperative (the demo, seeded under that id) from one wrangler process. An id
//     ending in `-idle-<ms>` gives its responders that idle time instead of 90 s.
//   - `POST /__test/evict?sockets=hibernate` evicts that object from memory with its sockets kept
//     open, as hibernation does; `?sockets=close` aborts every object, as a crash or deploy does.
//     Both go through workerd's test-only `workerd:unsafe` module (`unsafe_module` flag).
import { DEFAULT_ROOM_CONFIG, type RoomConfig } from '../../src/core/room/room-context.ts';
import type { CloudflareEnv } from '../../src/runtime/cloudflare/env.ts';
import refdesk, {
  CooperativeServer as RefdeskCooperativeServer,
} from '../../src/runtime/cloudflare/main.ts';

const TEST_COOPERATIVE_HEADER = 'x-refdesk-test-cooperative';

interface WorkerdUnsafe {
  evict(stub: DurableObjectStub, options: { webSockets: 'close' | 'hibernate' }): Promise<void>;
  abortAllDurableObjects(): Promise<void>;
}

// Not a literal, so the bundler leaves the import to workerd.
const UNSAFE_MODULE = ['workerd', 'unsafe'].join(':');

/** The production object, with the idle time a test asked for in the object's name. */
export class CooperativeServer extends RefdeskCooperativeServer {
  protected override roomConfig(): RoomConfig {
    const idle = /-idle-(\d+)$/.exec(this.name)?.[1];
    return idle ? { ...DEFAULT_ROOM_CONFIG, responderIdleMs: Number(idle) } : DEFAULT_ROOM_CONFIG;
  }
}

async function evict(env: CloudflareEnv, cooperative: string, url: URL): Promise<Response> {
  const unsafe = ((await import(UNSAFE_MODULE)) as { default: WorkerdUnsafe }).default;
  const sockets = url.searchParams.get('sockets') === 'close' ? 'close' : 'hibernate';
  if (sockets === 'close') await unsafe.abortAllDurableObjects();
  else await unsafe.evict(env.COOPERATIVES.getByName(cooperative), { webSockets: 'hibernate' });
  return Response.json({ evicted: cooperative, sockets });
}

export default {
  async fetch(request, env, ctx) {
    const cooperative = request.headers.get(TEST_COOPERATIVE_HEADER);
    if (!cooperative) return refdesk.fetch(request, env, ctx);
    const url = new URL(request.url);
    if (url.pathname === '/__test/evict' && request.method === 'POST') {
      return evict(env, cooperative, url);
    }
    const testEnv: CloudflareEnv = { ...env, REFDESK_COOPERATIVE: cooperative, REFDESK_HOSTS: '' };
    return refdesk.fetch(request, testEnv, ctx);
  },
} satisfies ExportedHandler<CloudflareEnv>;
