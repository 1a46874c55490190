import {
  type RetentionFloor,
  RetentionFloorSchema,
  type RetentionResponse,
  type RetentionSettings,
  RetentionSettingsSchema,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import { audit } from '../../core/accounts/account-actions.ts';
import type { Library } from '../../core/model.ts';
import { canEditLibrary } from '../../core/permissions.ts';
import {
  DEFAULT_FLOOR,
  retentionOf,
  retentionRefusal,
} from '../../core/privacy/retention-policy.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireCoordinator } from '../require-coordinator.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * `GET|PUT /api/libraries/:id/retention`: the library's admins and coordinators set how long the
 * library keeps identifiers and transcripts, within the cooperative's floor.
 * `GET /api/cooperative/retention-floor` (any responder of the cooperative) and
 * `PUT /api/cooperative/retention-floor` (coordinators). Every change is audited.
 */
export function retentionRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const privacy = deps.stores.privacy;
  const floorOf = (library: Library): RetentionFloor =>
    privacy.retentionFloor(library.cooperativeId) ?? DEFAULT_FLOOR;
  const editable = (c: Context<AppEnv>) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name}'s admins can change its retention.`);
    }
    c.header('Cache-Control', 'private, no-store');
    return { me, library };
  };
  const view = (library: Library): RetentionResponse => ({
    settings: retentionOf(privacy.retention(library.id)),
    floor: floorOf(library),
    lastScrub: privacy.lastScrub(library.cooperativeId) ?? null,
  });

  app.get('/libraries/:id/retention', (c) => c.json(view(editable(c).library)));

  app.put('/libraries/:id/retention', async (c) => {
    const { me, library } = editable(c);
    const settings = await readBody(c, RetentionSettingsSchema);
    const refusal = retentionRefusal(settings, floorOf(library));
    if (refusal) throw new HttpError('validation', refusal);
    privacy.setRetention(library.id, settings);
    audit(deps, me, 'retention_changed', library, { id: null, email: '' }, describe(settings));
    deps.rooms.roomFor(library.cooperativeId)?.settingsChanged();
    return c.json(view(library));
  });

  app.get('/cooperative/retention-floor', (c) => {
    const { home } = requireResponder(deps, c);
    return c.json(floorOf(home));
  });

  app.put('/cooperative/retention-floor', async (c) => {
    const { me, home } = requireCoordinator(deps, c);
    const floor = await readBody(c, RetentionFloorSchema);
    privacy.setRetentionFloor(home.cooperativeId, floor);
    const detail = `identifiers at least ${floor.identifierDays} days, transcripts at least ${floor.transcriptDays} days`;
    audit(deps, me, 'retention_floor_changed', home, { id: null, email: '' }, detail);
    deps.rooms.roomFor(home.cooperativeId)?.settingsChanged();
    return c.json(floor);
  });

  return app;
}

function describe(settings: RetentionSettings): string {
  const transcripts =
    settings.transcriptDays === null
      ? 'transcripts not kept'
      : `transcripts ${settings.transcriptDays} days`;
  const redaction = settings.redactMessages ? 'redaction on' : 'redaction off';
  return `identifiers ${settings.identifierDays} days, ${transcripts}, ${redaction}`;
}
