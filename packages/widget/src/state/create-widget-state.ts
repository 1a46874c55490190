import type { ChatClient } from '../client/chat-client.ts';
import type { ChatSnapshot } from '../client/types.ts';
import type { Catalogue } from '../i18n/en.ts';
import { computeView, type View } from './compute-view.ts';
import { createAnnouncer } from './create-announcer.ts';

/** Who the patron said they are, through `identify`, to fill in the pre-chat fields. */
export interface Identity {
  name?: string;
  email?: string;
}

/** A value the panel reads; setting it notifies the subscribers when it changed. */
export interface Cell<T> {
  value: T;
}

/** Which part of the options menu shows. */
export type Menu =
  | 'closed'
  | 'list'
  | 'transcript'
  | 'clear'
  /** "Delete this chat" (ui/erase-chat.tsx): confirming, waiting for the server, its outcome. */
  | 'erase'
  | 'erasing'
  | 'erased'
  | 'erase_failed';

export interface WidgetState {
  client: ChatClient;
  readonly snapshot: ChatSnapshot;
  readonly t: Catalogue;
  /** The Refdesk server (its accessibility statement is linked from the options menu); '' if unknown. */
  readonly server: string;
  readonly view: View;
  /** The text of the polite live region. */
  readonly announcement: string;
  /** Whether the panel is open. */
  open: Cell<boolean>;
  /** Incremented to move focus into the panel: on open by the patron, not when restored. */
  focusRequest: Cell<number>;
  identity: Cell<Identity>;
  menu: Cell<Menu>;
  /** Every form field's value, by field id; the panel's inputs are all controlled by these. */
  fields: Cell<Record<string, string>>;
  /** Validation messages, by field id. */
  errors: Cell<Record<string, string>>;
  setField(id: string, value: string): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export interface WidgetStateOptions {
  client: ChatClient;
  catalogue: Catalogue;
  identity?: Identity;
  /** The Refdesk server, e.g. `https://ask.example.org`. */
  server?: string;
  /** Where visibility comes from; messages count as read only while the panel is seen. */
  document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

/**
 * The panel's state over a chat client: the client's snapshot plus a few cells, behind one
 * subscription. (A signals library would fit here too; this costs a few hundred bytes instead of
 * four kilobytes with hooks, which the first-click budget cannot spare.)
 *
 * @example
 * const state = createWidgetState({ client, catalogue: en });
 * state.subscribe(draw);
 * state.open.value = true;
 */
export function createWidgetState(options: WidgetStateOptions): WidgetState {
  const { client, catalogue: t } = options;
  const doc = options.document ?? globalThis.document;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    client.setViewing(open.value && doc?.visibilityState !== 'hidden');
    for (const listener of [...listeners]) listener();
  };
  const cell = <T>(initial: T): Cell<T> => {
    let value = initial;
    return {
      get value() {
        return value;
      },
      set value(next) {
        if (next === value) return;
        value = next;
        notify();
      },
    };
  };
  const open = cell(false);
  const identity = options.identity ?? {};
  const fields = cell<Record<string, string>>({
    'rd-name': identity.name ?? '',
    'rd-email': identity.email ?? '',
  });
  const errors = cell<Record<string, string>>({});
  let snapshot = client.getSnapshot();
  const announce = createAnnouncer(snapshot, t);
  let announcement = '';
  const stop = client.on('change', (next) => {
    snapshot = next;
    announcement = announce(next);
    notify();
  });
  doc?.addEventListener('visibilitychange', notify);
  return {
    client,
    get snapshot() {
      return snapshot;
    },
    t,
    server: options.server ?? '',
    get view() {
      return computeView(snapshot);
    },
    get announcement() {
      return announcement;
    },
    open,
    focusRequest: cell(0),
    identity: cell(identity),
    menu: cell<Menu>('closed'),
    fields,
    errors,
    setField(id, value) {
      if (errors.value[id]) errors.value = { ...errors.value, [id]: '' };
      fields.value = { ...fields.value, [id]: value };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stop();
      listeners.clear();
      doc?.removeEventListener('visibilitychange', notify);
    },
  };
}
