import { CooperativePatchSchema } from '@refdesk/protocol';
import { Hono } from 'hono';
import { editCooperative } from '../../core/provisioning/cooperative-provisioning.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { cooperativeSettings, provisioned } from '../provisioning-view.ts';
import { readBody } from '../read-body.ts';
import { homeCooperative, requireCoordinator } from '../require-coordinator.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * The caller's cooperative, mounted at `/api/cooperative`. `GET /`: any of its responders.
 * `PATCH /`: coordinators (name, time zone, default tier timers, freshness, disclosures).
 */
export function cooperativeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const { home } = requireResponder(deps, c);
    return c.json(cooperativeSettings(homeCooperative(deps, home)));
  });

  app.patch('/', async (c) => {
    const { cooperative } = requireCoordinator(deps, c);
    const patch = await readBody(c, CooperativePatchSchema);
    const edited = provisioned(editCooperative(cooperative, patch));
    deps.stores.directory.updateCooperative(edited);
    return c.json(cooperativeSettings(edited));
  });

  return app;
}
