// The Worker the workerd tests run in (vitest.workerd.config.ts): one Durable Object class whose
// SQLite storage the tests borrow through `runInDurableObject`.
import { DurableObject } from 'cloudflare:workers';

/** An empty object: the tests only use its storage. */
export class SqlTestObject extends DurableObject {}

/** The bindings vitest.workerd.config.ts gives this Worker. */
export interface SqlTestEnv {
  SQL_TEST: DurableObjectNamespace<SqlTestObject>;
}

export default {
  fetch: () => new Response('the storage test worker answers no requests', { status: 404 }),
} satisfies ExportedHandler<SqlTestEnv>;
