import type { ResponderSummary } from '@refdesk/protocol';
import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireResponder } from '../session-auth.ts';

/** `GET /api/responders`: the cooperative's librarians, online first, for transfers. */
export function responderRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { home } = requireResponder(deps, c);
    const live = deps.rooms.roomFor(home.cooperativeId)?.context.responders;
    const directory = deps.stores.directory;
    const responders: ResponderSummary[] = directory
      .librariesOf(home.cooperativeId)
      .flatMap((library) =>
        directory.respondersOf(library.id).map((responder) => {
          const state = live?.get(responder.id);
          return {
            id: responder.id,
            displayName: responder.displayName,
            library: { id: library.id, name: library.name },
            online: Boolean(state && state.peers.size > 0 && state.status !== 'away'),
          };
        }),
      );
    responders.sort(
      (a, b) => Number(b.online) - Number(a.online) || a.displayName.localeCompare(b.displayName),
    );
    return c.json({ responders });
  });
  return app;
}
