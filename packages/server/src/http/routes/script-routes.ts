import type { LibraryId, Script } from '@refdesk/protocol';
import { Hono } from 'hono';
import type { ScriptRecord } from '../../core/ports.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { requireResponder } from '../session-auth.ts';

const SCOPE_ORDER = { personal: 1, library: 2, cooperative: 3 } as const;

/**
 * `GET /api/scripts?library=ID`: when covering another library, its scripts come first, then mine,
 * then my library's, then the cooperative's.
 */
export function scriptRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { me, home } = requireResponder(deps, c);
    const covering = (c.req.query('library') ?? me.libraryId) as LibraryId;
    const rank = (script: ScriptRecord) => {
      if (script.scope === 'library' && script.libraryId === covering) return 0;
      if (script.scope === 'library' && script.libraryId !== me.libraryId) return 9;
      return SCOPE_ORDER[script.scope];
    };
    const scripts: Script[] = deps.stores.scripts
      .scriptsVisibleTo(me, home.cooperativeId)
      .filter((script) => rank(script) < 9)
      .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
      .map((script) => ({
        id: script.id,
        scope: script.scope,
        libraryId: script.libraryId,
        title: script.title,
        text: script.text,
      }));
    return c.json({ scripts });
  });
  return app;
}
