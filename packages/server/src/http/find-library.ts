import type { LibraryId } from '@refdesk/protocol';
import type { Context } from 'hono';
import type { Library } from '../core/model.ts';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';

/**
 * The library named by the route's `:id` (or another parameter), or a 404 `unknown_library`.
 *
 * @example
 * app.get('/:id/widget-settings', (c) => c.json(findLibrary(deps, c).settings));
 */
export function findLibrary(deps: AppDeps, c: Context<AppEnv>, param = 'id'): Library {
  const id = c.req.param(param) ?? '';
  const found = deps.stores.directory.library(id as LibraryId);
  if (!found) throw new HttpError('unknown_library', `No library "${id}".`);
  return found;
}
