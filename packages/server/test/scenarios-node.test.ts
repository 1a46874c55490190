// The shared realtime and HTTP scenarios against the Node runtime, in-process: a fresh server with
// the demo seeded into in-memory SQLite for every test.
import type { StartRuntime } from './scenarios/runtime-under-test.ts';
import { runSharedScenarios } from './scenarios/shared-scenarios.ts';
import { startTestServer } from './support/test-server.ts';

const startNodeRuntime: StartRuntime = async () => {
  const server = await startTestServer();
  return { url: server.url, headers: {}, close: () => server.close() };
};

runSharedScenarios(startNodeRuntime);
