import { GroupCreateSchema, type GroupId, GroupPatchSchema } from '@refdesk/protocol';
import { Hono } from 'hono';
import { newGroup } from '../../core/provisioning/group-provisioning.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { groupView, provisioned } from '../provisioning-view.ts';
import { readBody } from '../read-body.ts';
import { requireCoordinator } from '../require-coordinator.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * Library groups of the caller's cooperative, mounted at `/api/groups`. `GET /`: any responder.
 * `POST /`, `PATCH /:id`: coordinators. A group of another cooperative is a 404.
 */
export function groupRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { directory } = deps.stores;

  app.get('/', (c) => {
    const { home } = requireResponder(deps, c);
    return c.json({ groups: directory.groupsOf(home.cooperativeId).map(groupView) });
  });

  app.post('/', async (c) => {
    const { cooperative } = requireCoordinator(deps, c);
    const input = await readBody(c, GroupCreateSchema);
    const group = provisioned(newGroup(directory, cooperative.id, input));
    directory.insertGroup(group);
    return c.json(groupView(group), 201);
  });

  app.patch('/:id', async (c) => {
    const { cooperative } = requireCoordinator(deps, c);
    const group = directory.group((c.req.param('id') ?? '') as GroupId);
    if (!group || group.cooperativeId !== cooperative.id) {
      throw new HttpError('not_found', `No group "${c.req.param('id')}".`);
    }
    const patch = await readBody(c, GroupPatchSchema);
    const renamed = { ...group, name: patch.name };
    directory.updateGroup(renamed);
    return c.json(groupView(renamed));
  });

  return app;
}
