import {
  GroupCreateSchema,
  type GroupId,
  GroupPatchSchema,
  type GroupPolicyPage,
  GroupPolicyPageUpdateSchema,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import type { LibraryGroup } from '../../core/model.ts';
import type { GroupPolicyPageRecord } from '../../core/ports/index.ts';
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
 * `POST /`, `PATCH /:id`: coordinators. `GET /:id/policy`: the cooperative's responders;
 * `PUT /:id/policy`: coordinators. A group of another cooperative is a 404.
 */
export function groupRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { directory, groupPolicies } = deps.stores;
  const groupOf = (c: Context<AppEnv>, cooperativeId: string): LibraryGroup => {
    const group = directory.group((c.req.param('id') ?? '') as GroupId);
    if (!group || group.cooperativeId !== cooperativeId) {
      throw new HttpError('not_found', `No group "${c.req.param('id')}".`);
    }
    return group;
  };

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
    const group = groupOf(c, cooperative.id);
    const patch = await readBody(c, GroupPatchSchema);
    const renamed = { ...group, name: patch.name };
    directory.updateGroup(renamed);
    return c.json(groupView(renamed));
  });

  app.get('/:id/policy', (c) => {
    const { home } = requireResponder(deps, c);
    const group = groupOf(c, home.cooperativeId);
    c.header('Cache-Control', 'private, no-store');
    return c.json(policyView(group, groupPolicies.groupPolicyPage(group.id)));
  });

  app.put('/:id/policy', async (c) => {
    const { me, cooperative } = requireCoordinator(deps, c);
    const group = groupOf(c, cooperative.id);
    const update = await readBody(c, GroupPolicyPageUpdateSchema);
    const current = groupPolicies.groupPolicyPage(group.id)?.version ?? 0;
    const page: GroupPolicyPageRecord = {
      groupId: group.id,
      version: current + 1,
      text: update.text,
      staffOnly: update.staffOnly,
      updatedAt: deps.clock.now(),
      updatedBy: me.email,
    };
    if (update.baseVersion !== current || !groupPolicies.saveGroupPolicyPage(page)) {
      throw new HttpError(
        'conflict',
        `Someone saved version ${current} of this page while you were editing version ${update.baseVersion}. Reload it and apply your changes again.`,
      );
    }
    c.header('Cache-Control', 'private, no-store');
    return c.json(policyView(group, page));
  });

  return app;
}

function policyView(group: LibraryGroup, page: GroupPolicyPageRecord | undefined): GroupPolicyPage {
  return {
    group: groupView(group),
    version: page?.version ?? 0,
    text: page?.text ?? '',
    staffOnly: page?.staffOnly ?? '',
    updatedAt: page?.updatedAt ?? null,
    updatedBy: page?.updatedBy ?? null,
  };
}
