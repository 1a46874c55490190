import {
  DrawSampleRequestSchema,
  type QualityReviewersResponse,
  type SampleDraw,
  SampleSettingsSchema,
  type SamplesResponse,
} from '@refdesk/protocol';
import { Hono } from 'hono';
import type { Responder } from '../../core/model.ts';
import type { SampleDrawRecord } from '../../core/ports/index.ts';
import { isQualityReviewer } from '../../core/quality/quality-permissions.ts';
import { runSampleDraw, sampleSettingsOf } from '../../core/quality/run-sample-draw.ts';
import { periodAt, periodBefore } from '../../core/quality/sample-period.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * The rotating random sample, mounted at `/api/quality`: `GET /samples` (the rule and the draws,
 * for the quality team), `PUT /sample-settings` (the rule: coordinators) and `POST /samples`
 * (draw now, for the current period so far or the one before: coordinators). Drawn chats land in
 * the reviewers' inbox as sampled cases, each with its reason. Also `GET /reviewers`: the quality
 * team a case may be assigned to (for the quality team).
 */
export function qualitySampleRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const cooperativeOf = (cooperativeId: string) => {
    const cooperative = deps.stores.directory.cooperative(cooperativeId as never);
    if (!cooperative) throw new HttpError('not_found', 'No such cooperative.');
    return cooperative;
  };

  app.get('/samples', (c) => {
    const { me, home } = requireResponder(deps, c);
    if (!isQualityReviewer(me)) {
      throw new HttpError('forbidden', 'Only quality reviewers and coordinators see the samples.');
    }
    const cooperative = cooperativeOf(home.cooperativeId);
    const body: SamplesResponse = {
      settings: sampleSettingsOf(deps.stores.samples, cooperative),
      draws: deps.stores.samples.draws(cooperative.id).map((draw) => drawView(deps, draw)),
    };
    c.header('Cache-Control', 'private, no-store');
    return c.json(body);
  });

  app.get('/reviewers', (c) => {
    const { me, home } = requireResponder(deps, c);
    if (!isQualityReviewer(me)) {
      throw new HttpError('forbidden', 'Only quality reviewers and coordinators assign cases.');
    }
    const directory = deps.stores.directory;
    const body: QualityReviewersResponse = {
      reviewers: directory
        .librariesOf(home.cooperativeId)
        .flatMap((library) => directory.respondersOf(library.id))
        .filter(isQualityReviewer)
        .map((one) => ({ id: one.id, displayName: one.displayName }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    };
    c.header('Cache-Control', 'private, no-store');
    return c.json(body);
  });

  app.put('/sample-settings', async (c) => {
    const { me, home } = requireResponder(deps, c);
    requireCoordinator(me);
    const settings = await readBody(c, SampleSettingsSchema);
    deps.stores.samples.saveSampleSettings(home.cooperativeId, settings);
    // The period may have changed: the room's scheduler asks the sample source again.
    deps.rooms.roomFor(home.cooperativeId)?.settingsChanged();
    return c.json(settings);
  });

  app.post('/samples', async (c) => {
    const { me, home } = requireResponder(deps, c);
    requireCoordinator(me);
    const { period } = await readBody(c, DrawSampleRequestSchema);
    const cooperative = cooperativeOf(home.cooperativeId);
    const now = deps.clock.now();
    const rule = sampleSettingsOf(deps.stores.samples, cooperative).period;
    const current = periodAt(now, rule, cooperative.timezone);
    const span =
      period === 'previous' ? periodBefore(current, rule, cooperative.timezone) : current;
    const { draw } = runSampleDraw(
      {
        cooperative,
        samples: deps.stores.samples,
        directory: deps.stores.directory,
        ids: deps.ids,
      },
      { span, now, by: me.id, scheduled: false },
    );
    const stored = deps.stores.samples.draws(cooperative.id).find((one) => one.id === draw.id);
    return c.json(drawView(deps, stored ?? { ...draw, chats: 0 }), 201);
  });

  return app;
}

function requireCoordinator(me: Responder): void {
  if (!me.roles.includes('coordinator')) {
    throw new HttpError('forbidden', 'Only coordinators set and draw the quality sample.');
  }
}

function drawView(deps: AppDeps, draw: SampleDrawRecord & { chats: number }): SampleDraw {
  const by = draw.drawnBy ? deps.stores.directory.responder(draw.drawnBy) : undefined;
  return {
    id: draw.id,
    period: draw.period,
    periodStart: draw.periodStart,
    periodEnd: draw.periodEnd,
    seed: draw.seed,
    drawnAt: draw.drawnAt,
    drawnBy: draw.drawnBy
      ? { id: draw.drawnBy, displayName: by?.displayName ?? 'Former staff' }
      : null,
    chats: draw.chats,
  };
}
