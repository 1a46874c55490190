import type { Context } from 'hono';
import type { Cooperative, Library, Responder } from '../core/model.ts';
import { isCoordinatorOf } from '../core/permissions.ts';
import type { AppDeps } from './app-deps.ts';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';
import { requireResponder } from './session-auth.ts';

/**
 * The signed-in responder's cooperative, when they coordinate it: 401 signed out, 403 otherwise.
 *
 * @example
 * const { cooperative } = requireCoordinator(deps, c);
 */
export function requireCoordinator(
  deps: AppDeps,
  c: Context<AppEnv>,
): { me: Responder; home: Library; cooperative: Cooperative } {
  const { me, home } = requireResponder(deps, c);
  if (!isCoordinatorOf(me, home, home)) {
    throw new HttpError('forbidden', 'Only coordinators can change the cooperative.');
  }
  return { me, home, cooperative: homeCooperative(deps, home) };
}

/** The cooperative of a responder's library; its absence is a broken invariant. */
export function homeCooperative(deps: AppDeps, home: Library): Cooperative {
  const cooperative = deps.stores.directory.cooperative(home.cooperativeId);
  if (!cooperative) throw new Error(`library ${home.id} has no cooperative ${home.cooperativeId}`);
  return cooperative;
}
