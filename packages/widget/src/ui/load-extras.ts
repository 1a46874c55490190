import type { View } from '../state/compute-view.ts';
import type * as Extras from './extras.ts';
import type * as Offline from './offline.ts';

/** A lazily loaded chunk: the end of a chat and the options menu, or the leave-a-question form. */
export type ExtrasPart = 'extras' | 'offline';
/** What the chunks loaded so far export: each member is there once its chunk is. */
export type ExtrasModule = Partial<typeof Extras & typeof Offline>;

/**
 * The chunks the panel needs now: the leave-a-question form (its screens, or a refusal for too many
 * requests), the end of a chat or the options menu. None while a chat goes on: opening the chat and
 * its first exchange load no more than they show (`pnpm size`).
 *
 * @example
 * needsExtras('ended', false, false); // ['extras']
 */
export const needsExtras = (view: View, menuOpen: boolean, limited: boolean): ExtrasPart[] => [
  ...(limited || view === 'offline' || view === 'offline-sent' ? (['offline'] as const) : []),
  ...(menuOpen || view === 'ended' ? (['extras'] as const) : []),
];

/**
 * Fetches one chunk; the caller adopts its `css` into the shadow root once.
 *
 * @example
 * const { OfflineForm, css } = await importExtras('offline');
 */
export const importExtras = (part: ExtrasPart): Promise<ExtrasModule> =>
  part === 'offline' ? import('./offline.ts') : import('./extras.ts');
