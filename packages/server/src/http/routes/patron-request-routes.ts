import {
  type PatronChatListResponse,
  type PatronQuery,
  PatronQuerySchema,
} from '@refdesk/protocol';
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { audit } from '../../core/accounts/account-actions.ts';
import type { Library } from '../../core/model.ts';
import { canEditLibrary } from '../../core/permissions.ts';
import type { PatronLookup } from '../../core/ports/index.ts';
import { erasePatron, exportPatronChats } from '../../core/privacy/patron-requests.ts';
import { keysOfPatron } from '../../core/room/patron-blocks.ts';
import type { AppDeps } from '../app-deps.ts';
import type { AppEnv } from '../app-env.ts';
import { findLibrary } from '../find-library.ts';
import { HttpError } from '../http-error.ts';
import { readBody } from '../read-body.ts';
import { requireResponder } from '../session-auth.ts';

const FormatSchema = v.optional(v.picklist(['json', 'text']), 'json');

/**
 * A patron's rights, exercised by the library's admins and coordinators:
 * `GET /api/libraries/:id/patron-chats?email=|chatId=|browserId=` finds the chats,
 * `GET .../patron-chats/export?...&format=json|text` downloads them,
 * `POST .../patron-chats/erase` erases them. Export and erasure are audited without the patron's
 * email or text: the audit log must not keep what was erased.
 */
export function patronRequestRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { privacy } = deps.stores;
  const admin = (c: Context<AppEnv>) => {
    const { me, home } = requireResponder(deps, c);
    const library = findLibrary(deps, c);
    if (!canEditLibrary(me, home, library)) {
      throw new HttpError('forbidden', `Only ${library.name}'s admins handle patrons' requests.`);
    }
    c.header('Cache-Control', 'private, no-store');
    return { me, library };
  };
  const queryOf = (c: Context<AppEnv>, library: Library) => {
    const { email, chatId, browserId } = c.req.query();
    const parsed = v.safeParse(PatronQuerySchema, {
      ...(email ? { email } : {}),
      ...(chatId ? { chatId } : {}),
      ...(browserId ? { browserId } : {}),
    });
    if (!parsed.success) throw new HttpError('validation', v.summarize(parsed.issues));
    return lookupOf(deps, library, parsed.output);
  };

  app.get('/:id/patron-chats', (c) => {
    const { library } = admin(c);
    const chats = privacy.patronChats(library.id, queryOf(c, library));
    const body: PatronChatListResponse = {
      chats: chats.map(({ libraryId: _, ...chat }) => chat),
    };
    return c.json(body);
  });

  app.get('/:id/patron-chats/export', (c) => {
    const { me, library } = admin(c);
    const format = v.safeParse(FormatSchema, c.req.query('format'));
    if (!format.success) throw new HttpError('validation', 'format: must be json or text');
    const chats = privacy.patronChats(library.id, queryOf(c, library));
    const file = exportPatronChats(
      deps.stores.room,
      library,
      chats,
      format.output,
      deps.clock.now(),
    );
    const detail = `${chats.length} chats exported as ${format.output}`;
    audit(deps, me, 'patron_exported', library, { id: null, email: '' }, detail);
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return c.body(file.body);
  });

  app.post('/:id/patron-chats/erase', async (c) => {
    const { me, library } = admin(c);
    const query = lookupOf(deps, library, await readBody(c, PatronQuerySchema));
    const result = erasePatron(privacy, library, query, deps.clock.now());
    const detail = `${result.chats} chats (${result.messages} messages) and ${result.followUps} follow-ups erased`;
    audit(deps, me, 'patron_erased', library, { id: null, email: '' }, detail);
    return c.json(result);
  });

  return app;
}

/** The query as the store looks it up: a browser id becomes its salted hash, as kept on chats. */
function lookupOf(deps: AppDeps, library: Library, query: PatronQuery): PatronLookup {
  const { browserId, ...rest } = query;
  if (!browserId) return rest;
  const room = deps.rooms.roomFor(library.cooperativeId);
  const browserHash = room && keysOfPatron(room.context, browserId, null)?.browserHash;
  // Without a room or block list, no chat carries a browser hash: match nothing by it.
  return { ...rest, browserHash: browserHash ?? 'none' };
}
