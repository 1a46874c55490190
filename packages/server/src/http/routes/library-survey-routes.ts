import { type LibrarySurvey, LibrarySurveySchema } from '@refdesk/protocol';
import { Hono } from 'hono';
import { canEditLibrary } from '../../core/permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';
import { allowWidgetOrigin } from './library-routes.ts';

/**
 * A library's own survey, mounted at `/api/libraries`: `GET /:id/survey` (public: the widget shows
 * the home library's questions after every chat of its patrons, whoever answered; from the
 * library's allowed sites) and `PUT /:id/survey` (the library's admins and coordinators).
 */
export function librarySurveyRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/:id/survey', (c) => {
    const library = findLibrary(deps, c);
    allowWidgetOrigin(c, library);
    const body: LibrarySurvey = { questions: deps.stores.surveys.librarySurvey(library.id) };
    c.header('Cache-Control', 'no-cache');
    return c.json(body);
  });

  app.put('/:id/survey', async (c) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name}'s admins can change its survey.`);
    }
    const { questions } = await readBody(c, LibrarySurveySchema);
    deps.stores.surveys.saveLibrarySurvey(library.id, questions, deps.clock.now());
    const body: LibrarySurvey = { questions };
    return c.json(body);
  });

  return app;
}
