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
  groupId: script.groupId,
  title: script.title,
  text: script.text,
});

/**
 * Scripts, mounted at `/api/scripts`. `GET /?library=ID`: when covering another library, its
 * scripts come first, then mine, then my library's, then the cooperative's. `POST /`, `PUT /:id`,
 * `DELETE /:id`: personal scripts by their author, library scripts by that library's admins and
 * coordinators, group and cooperative scripts by coordinators.
 */
export function scriptRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { me, home } = requireResponder(deps, c);
    const covering = (c.req.query('library') ?? me.libraryId) as LibraryId;
    const covered = deps.stores.directory.library(covering);
    const scripts: Script[] = orderScripts(
      deps.stores.scripts.scriptsVisibleTo(me, home.cooperativeId),
      me,
      covering,
      [covered?.cooperativeId === home.cooperativeId ? covered.groupId : null, home.groupId],
    ).map(scriptView);
    return c.json({ scripts });
  });

  app.post('/', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const input = await readBody(c, ScriptInputSchema);
    const script = scriptRecord(me, home, deps.ids.id('script'), input);
    belongs(deps, home, script);
    mayEdit(deps, me, home, script);
    deps.stores.scripts.saveScript(script);
    return c.json(scriptView(script), 201);
  });

  app.put('/:id', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const existing = editableScript(deps, c, me, home);
    const input = await readBody(c, ScriptInputSchema);
    const script = scriptRecord(me, home, existing.id, input, existing);
    belongs(deps, home, script);
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

/** The library or group a script names must be one of the writer's cooperative. */
function belongs(deps: AppDeps, home: Library, script: ScriptRecord): void {
  const { directory } = deps.stores;
  if (script.scope === 'group') {
    const group = script.groupId && directory.group(script.groupId);
    if (!group || group.cooperativeId !== home.cooperativeId) {
      throw new HttpError(
        'validation',
        script.groupId
          ? `groupId: No group "${script.groupId}" in this cooperative.`
          : 'groupId: Your library is in no group; name the group of this script.',
      );
    }
  }
  if (script.scope === 'library' && script.libraryId) {
    const library = directory.library(script.libraryId);
    if (library?.cooperativeId !== home.cooperativeId) {
      throw new HttpError('unknown_library', `No library "${script.libraryId}".`);
    }
  }
}

function mayEdit(deps: AppDeps, me: Responder, home: Library, script: ScriptRecord): void {
  if (scriptAccess(deps.stores.directory, me, home, script) === 'edit') return;
  throw new HttpError(
    'forbidden',
    script.scope === 'cooperative' || script.scope === 'group'
      ? `Only coordinators can change the ${script.scope}’s scripts.`
      : 'Only the library’s admins and coordinators can change its scripts.',
  );
}
