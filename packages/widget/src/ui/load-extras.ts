import { adoptStyles } from '../host/adopt-styles.ts';
import type { View } from '../state/compute-view.ts';
import type * as Extras from './extras.ts';

export type ExtrasModule = typeof Extras;

const loads = new WeakMap<ShadowRoot, Promise<ExtrasModule>>();

/**
 * Whether the panel needs the extras now: the options menu, a refusal for too many requests, or
 * a screen that only they draw (the leave-a-question form and its receipt, the end of a chat).
 * Not while a chat goes on: opening the chat and its first exchange load no more than they need
 * (`pnpm size`).
 *
 * @example
 * if (needsExtras(state.view, state.menu.value !== 'closed', false)) void loadExtras(root);
 */
export const needsExtras = (view: View, menuOpen: boolean, limited: boolean): boolean =>
  menuOpen || limited || (view !== 'prechat' && view !== 'chat');

/**
 * Fetches the extras chunk once per shadow root, and adopts its styles there. A failed fetch (the
 * network went away) is tried again the next time it is needed.
 *
 * @example
 * const extras = await loadExtras(shadowRoot);
 */
export function loadExtras(root: ShadowRoot): Promise<ExtrasModule> {
  let load = loads.get(root);
  if (!load) {
    load = import('./extras.ts').then((module) => {
      adoptStyles(root, [module.extrasCss]);
      return module;
    });
    load.catch(() => loads.delete(root));
    loads.set(root, load);
  }
  return load;
}
