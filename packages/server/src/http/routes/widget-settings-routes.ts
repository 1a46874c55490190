import { type WidgetSettings, WidgetSettingsSchema } from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import { applyWidgetSettings } from '../../core/libraries/apply-widget-settings.ts';
import type { Library, LibrarySettings } from '../../core/model.ts';
import { canEditLibrary } from '../../core/permissions.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

/**
 * `GET|PUT /api/libraries/:id/widget-settings`: the library's admins and coordinators. A save
 * reaches the next chat at once: rooms read libraries from storage for every new chat, and the
 * room routes its waiting chats again and re-arms for the new coverage hours.
 */
export function widgetSettingsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const editable = (c: Context<AppEnv>): Library => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name}'s admins can change its widget.`);
    }
    c.header('Cache-Control', 'private, no-store');
    return library;
  };

  app.get('/:id/widget-settings', (c) => c.json(widgetSettings(editable(c).settings)));

  app.put('/:id/widget-settings', async (c) => {
    const library = editable(c);
    const input = await readBody(c, WidgetSettingsSchema);
    const settings = applyWidgetSettings(
      library.settings,
      input,
      allowedOrigins(input.allowedOrigins),
    );
    deps.stores.directory.updateLibrary({ ...library, settings });
    deps.rooms.roomFor(library.cooperativeId)?.settingsChanged();
    return c.json(widgetSettings(settings));
  });

  return app;
}

function widgetSettings(settings: LibrarySettings): Required<WidgetSettings> {
  return {
    nameField: settings.nameField,
    emailField: settings.emailField,
    privacyNote: settings.privacyNote,
    colour: settings.colour,
    localTimerSeconds: settings.localTimerSeconds,
    groupTimerSeconds: settings.groupTimerSeconds,
    allowedOrigins: settings.allowedOrigins,
    coverage: settings.coverage,
    shareEarlierChats: settings.shareEarlierChats,
    privacyPolicyUrl: settings.privacyPolicyUrl ?? '',
  };
}

/**
 * Each entry must be `*` or an origin (`https://library.example`, a port optional): a path or a
 * typo would silently lock the library's own site out of its widget.
 */
function allowedOrigins(entries: readonly string[]): string[] {
  const origins = entries.map((entry) => entry.trim().replace(/\/$/, ''));
  origins.forEach((entry, index) => {
    if (entry === '*' || entry === '') return;
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.toLowerCase()) {
      throw new HttpError(
        'validation',
        `allowedOrigins.${index}: must be * or an origin such as https://library.example`,
      );
    }
  });
  return [...new Set(origins.filter(Boolean).map((origin) => origin.toLowerCase()))];
}
