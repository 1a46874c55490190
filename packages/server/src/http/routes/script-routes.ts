import { type LibraryId, type Script, ScriptInputSchema } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import type { Library, Responder } from '../../core/model.ts';
import type { ScriptRecord } from '../../core/ports/index.ts';
import { orderScripts } from '../../core/scripts/order-scripts.ts';
import { canSaveScript, scriptAccess, scriptRecord } from '../../core/scripts/script-access.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

const scriptView = (script: ScriptRecord): Script => ({
  id: script.id,
  scope: script.scope,
  libraryId: script.libraryId,
  title: script.title,
  text: script.text,
});

/**
 * Scripts, mounted at `/api/scripts`. `GET /?library=ID`: when covering another library, its
 * scripts come first, then mine, then my library's, then the cooperative's. `POST /`, `PUT /:id`,
 * `DELETE /:id`: personal scripts by their author, library scripts by that library's admins and
 * coordinators, cooperative scripts by coordinators.
 */
export function scriptRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { me, home } = requireResponder(deps, c);
    const covering = (c.req.query('library') ?? me.libraryId) as LibraryId;
    const scripts: Script[] = orderScripts(
      deps.stores.scripts.scriptsVisibleTo(me, home.cooperativeId),
      me,
      covering,
    ).map(scriptView);
    return c.json({ scripts });
  });

  app.post('/', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const input = await readBody(c, ScriptInputSchema);
    const script = scriptRecord(me, home, deps.ids.id('script'), input);
    mayEdit(deps, me, home, script);
    deps.stores.scripts.saveScript(script);
    return c.json(scriptView(script), 201);
  });

  app.put('/:id', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const existing = editableScript(deps, c, me, home);
    const input = await readBody(c, ScriptInputSchema);
    const script = scriptRecord(me, home, existing.id, input, existing);
    mayEdit(deps, me, home, script);
    if (!canSaveScript(deps.stores.directory, me, home, script, existing)) {
      throw new HttpError(
        'forbidden',
        'A shared script cannot become a personal one: copy its text into a new personal script.',
      );
    }
    deps.stores.scripts.saveScript(script);
    return c.json(scriptView(script));
  });

  app.delete('/:id', (c) => {
    const { me, home } = requireResponder(deps, c);
    deps.stores.scripts.deleteScript(editableScript(deps, c, me, home).id);
    return c.body(null, 204);
  });
  return app;
}

/** The script of the route's `:id` when the responder may change it: 404 when hidden, else 403. */
function editableScript(
  deps: AppDeps,
  c: Context<AppEnv>,
  me: Responder,
  home: Library,
): ScriptRecord {
  const script = deps.stores.scripts.script(c.req.param('id') ?? '');
  if (!script || scriptAccess(deps.stores.directory, me, home, script) === 'hidden') {
    throw new HttpError('not_found', 'No such script.');
  }
  mayEdit(deps, me, home, script);
  return script;
}

function mayEdit(deps: AppDeps, me: Responder, home: Library, script: ScriptRecord): void {
  if (scriptAccess(deps.stores.directory, me, home, script) === 'edit') return;
  throw new HttpError(
    'forbidden',
    script.scope === 'cooperative'
      ? 'Only coordinators can change the cooperative’s scripts.'
      : 'Only the library’s admins and coordinators can change its scripts.',
  );
}
