import { type IpModeSetting, IpModeSettingSchema } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import { audit } from '../../core/accounts/account-actions.ts';
import { canEditLibrary } from '../../core/permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * What a library keeps of its patrons' network addresses on their chats, mounted at
 * `/api/libraries`: `GET|PUT /:id/ip-mode` (the library's admins, coordinators). Audited as a
 * retention change; the widget's privacy note says it from the next hello.
 */
export function ipModeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const admin = (c: Context<AppEnv>) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name}’s admins set its IP mode.`);
    }
    return { me, library };
  };
  app.get('/:id/ip-mode', (c) => {
    const { library } = admin(c);
    const body: IpModeSetting = { ipMode: deps.stores.blocks.ipMode(library.id) };
    return c.json(body);
  });
  app.put('/:id/ip-mode', async (c) => {
    const { me, library } = admin(c);
    const { ipMode } = await readBody(c, IpModeSettingSchema);
    deps.stores.blocks.setIpMode(library.id, ipMode);
    audit(deps, me, 'retention_changed', library, { id: null, email: '' }, `IP mode: ${ipMode}`);
    const body: IpModeSetting = { ipMode };
    return c.json(body);
  });
  return app;
}
