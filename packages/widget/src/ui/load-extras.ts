import { adoptStyles } from '../host/adopt-styles.ts';
import type { View } from '../state/compute-view.ts';
import type * as Extras from './extras.ts';

export type ExtrasModule = typeof Extras;

const loads = new WeakMap<ShadowRoot, Promise<ExtrasModule>>();

/**
 * Whether the panel needs the extras now: anything past the first screen, or the options menu.
 *
 * @example
 * if (needsExtras(state.view, state.menu.value !== 'closed')) void loadExtras(root);
 */
export const needsExtras = (view: View, menuOpen: boolean): boolean =>
  menuOpen || view !== 'prechat';

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
