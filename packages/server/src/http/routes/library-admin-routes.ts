import { LibraryCreateSchema, LibraryPatchSchema } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import type { Library } from '../../core/model.ts';
import { canEditLibrary, isCoordinatorOf } from '../../core/permissions.ts';
import {
  COORDINATOR_ONLY_FIELDS,
  editLibrary,
  newLibrary,
} from '../../core/provisioning/library-provisioning.ts';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { HttpError } from '../http-error.ts';
import { libraryDetail, provisioned } from '../provisioning-view.ts';
import { readBody } from '../read-body.ts';
import { requireCoordinator } from '../require-coordinator.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * Provisioning libraries, mounted at `/api/libraries` beside the public library routes.
 * `POST /`: coordinators add a library to their cooperative. `GET|PATCH /:id`: coordinators of
 * its cooperative and the library's own admins; admins may not change its kind, group, whether it
 * staffs the cooperative or whether it is disabled. A library of another cooperative is a 404.
 */
export function libraryAdminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const ctx = { directory: deps.stores.directory, parseOrigin };
  const editable = (c: Context<AppEnv>): { library: Library; coordinator: boolean } => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (library.cooperativeId !== home.cooperativeId) {
      throw new HttpError('unknown_library', `No library "${library.id}".`);
    }
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name}'s admins can change it.`);
    }
    c.header('Cache-Control', 'private, no-store');
    return { library, coordinator: isCoordinatorOf(me, home, library) };
  };

  app.post('/', async (c) => {
    const { cooperative } = requireCoordinator(deps, c);
    const input = await readBody(c, LibraryCreateSchema);
    const library = provisioned(newLibrary(ctx, cooperative, input));
    deps.stores.directory.insertLibrary(library);
    deps.rooms.roomFor(cooperative.id)?.settingsChanged();
    return c.json(libraryDetail(library), 201);
  });

  app.get('/:id', (c) => c.json(libraryDetail(editable(c).library)));

  app.patch('/:id', async (c) => {
    const { library, coordinator } = editable(c);
    const patch = await readBody(c, LibraryPatchSchema);
    const forbidden = COORDINATOR_ONLY_FIELDS.filter((field) => patch[field] !== undefined);
    if (!coordinator && forbidden.length > 0) {
      throw new HttpError('forbidden', `Only coordinators can change ${forbidden.join(', ')}.`);
    }
    const edited = provisioned(editLibrary(ctx, library, patch));
    deps.stores.directory.updateLibrary(edited);
    deps.rooms.roomFor(library.cooperativeId)?.settingsChanged();
    return c.json(libraryDetail(edited));
  });

  return app;
}
